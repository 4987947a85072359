package org.enforcementdesk.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.desk.event.CallbackOutcome;
import org.enforcementdesk.desk.event.DelegationTarget;
import org.enforcementdesk.desk.event.WorkOrderEvent;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaClock;
import org.enforcementdesk.sla.SlaTarget;

/**
 * What the indicators need to remember about one request while its events go by: how it is classified, who holds
 * it, the current resolution round's deadlines, the pending delegation and the rectification items. Each event adds
 * to the windows it falls into at once, so nothing waits for the end of the stream.
 *
 * <p>The net deadline needs the pauses of the round; an SLA clock is built only for a round that pauses, so the
 * common order without pauses costs no clock at all.
 */
final class RequestTrack {

  private static final PauseReason DELEGATED = PauseReason.of(PauseKind.DELEGATED);

  private final WorkingCalendar calendar;
  private final Windows windows;
  long version;

  private String channel;
  private String category;
  private String type;
  private boolean onCase;
  private Instant receivedAt;
  private int receiptMask;
  private Urgency urgency;
  private Tier tier = Tier.OFFICER;
  private String handler;

  // The resolution round: from receipt, or from the last reopening.
  private Instant roundStart;
  private Period period;
  private Instant limit;
  private Instant grossDue;
  private SlaClock netClock;
  private boolean firstRound = true;
  private boolean contactMeasured;

  private DelegationTarget delegation;
  private int delegationMask;
  private boolean delegationPauses;

  private Map<Integer, Item> items;

  RequestTrack(WorkingCalendar calendar, Windows windows) {
    this.calendar = calendar;
    this.windows = windows;
  }

  /** A rectification item as the overdue count needs it. */
  private static final class Item {
    final EvaluationAspect aspect;
    final Tier ownerTier;
    final Instant due;
    final int overdueMask;

    Item(EvaluationAspect aspect, Tier ownerTier, Instant due, int overdueMask) {
      this.aspect = aspect;
      this.ownerTier = ownerTier;
      this.due = due;
      this.overdueMask = overdueMask;
    }
  }

  void apply(WorkOrderEvent event) {
    if (event instanceof WorkOrderEvent.Submitted e) {
      submitted(e.request());
    } else if (event instanceof WorkOrderEvent.Accepted e) {
      accepted(e);
    } else if (event instanceof WorkOrderEvent.Rejected e) {
      count(e.at(), IndicatorId.REQUESTS_REJECTED);
    } else if (event instanceof WorkOrderEvent.Assigned e) {
      tier = e.tier();
      handler = e.handlerId();
    } else if (event instanceof WorkOrderEvent.ProgressNoted e) {
      if (e.firstContact()) {
        firstContact(e.at());
      }
    } else if (event instanceof WorkOrderEvent.Paused e) {
      pause(e.reason(), e.at());
    } else if (event instanceof WorkOrderEvent.Resumed e) {
      resume(e.at());
    } else if (event instanceof WorkOrderEvent.Urged e) {
      urged(e);
    } else if (event instanceof WorkOrderEvent.Escalated e) {
      int mask = windows.at(e.at());
      windows.add(mask, IndicatorId.ESCALATIONS, 1, 0);
      windows.addBy(mask, IndicatorId.ESCALATIONS, "from_tier", e.from().name(), 1, 0);
      windows.addBy(mask, IndicatorId.ESCALATIONS, "to_tier", e.to().name(), 1, 0);
      tier = e.to();
      handler = null;
    } else if (event instanceof WorkOrderEvent.UrgencyChanged e) {
      urgency = e.to();
      period = e.targets().resolution();
      grossDue = capped(calendar.due(roundStart, period).dueAt().toInstant());
      if (netClock != null) {
        netClock = netClock.withPeriod(period);
      }
    } else if (event instanceof WorkOrderEvent.Delegated e) {
      delegated(e);
    } else if (event instanceof WorkOrderEvent.DelegationOverdue e) {
      int mask = windows.at(e.at());
      windows.add(mask, IndicatorId.DELEGATIONS_OVERDUE, 1, 0);
      windows.addBy(mask, IndicatorId.DELEGATIONS_OVERDUE, "target_kind", e.target().kind().name(), 1, 0);
    } else if (event instanceof WorkOrderEvent.DelegationReturned e) {
      endDelegation(e.at());
    } else if (event instanceof WorkOrderEvent.Resolved e) {
      resolved(e.at(), e.actor().role().isResolver());
    } else if (event instanceof WorkOrderEvent.CallbackRecorded e) {
      int mask = windows.at(e.at());
      long reached = e.outcome() == CallbackOutcome.REACHED ? 1 : 0;
      windows.add(mask, IndicatorId.CALLBACK_REACH_RATE, reached, 1);
      windows.addBy(mask, IndicatorId.CALLBACK_REACH_RATE, "tier", tier.name(), reached, 1);
    } else if (event instanceof WorkOrderEvent.Evaluated e) {
      evaluated(e);
    } else if (event instanceof WorkOrderEvent.Withdrawn e) {
      count(e.at(), IndicatorId.REQUESTS_WITHDRAWN);
      endDelegation(e.at());
      contactMeasured = true; // the response clock stops without a contact
      netClock = null;
    } else if (event instanceof WorkOrderEvent.Reopened e) {
      // A new promise counted from the reopening with the current period; the hard limit stays.
      roundStart = e.at();
      grossDue = capped(calendar.due(roundStart, period).dueAt().toInstant());
      netClock = null;
      firstRound = false;
    } else if (event instanceof WorkOrderEvent.RectificationOpened e) {
      rectificationOpened(e);
    } else if (event instanceof WorkOrderEvent.RectificationClosed e) {
      rectificationClosed(e);
    } else if (event instanceof WorkOrderEvent.SlaBreached e) {
      int mask = windows.at(e.at());
      windows.add(mask, IndicatorId.SLA_BREACHES, 1, 0);
      windows.addBy(mask, IndicatorId.SLA_BREACHES, "target", e.target().name(), 1, 0);
      windows.addBy(mask, IndicatorId.SLA_BREACHES, "tier", tier.name(), 1, 0);
    }
    // RiskFlagged (risk cases are counted from the case stream), Closed, SlaWarned and rectification measures
    // change no indicator.
  }

  private void submitted(Request request) {
    channel = request.channel().code();
    category = request.type().category().code();
    type = request.type().code();
    onCase = request.caseNumber().isPresent();
    receivedAt = request.receivedAt().toInstant();
    receiptMask = windows.at(receivedAt);
    int mask = receiptMask;
    if (mask == 0) {
      return;
    }
    IndicatorId id = IndicatorId.REQUESTS_RECEIVED;
    windows.add(mask, id, 1, 0);
    windows.addBy(mask, id, "channel", channel, 1, 0);
    windows.addBy(mask, id, "category", category, 1, 0);
    windows.addBy(mask, id, "type", type, 1, 0);
    windows.addBy(mask, id, "cause_of_action", request.facts().causeOfAction().orElse("unspecified"), 1, 0);
    if ((mask & (1 << Windows.CURRENT)) != 0) {
      windows.addBy(1 << Windows.CURRENT, id, "sub_period", windows.subPeriod(receivedAt), 1, 0);
    }
    if (onCase) {
      visit(mask, "REQUEST");
    }
  }

  private void visit(int mask, String source) {
    windows.add(mask, IndicatorId.VISITS, 1, 0);
    windows.addBy(mask, IndicatorId.VISITS, "source", source, 1, 0);
  }

  private void accepted(WorkOrderEvent.Accepted e) {
    urgency = e.decision().urgency();
    tier = e.decision().startTier();
    period = e.decision().targets().resolution();
    limit = e.decision().resolutionLimit().map(l -> l.toInstant()).orElse(null);
    roundStart = receivedAt;
    grossDue = e.resolutionDue().toInstant();
    // By urgency only where the acceptance (which decided it) came before the window's cutoff.
    windows.addBy(
        windows.outcomeWithin(receiptMask, e.at()), IndicatorId.REQUESTS_RECEIVED, "urgency", urgency.name(), 1, 0);
  }

  private Instant capped(Instant due) {
    return limit != null && limit.isBefore(due) ? limit : due;
  }

  private void count(Instant at, IndicatorId id) {
    int mask = windows.at(at);
    windows.add(mask, id, 1, 0);
    windows.addBy(mask, id, "category", category, 1, 0);
  }

  private void firstContact(Instant at) {
    if (contactMeasured || !firstRound || urgency == null || at.isBefore(receivedAt)) {
      return;
    }
    contactMeasured = true;
    int mask = windows.at(at);
    if (mask != 0) {
      windows.sample(mask, SampleSet.FIRST_CONTACT_NATURAL, Duration.between(receivedAt, at).getSeconds());
      windows.sample(mask, SampleSet.FIRST_CONTACT_WORKING, calendar.workingTimeBetween(receivedAt, at).getSeconds());
    }
  }

  private void pause(PauseReason reason, Instant at) {
    if (netClock == null) {
      netClock = SlaClock.start(SlaTarget.RESOLUTION, period, roundStart, calendar);
    }
    netClock = netClock.pause(reason, at);
  }

  private void resume(Instant at) {
    if (netClock != null && netClock.isPaused()) {
      netClock = netClock.resume(at);
    }
  }

  private void urged(WorkOrderEvent.Urged e) {
    int mask = windows.at(e.at());
    if (mask == 0) {
      return;
    }
    boolean duplicate = e.duplicate().isPresent();
    windows.add(mask, IndicatorId.URGES, 1, 0);
    windows.addBy(mask, IndicatorId.URGES, "kind", duplicate ? "DUPLICATE" : "URGE", 1, 0);
    windows.addBy(mask, IndicatorId.URGES, "category", category, 1, 0);
    if (duplicate && e.duplicate().get().caseNumber().isPresent()) {
      visit(mask, "DUPLICATE");
    }
  }

  private void delegated(WorkOrderEvent.Delegated e) {
    delegation = e.target();
    delegationMask = windows.at(e.at());
    delegationPauses = e.pausesResolution();
    delegationCohort(delegationMask, 0, 1);
    if (delegationPauses) {
      pause(DELEGATED, e.at());
    }
  }

  /** Adds to the delegation cohorts the delegation belongs to. */
  private void delegationCohort(int mask, long resolved, long delegated) {
    if (mask == 0) {
      return;
    }
    String kind = delegation.kind().name();
    String resolver = delegation.resolverId();
    windows.add(mask, IndicatorId.DELEGATION_RESOLUTION_RATE, resolved, delegated);
    windows.addBy(mask, IndicatorId.DELEGATION_RESOLUTION_RATE, "target_kind", kind, resolved, delegated);
    windows.addBy(mask, IndicatorId.DELEGATION_RESOLUTION_RATE, "resolver", resolver, resolved, delegated);
    IndicatorId own =
        delegation.kind() == DelegationKind.PRE_ENFORCEMENT_TEAM
            ? IndicatorId.PRE_ENFORCEMENT_RESOLUTION_RATE
            : IndicatorId.DELEGATED_RESOLUTION_RATE;
    windows.add(mask, own, resolved, delegated);
    if (own == IndicatorId.DELEGATED_RESOLUTION_RATE) {
      windows.addBy(mask, own, "target_kind", kind, resolved, delegated);
    }
    windows.addBy(mask, own, "resolver", resolver, resolved, delegated);
  }

  /** The pending delegation ends unresolved (returned or withdrawn), resuming a clock it paused. */
  private void endDelegation(Instant at) {
    if (delegation == null) {
      return;
    }
    if (delegationPauses) {
      resume(at);
    }
    delegation = null;
  }

  private void resolved(Instant at, boolean byResolver) {
    if (delegation != null) {
      // A resolution while delegated counts for the cohort only if the resolver made it (before the cutoff): the
      // centre resolving an order it had delegated is its own work, not the resolver's.
      if (byResolver) {
        delegationCohort(windows.outcomeWithin(delegationMask, at), 1, 0);
      }
      endDelegation(at);
    }
    firstContact(at); // resolution meets the response target when no contact came first
    contactMeasured = true;
    Instant netDue = grossDue;
    if (netClock != null) {
      netDue = capped(netClock.stop(at).dueAt().orElseThrow().toInstant());
      netClock = null;
    }
    int mask = windows.at(at);
    if (mask == 0) {
      return;
    }
    long onTimeGross = at.isAfter(grossDue) ? 0 : 1;
    long onTimeNet = at.isAfter(netDue) ? 0 : 1;
    onTime(mask, IndicatorId.ON_TIME_RATE_GROSS, onTimeGross);
    onTime(mask, IndicatorId.ON_TIME_RATE_NET, onTimeNet);
    if (!at.isBefore(roundStart)) {
      windows.sample(mask, SampleSet.RESOLUTION_NATURAL, Duration.between(roundStart, at).getSeconds());
      windows.sample(mask, SampleSet.RESOLUTION_WORKING, calendar.workingTimeBetween(roundStart, at).getSeconds());
    }
  }

  private void onTime(int mask, IndicatorId id, long onTime) {
    windows.add(mask, id, onTime, 1);
    byOrder(mask, id, onTime);
  }

  /** The breakdowns by the order's classification and holder, as they stand now. */
  private void byOrder(int mask, IndicatorId id, long numerator) {
    windows.addBy(mask, id, "urgency", urgency == null ? "UNDECIDED" : urgency.name(), numerator, 1);
    windows.addBy(mask, id, "category", category, numerator, 1);
    windows.addBy(mask, id, "tier", tier.name(), numerator, 1);
    windows.addBy(mask, id, "handler", handler == null ? "unassigned" : handler, numerator, 1);
    windows.addBy(mask, id, "channel", channel, numerator, 1);
  }

  private void evaluated(WorkOrderEvent.Evaluated e) {
    int mask = windows.at(e.at());
    if (mask == 0) {
      return;
    }
    if (e.evaluation().declined()) {
      windows.add(mask, IndicatorId.EVALUATIONS_DECLINED, 1, 0);
      return;
    }
    boolean satisfied = true;
    for (Map.Entry<EvaluationAspect, Rating> rating : e.evaluation().ratings().entrySet()) {
      if (rating.getValue() == Rating.DISSATISFIED) {
        satisfied = false;
        windows.add(mask, IndicatorId.DISSATISFIED_RATINGS, 1, 0);
        windows.addBy(mask, IndicatorId.DISSATISFIED_RATINGS, "aspect", rating.getKey().name(), 1, 0);
      }
    }
    long numerator = satisfied ? 1 : 0;
    windows.add(mask, IndicatorId.SATISFACTION_RATE, numerator, 1);
    byOrder(mask, IndicatorId.SATISFACTION_RATE, numerator);
  }

  private void rectificationOpened(WorkOrderEvent.RectificationOpened e) {
    int mask = windows.at(e.at());
    rectification(mask, IndicatorId.RECTIFICATIONS_OPENED, e.aspect(), e.ownerTier(), 1);
    Instant due = e.due().toInstant();
    // Overdue by its due instant unless closed by then: counted now, taken back if the closing comes in time.
    int overdueMask = windows.at(due);
    rectification(overdueMask, IndicatorId.RECTIFICATIONS_OVERDUE, e.aspect(), e.ownerTier(), 1);
    if (items == null) {
      items = new HashMap<>(4);
    }
    items.put(e.item(), new Item(e.aspect(), e.ownerTier(), due, overdueMask));
  }

  private void rectificationClosed(WorkOrderEvent.RectificationClosed e) {
    Item item = items == null ? null : items.get(e.item());
    if (item == null) {
      return;
    }
    rectification(windows.at(e.at()), IndicatorId.RECTIFICATIONS_CLOSED, item.aspect, item.ownerTier, 1);
    if (!e.at().isAfter(item.due)) {
      rectification(item.overdueMask, IndicatorId.RECTIFICATIONS_OVERDUE, item.aspect, item.ownerTier, -1);
    }
  }

  private void rectification(int mask, IndicatorId id, EvaluationAspect aspect, Tier ownerTier, long delta) {
    windows.add(mask, id, delta, 0);
    windows.addBy(mask, id, "aspect", aspect.name(), delta, 0);
    windows.addBy(mask, id, "owner_tier", ownerTier.name(), delta, 0);
  }
}
