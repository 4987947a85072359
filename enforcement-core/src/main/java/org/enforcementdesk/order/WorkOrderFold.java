package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.RiskFlag;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.RecordedClock;
import org.enforcementdesk.sla.SlaDue;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.sla.SlaTargets;

/**
 * The one interpretation of a work order's events: applies them one by one, walking the state machine of {@link
 * Transitions} and the clocks with the deadlines the events recorded. It never consults a calendar or the rules. A
 * stream that breaks the state machine is corrupt and fails loudly rather than folding to a wrong order.
 *
 * <p>{@link WorkOrder#fold} folds a whole stream into a snapshot. Readers that follow a stream event by event, such
 * as the indicators, keep a fold of their own ({@link #withoutHistory()}) and read its state between events, so that
 * they interpret the events exactly as the desk does without a snapshot per event. Not thread-safe.
 */
public final class WorkOrderFold {

  private static final PauseReason DELEGATED = PauseReason.of(PauseKind.DELEGATED);

  private final List<RecordedEvent> events;
  private final Transition transition = new Transition();
  long version;
  Request request;
  CaseHistory history;
  WorkOrderState state;
  IntakeDecision decision;
  SlaTargets targets;
  Urgency urgency;
  Tier tier = Tier.OFFICER;
  String handlerId;
  RecordedClock response;
  RecordedClock resolution;
  RecordedClock callback;
  int round;
  int urgeCount;
  String latestText = "";
  // Every flag in order with when it was raised, so that flags raised before a risk case closed can be told apart.
  final List<FlagRaised> flags = new ArrayList<>(0);
  DelegationTarget delegation;
  final List<Delegation> delegations = new ArrayList<>(0);
  // Item number -> item, in the order opened; numbers are never reused, so a later round's items follow on.
  final Map<Integer, RectificationItem> rectifications = new LinkedHashMap<>(0);
  final List<Request> linkedDuplicates = new ArrayList<>(0);
  String result;
  Evaluation evaluation;
  CallbackOutcome callbackOutcome;
  final Set<SlaTarget> warned = EnumSet.noneOf(SlaTarget.class);
  final Set<SlaTarget> breached = EnumSet.noneOf(SlaTarget.class);

  /** One risk flag as the order raised it. */
  record FlagRaised(RiskKind kind, Instant at, boolean markedByPerson) {}

  private WorkOrderFold(boolean keepHistory) {
    this.events = keepHistory ? new ArrayList<>() : null;
  }

  /** A fold that keeps every event, to become a {@link WorkOrder} with its history. */
  static WorkOrderFold withHistory() {
    return new WorkOrderFold(true);
  }

  /** A fold that keeps only the order's state, for readers that follow a stream and need no history. */
  public static WorkOrderFold withoutHistory() {
    return new WorkOrderFold(false);
  }

  /**
   * Applies the next event of the stream.
   *
   * @param recorded the event with its version, which must follow the last one applied
   * @throws IllegalStateException if the stream is corrupt: a version out of order, an event of another request, or
   *     an event its state does not allow
   */
  public void apply(RecordedEvent recorded) {
    requireNonNull(recorded, "recorded");
    WorkOrderEvent event = recorded.event();
    if (recorded.version() != version + 1) {
      throw corrupt(recorded, "expected version " + (version + 1));
    }
    if (request != null && !event.requestId().equals(request.id())) {
      throw corrupt(recorded, "event of another request " + event.requestId());
    }
    try {
      event.accept(transition);
    } catch (IllegalStateException e) {
      throw corrupt(recorded, state == null ? "the stream does not begin with Submitted" : e.getMessage());
    }
    if (state == null) {
      throw corrupt(recorded, "the stream does not begin with Submitted");
    }
    version = recorded.version();
    if (events != null) {
      events.add(recorded);
    }
  }

  /** The request as submitted; empty before the first event. */
  public Optional<Request> request() {
    return Optional.ofNullable(request);
  }

  /** The urgency in force, once accepted. */
  public Optional<Urgency> urgency() {
    return Optional.ofNullable(urgency);
  }

  /** The tier handling the order. */
  public Tier tier() {
    return tier;
  }

  /** The named handler, if assigned to one. */
  public Optional<String> handlerId() {
    return Optional.ofNullable(handlerId);
  }

  /** The resolution clock of the current round, once accepted. */
  public Optional<RecordedClock> resolution() {
    return Optional.ofNullable(resolution);
  }

  /** The resolution round: 1 from acceptance, one more with each reopening; 0 before acceptance. */
  public int round() {
    return round;
  }

  /** The delegation pending now, if the order is delegated. */
  public Optional<Delegation> pendingDelegation() {
    return delegation == null ? Optional.empty() : Optional.of(delegations.get(delegations.size() - 1));
  }

  /** The rectification item with this number, if the order has one. */
  public Optional<RectificationItem> rectificationItem(int item) {
    return Optional.ofNullable(rectifications.get(item));
  }

  ImmutableList<RecordedEvent> eventsSnapshot() {
    return events == null ? ImmutableList.of() : ImmutableList.copyOf(events);
  }

  private void advance(CommandKind command) {
    state = Transitions.next(state, command)
        .orElseThrow(() -> new IllegalStateException(command + " is not allowed in state " + state));
  }

  private RecordedClock resolutionClock() {
    if (resolution == null) {
      throw new IllegalStateException("the order has no resolution clock before acceptance");
    }
    return resolution;
  }

  private Delegation replaceLastDelegation(UnaryOperator<Delegation> change) {
    int last = delegations.size() - 1;
    Delegation changed = change.apply(delegations.get(last));
    delegations.set(last, changed);
    return changed;
  }

  private RectificationItem rectification(int item) {
    RectificationItem found = rectifications.get(item);
    if (found == null) {
      throw new IllegalStateException("no rectification item " + item);
    }
    return found;
  }

  private static RecordedClock stopIfRunning(RecordedClock clock, Instant at) {
    return clock == null || clock.isStopped() ? clock : clock.stopped(at);
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

  /** Each kind of event's change to the order. */
  private final class Transition implements WorkOrderEvent.Visitor<Void> {

    @Override
    public Void submitted(Submitted e) {
      if (state != null) {
        throw new IllegalStateException("a second Submitted");
      }
      state = WorkOrderState.SUBMITTED;
      request = e.request();
      history = e.history();
      latestText = e.request().unmaskedText();
      return null;
    }

    @Override
    public Void accepted(Accepted e) {
      advance(CommandKind.ACCEPT);
      decision = e.decision();
      targets = decision.targets();
      urgency = decision.urgency();
      tier = decision.startTier();
      round = 1;
      decision.riskFlags().forEach(flag -> flags.add(new FlagRaised(flag.kind(), e.at(), false)));
      Instant received = request.receivedAt().toInstant();
      Optional<Instant> limit = decision.resolutionLimit().map(at -> at.toInstant());
      response = RecordedClock.started(SlaTarget.RESPONSE, targets.response(), received, Optional.empty(), e.response());
      resolution = RecordedClock.started(SlaTarget.RESOLUTION, targets.resolution(), received, limit, e.resolution());
      return null;
    }

    @Override
    public Void rejected(Rejected e) {
      advance(CommandKind.REJECT);
      return null;
    }

    @Override
    public Void assigned(Assigned e) {
      advance(CommandKind.ASSIGN);
      tier = e.tier();
      handlerId = e.handlerId().orElse(null);
      return null;
    }

    @Override
    public Void progressNoted(ProgressNoted e) {
      advance(CommandKind.NOTE_PROGRESS);
      if (e.firstContact()) {
        response = stopIfRunning(response, e.at());
      }
      return null;
    }

    @Override
    public Void paused(Paused e) {
      advance(CommandKind.PAUSE);
      resolution = resolutionClock().paused(e.reason(), e.at());
      return null;
    }

    @Override
    public Void resumed(Resumed e) {
      advance(CommandKind.RESUME);
      resolution = resolutionClock().resumed(e.at(), e.resolution());
      return null;
    }

    @Override
    public Void urged(Urged e) {
      advance(CommandKind.URGE);
      urgeCount++;
      if (!e.text().isEmpty()) {
        latestText = e.text();
      }
      e.duplicate().ifPresent(linkedDuplicates::add);
      return null;
    }

    @Override
    public Void escalated(Escalated e) {
      advance(CommandKind.ESCALATE);
      tier = e.to();
      handlerId = null;
      return null;
    }

    @Override
    public Void urgencyChanged(UrgencyChanged e) {
      advance(CommandKind.CHANGE_URGENCY);
      urgency = e.to();
      targets = e.targets();
      if (response != null && !response.isStopped()) {
        response = response.withPeriod(targets.response(), e.response());
      }
      if (resolution != null && !resolution.isStopped()) {
        resolution = resolution.withPeriod(targets.resolution(), e.resolution());
      }
      // A new urgency is a new promise: warnings and breaches of the old one do not carry over.
      warned.remove(SlaTarget.RESOLUTION);
      breached.remove(SlaTarget.RESOLUTION);
      return null;
    }

    @Override
    public Void riskFlagged(RiskFlagged e) {
      advance(CommandKind.FLAG_RISK);
      RiskFlag flag = e.flag();
      flags.add(new FlagRaised(flag.kind(), e.at(), flag.kind() == RiskKind.PETITION_THREATENED && e.provenance().isPerson()));
      return null;
    }

    @Override
    public Void delegated(Delegated e) {
      advance(CommandKind.DELEGATE);
      delegation = e.target();
      delegations.add(Delegation.started(e));
      if (e.pausesResolution()) {
        resolution = resolutionClock().paused(DELEGATED, e.at());
      }
      return null;
    }

    @Override
    public Void delegationOverdue(DelegationOverdue e) {
      if (delegations.isEmpty()) {
        throw new IllegalStateException("the order was never delegated");
      }
      replaceLastDelegation(Delegation::markedOverdue);
      return null;
    }

    @Override
    public Void delegationReturned(DelegationReturned e) {
      advance(CommandKind.RETURN_DELEGATION);
      delegation = null;
      Delegation returned = replaceLastDelegation(d -> d.returned(e.at(), e.reason()));
      if (returned.pausesResolution()) {
        // The clock the delegation paused runs again, its deadline moved by the time it was away.
        SlaDue resumed =
            e.resolution().orElseThrow(() -> new IllegalStateException("the return records no resumed deadline"));
        resolution = resolutionClock().resumed(e.at(), resumed);
      }
      return null;
    }

    @Override
    public Void resolved(Resolved e) {
      advance(CommandKind.RESOLVE);
      // Only the resolver's own resolution is the delegation's; the centre resolving it meanwhile recalls it.
      boolean byResolver = e.actor().role().isResolver();
      if (delegation != null) {
        delegation = null;
        replaceLastDelegation(d -> byResolver ? d.resolved(e.at(), e.how()) : d.recalled(e.at(), e.how()));
      }
      result = e.result();
      response = stopIfRunning(response, e.at());
      resolution = resolutionClock().stopped(e.at(), e.resolution());
      callback = RecordedClock.started(SlaTarget.CALLBACK, targets.callback(), e.at(), Optional.empty(), e.callback());
      return null;
    }

    @Override
    public Void callbackRequested(CallbackRequested e) {
      return null; // the tier is told; the order's state does not change
    }

    @Override
    public Void callbackRecorded(CallbackRecorded e) {
      advance(CommandKind.RECORD_CALLBACK);
      callbackOutcome = e.outcome();
      callback = stopIfRunning(callback, e.at());
      return null;
    }

    @Override
    public Void evaluated(Evaluated e) {
      advance(CommandKind.EVALUATE);
      evaluation = e.evaluation();
      callback = stopIfRunning(callback, e.at());
      return null;
    }

    @Override
    public Void closed(Closed e) {
      advance(CommandKind.CLOSE);
      callback = stopIfRunning(callback, e.at());
      return null;
    }

    @Override
    public Void withdrawn(Withdrawn e) {
      advance(CommandKind.WITHDRAW);
      // A withdrawn order is nobody's to resolve: the resolver loses it, as on resolution.
      if (delegation != null) {
        delegation = null;
        replaceLastDelegation(d -> d.withdrawn(e.at()));
      }
      response = stopIfRunning(response, e.at());
      if (resolution != null) {
        resolution = e.resolution()
            .map(counted -> resolution.stopped(e.at(), counted))
            .orElseThrow(() -> new IllegalStateException("an accepted order's withdrawal records its deadline"));
      }
      return null;
    }

    @Override
    public Void reopened(Reopened e) {
      advance(CommandKind.REOPEN);
      // Reopened work is a new promise to resolve, counted from the reopening with the period in force. The hard
      // limit (a seizure's expiry) is the law's and stays; if it has passed, the reopened order is late at once.
      Optional<Instant> limit = resolutionClock().hardLimit().map(at -> at.toInstant());
      resolution = RecordedClock.started(SlaTarget.RESOLUTION, targets.resolution(), e.at(), limit, e.resolution());
      round++;
      callback = null;
      result = null;
      // A new round: the evaluation that caused the reopening is history; a further reopening needs a new one.
      evaluation = null;
      callbackOutcome = null;
      warned.remove(SlaTarget.RESOLUTION);
      breached.remove(SlaTarget.RESOLUTION);
      warned.remove(SlaTarget.CALLBACK);
      breached.remove(SlaTarget.CALLBACK);
      return null;
    }

    @Override
    public Void rectificationOpened(RectificationOpened e) {
      if (rectifications.containsKey(e.item())) {
        throw new IllegalStateException("rectification item " + e.item() + " opened twice");
      }
      rectifications.put(e.item(), RectificationItem.opened(e));
      return null;
    }

    @Override
    public Void rectificationMeasureRecorded(RectificationMeasureRecorded e) {
      rectifications.put(e.item(), rectification(e.item()).withMeasure(e.measure()));
      return null;
    }

    @Override
    public Void rectificationClosed(RectificationClosed e) {
      RectificationItem item = rectification(e.item());
      if (item.isClosed() || item.measures().isEmpty()) {
        throw new IllegalStateException(
            "item " + e.item() + " closed " + (item.isClosed() ? "twice" : "without a measure"));
      }
      rectifications.put(e.item(), item.closed(e.at(), e.verification()));
      return null;
    }

    @Override
    public Void slaWarned(SlaWarned e) {
      warned.add(e.target());
      return null;
    }

    @Override
    public Void slaBreached(SlaBreached e) {
      breached.add(e.target());
      return null;
    }

    @Override
    public Void deadlineRevised(DeadlineRevised e) {
      switch (e.which()) {
        case RESPONSE -> response = revisedClock(response, e);
        case RESOLUTION -> resolution = revisedClock(resolution, e);
        case CALLBACK -> callback = revisedClock(callback, e);
        case DELEGATION -> replaceLastDelegation(d -> d.revised(e.provisional(), e.inForce()));
        case RECTIFICATION -> rectifications.put(e.item(), rectification(e.item()).revised(e.provisional(), e.inForce()));
      }
      return null; // a revision changes a date, never the order's state
    }

    private RecordedClock revisedClock(RecordedClock clock, DeadlineRevised e) {
      if (clock == null || clock.deadline().filter(e.provisional()::equals).isEmpty()) {
        throw new IllegalStateException("no running " + e.which() + " clock with the deadline " + e.provisional());
      }
      return clock.revised(e.clock().orElseThrow());
    }
  }
}
