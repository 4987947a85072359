package org.enforcementdesk.desk;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.desk.event.CallbackOutcome;
import org.enforcementdesk.desk.event.DelegationTarget;
import org.enforcementdesk.desk.event.WorkOrderEvent;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaClock;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.sla.SlaTargets;
import org.enforcementdesk.store.RecordedEvent;

/**
 * The mutable accumulator behind {@link WorkOrder#fold}: applies events one by one, walking the state machine of
 * {@link Transitions}; a stream that breaks it is corrupt and fails loudly rather than folding to a wrong order.
 */
final class WorkOrderFold {

  final WorkingCalendar calendar;
  final List<RecordedEvent> events = new ArrayList<>();
  Request request;
  CaseHistory history;
  WorkOrderState state;
  IntakeDecision decision;
  SlaTargets targets;
  Urgency urgency;
  Tier tier = Tier.OFFICER;
  String handlerId;
  SlaClock response;
  SlaClock resolution;
  SlaClock callback;
  Instant resolutionLimit;
  int urgeCount;
  String latestText = "";
  final Set<RiskKind> riskFlags = EnumSet.noneOf(RiskKind.class);
  boolean threatMarked;
  DelegationTarget delegation;
  final List<Delegation> delegations = new ArrayList<>(0);
  // Item number -> item, in the order opened; numbers are never reused, so a later round's items follow on.
  final Map<Integer, RectificationItem> rectifications = new LinkedHashMap<>(0);
  String result;
  Evaluation evaluation;
  CallbackOutcome callbackOutcome;
  final Set<SlaTarget> warned = EnumSet.noneOf(SlaTarget.class);
  final Set<SlaTarget> breached = EnumSet.noneOf(SlaTarget.class);

  WorkOrderFold(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  void apply(RecordedEvent recorded) {
    WorkOrderEvent event = recorded.event();
    if (recorded.version() != events.size() + 1) {
      throw corrupt(recorded, "expected version " + (events.size() + 1));
    }
    if (request != null && !event.requestId().equals(request.id())) {
      throw corrupt(recorded, "event of another request " + event.requestId());
    }
    advanceState(recorded);
    events.add(recorded);
    if (event instanceof WorkOrderEvent.Submitted e) {
      request = e.request();
      history = e.history();
      latestText = e.request().text();
    } else if (event instanceof WorkOrderEvent.Accepted e) {
      accept(e);
    } else if (event instanceof WorkOrderEvent.Assigned e) {
      tier = e.tier();
      handlerId = e.handlerId();
    } else if (event instanceof WorkOrderEvent.ProgressNoted e) {
      if (e.firstContact()) {
        response = stopIfRunning(response, e.at());
      }
    } else if (event instanceof WorkOrderEvent.Paused e) {
      resolution = resolution.pause(e.reason(), e.at());
    } else if (event instanceof WorkOrderEvent.Resumed e) {
      resolution = resolution.resume(e.at());
    } else if (event instanceof WorkOrderEvent.Urged e) {
      urgeCount++;
      if (!e.text().isEmpty()) {
        latestText = e.text();
      }
    } else if (event instanceof WorkOrderEvent.Escalated e) {
      tier = e.to();
      handlerId = null;
    } else if (event instanceof WorkOrderEvent.UrgencyChanged e) {
      changeUrgency(e);
    } else if (event instanceof WorkOrderEvent.RiskFlagged e) {
      riskFlags.add(e.flag().kind());
      threatMarked |= e.flag().kind() == RiskKind.PETITION_THREATENED && e.provenance().isPerson();
    } else if (event instanceof WorkOrderEvent.Delegated e) {
      delegate(e);
    } else if (event instanceof WorkOrderEvent.DelegationReturned e) {
      endDelegation(d -> d.returned(e.at(), e.reason()), e.at());
    } else if (event instanceof WorkOrderEvent.DelegationOverdue) {
      replaceLastDelegation(Delegation::markedOverdue);
    } else if (event instanceof WorkOrderEvent.Resolved e) {
      // Only the resolver's own resolution is the delegation's; the centre resolving it meanwhile recalls it.
      boolean byResolver = e.actor().role().isResolver();
      endDelegation(d -> byResolver ? d.resolved(e.at(), e.how()) : d.recalled(e.at(), e.how()), e.at());
      resolve(e);
    } else if (event instanceof WorkOrderEvent.CallbackRecorded e) {
      callbackOutcome = e.outcome();
      callback = stopIfRunning(callback, e.at());
    } else if (event instanceof WorkOrderEvent.Evaluated e) {
      evaluation = e.evaluation();
      callback = stopIfRunning(callback, e.at());
    } else if (event instanceof WorkOrderEvent.Closed e) {
      callback = stopIfRunning(callback, e.at());
    } else if (event instanceof WorkOrderEvent.Withdrawn e) {
      // A withdrawn order is nobody's to resolve: the resolver loses it, as on resolution.
      endDelegation(d -> d.withdrawn(e.at()), e.at());
      response = stopIfRunning(response, e.at());
      resolution = stopIfRunning(resolution, e.at());
    } else if (event instanceof WorkOrderEvent.Reopened e) {
      reopen(e);
    } else if (event instanceof WorkOrderEvent.RectificationOpened e) {
      openRectification(recorded, e);
    } else if (event instanceof WorkOrderEvent.RectificationMeasureRecorded e) {
      rectifications.put(e.item(), rectification(recorded, e.item()).withMeasure(e.measure()));
    } else if (event instanceof WorkOrderEvent.RectificationClosed e) {
      RectificationItem item = rectification(recorded, e.item());
      if (item.isClosed() || item.measures().isEmpty()) {
        throw corrupt(recorded, "item " + e.item() + " closed " + (item.isClosed() ? "twice" : "without a measure"));
      }
      rectifications.put(e.item(), item.closed(e.at(), e.verification()));
    } else if (event instanceof WorkOrderEvent.SlaWarned e) {
      warned.add(e.target());
    } else if (event instanceof WorkOrderEvent.SlaBreached e) {
      breached.add(e.target());
    }
  }

  private void advanceState(RecordedEvent recorded) {
    WorkOrderEvent event = recorded.event();
    if (event instanceof WorkOrderEvent.Submitted) {
      if (state != null) {
        throw corrupt(recorded, "a second Submitted");
      }
      state = WorkOrderState.SUBMITTED;
      return;
    }
    if (state == null) {
      throw corrupt(recorded, "the stream does not begin with Submitted");
    }
    EventCommands.commandOf(event)
        .ifPresent(
            command ->
                state =
                    Transitions.next(state, command)
                        .orElseThrow(() -> corrupt(recorded, command + " is not allowed in state " + state)));
  }

  private void accept(WorkOrderEvent.Accepted e) {
    decision = e.decision();
    targets = decision.targets();
    urgency = decision.urgency();
    tier = decision.startTier();
    decision.riskFlags().forEach(flag -> riskFlags.add(flag.kind()));
    resolutionLimit = decision.resolutionLimit().map(limit -> limit.toInstant()).orElse(null);
    Instant received = request.receivedAt().toInstant();
    response = SlaClock.start(SlaTarget.RESPONSE, targets.response(), received, calendar);
    resolution = SlaClock.start(SlaTarget.RESOLUTION, targets.resolution(), received, calendar);
  }

  private void delegate(WorkOrderEvent.Delegated e) {
    delegation = e.target();
    delegations.add(Delegation.started(e.target(), e.at(), e.due(), e.pausesResolution()));
    if (e.pausesResolution()) {
      resolution = resolution.pause(PauseReason.of(PauseKind.DELEGATED), e.at());
    }
  }

  /** Ends the pending delegation, if any, resuming a clock it paused (a resolution stops it right after). */
  private void endDelegation(UnaryOperator<Delegation> ending, Instant at) {
    if (delegation == null) {
      return;
    }
    delegation = null;
    Delegation ended = replaceLastDelegation(ending);
    if (ended.pausesResolution() && resolution.isPaused()) {
      resolution = resolution.resume(at);
    }
  }

  private Delegation replaceLastDelegation(UnaryOperator<Delegation> change) {
    int last = delegations.size() - 1;
    Delegation changed = change.apply(delegations.get(last));
    delegations.set(last, changed);
    return changed;
  }

  private void openRectification(RecordedEvent recorded, WorkOrderEvent.RectificationOpened e) {
    if (rectifications.containsKey(e.item())) {
      throw corrupt(recorded, "rectification item " + e.item() + " opened twice");
    }
    rectifications.put(
        e.item(),
        new RectificationItem(
            e.requestId(), e.item(), e.aspect(), e.ownerTier(), e.ownerId(), e.at(), e.due(), ImmutableList.of(), null, null));
  }

  private RectificationItem rectification(RecordedEvent recorded, int item) {
    RectificationItem found = rectifications.get(item);
    if (found == null) {
      throw corrupt(recorded, "no rectification item " + item);
    }
    return found;
  }

  private void changeUrgency(WorkOrderEvent.UrgencyChanged e) {
    urgency = e.to();
    targets = e.targets();
    if (response != null && !response.isStopped()) {
      response = response.withPeriod(targets.response());
    }
    if (resolution != null && !resolution.isStopped()) {
      resolution = resolution.withPeriod(targets.resolution());
    }
    // A new urgency is a new promise: warnings and breaches of the old one do not carry over.
    warned.remove(SlaTarget.RESOLUTION);
    breached.remove(SlaTarget.RESOLUTION);
  }

  private void resolve(WorkOrderEvent.Resolved e) {
    result = e.result();
    delegation = null;
    response = stopIfRunning(response, e.at());
    resolution = stopIfRunning(resolution, e.at());
    if (targets != null) {
      callback = SlaClock.start(SlaTarget.CALLBACK, targets.callback(), e.at(), calendar);
    }
  }

  private void reopen(WorkOrderEvent.Reopened e) {
    // Reopened work is a new promise to resolve, counted from the reopening with the original period.
    // The hard limit (a seizure's expiry) is the law's and stays; if it has passed, the reopened order is late at once.
    resolution = SlaClock.start(SlaTarget.RESOLUTION, targets.resolution(), e.at(), calendar);
    callback = null;
    result = null;
    // A new round: the evaluation that caused the reopening is history; a further reopening needs a new one.
    evaluation = null;
    callbackOutcome = null;
    warned.remove(SlaTarget.RESOLUTION);
    breached.remove(SlaTarget.RESOLUTION);
    warned.remove(SlaTarget.CALLBACK);
    breached.remove(SlaTarget.CALLBACK);
  }

  private static SlaClock stopIfRunning(SlaClock clock, Instant at) {
    return clock == null || clock.isStopped() ? clock : clock.stop(at);
  }

  private IllegalStateException corrupt(RecordedEvent recorded, String problem) {
    return new IllegalStateException(
        "corrupt work-order stream "
            + recorded.event().requestId()
            + " at version "
            + recorded.version()
            + " ("
            + recorded.event().kind()
            + "): "
            + problem);
  }

  ImmutableList<RecordedEvent> eventsSnapshot() {
    return ImmutableList.copyOf(events);
  }
}
