package org.enforcementdesk.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.order.Accepted;
import org.enforcementdesk.order.Assigned;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.CallbackRecorded;
import org.enforcementdesk.order.CallbackRequested;
import org.enforcementdesk.order.Closed;
import org.enforcementdesk.order.DeadlineRevised;
import org.enforcementdesk.order.Delegated;
import org.enforcementdesk.order.Delegation;
import org.enforcementdesk.order.DelegationOverdue;
import org.enforcementdesk.order.DelegationReturned;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.Escalated;
import org.enforcementdesk.order.Evaluated;
import org.enforcementdesk.order.Paused;
import org.enforcementdesk.order.ProgressNoted;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.RectificationClosed;
import org.enforcementdesk.order.RectificationItem;
import org.enforcementdesk.order.RectificationMeasureRecorded;
import org.enforcementdesk.order.RectificationOpened;
import org.enforcementdesk.order.Rejected;
import org.enforcementdesk.order.Reopened;
import org.enforcementdesk.order.Resolved;
import org.enforcementdesk.order.Resumed;
import org.enforcementdesk.order.RiskFlagged;
import org.enforcementdesk.order.SlaBreached;
import org.enforcementdesk.order.SlaWarned;
import org.enforcementdesk.order.Submitted;
import org.enforcementdesk.order.Urged;
import org.enforcementdesk.order.UrgencyChanged;
import org.enforcementdesk.order.Withdrawn;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.order.WorkOrderFold;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.sla.RecordedClock;

/**
 * What the indicators need to remember about one work order while its events go by. The order's state (its
 * classification, holder, clocks, rounds and pending delegation) is the desk's own fold, followed event by event, so
 * the indicators interpret the events exactly as the desk does; this track adds only what the indicators need of
 * their own (which windows the receipt and each delegation fell in, whether first contact is measured). Each event
 * adds to the windows it falls into at once, so nothing waits for the end of the stream.
 *
 * <p>Each event is visited with the fold as it stood before the event, then folded in.
 */
final class WorkOrderTrack implements WorkOrderEvent.Visitor<Void> {

  private final WorkingCalendar calendar;
  private final Windows windows;
  private final WorkOrderFold fold = WorkOrderFold.withoutHistory();
  long version;

  private int receiptMask;
  private boolean contactMeasured;
  private int delegationMask;
  // Rectification item -> the windows its deadline fell in, where it counts as overdue unless closed in time.
  private Map<Integer, Integer> overdueMasks;

  WorkOrderTrack(WorkingCalendar calendar, Windows windows) {
    this.calendar = calendar;
    this.windows = windows;
  }

  void apply(RecordedEvent recorded) {
    recorded.event().accept(this);
    fold.apply(recorded);
    version = recorded.version();
  }

  private Request request() {
    return fold.request().orElseThrow(() -> new IllegalStateException("the stream does not begin with Submitted"));
  }

  private String category() {
    return request().type().category().code();
  }

  private Tier tier() {
    return fold.tier();
  }

  @Override
  public Void submitted(Submitted e) {
    Request request = e.request();
    Instant receivedAt = request.receivedAt().toInstant();
    receiptMask = windows.at(receivedAt);
    int mask = receiptMask;
    if (mask == 0) {
      return null;
    }
    IndicatorId id = IndicatorId.REQUESTS_RECEIVED;
    windows.add(mask, id, 1, 0);
    windows.addBy(mask, id, "channel", request.channel().code(), 1, 0);
    windows.addBy(mask, id, "category", request.type().category().code(), 1, 0);
    windows.addBy(mask, id, "type", request.type().code(), 1, 0);
    windows.addBy(mask, id, "cause_of_action", request.facts().causeOfAction().orElse("unspecified"), 1, 0);
    if ((mask & (1 << Windows.CURRENT)) != 0) {
      windows.addBy(1 << Windows.CURRENT, id, "sub_period", windows.subPeriod(receivedAt), 1, 0);
    }
    if (request.caseNumber().isPresent()) {
      visit(mask, "REQUEST");
    }
    return null;
  }

  private void visit(int mask, String source) {
    windows.add(mask, IndicatorId.VISITS, 1, 0);
    windows.addBy(mask, IndicatorId.VISITS, "source", source, 1, 0);
  }

  @Override
  public Void accepted(Accepted e) {
    // By urgency only where the acceptance (which decided it) came before the window's cutoff.
    String urgency = e.decision().urgency().name();
    windows.addBy(windows.outcomeWithin(receiptMask, e.at()), IndicatorId.REQUESTS_RECEIVED, "urgency", urgency, 1, 0);
    return null;
  }

  @Override
  public Void rejected(Rejected e) {
    return count(e.at(), IndicatorId.REQUESTS_REJECTED);
  }

  private Void count(Instant at, IndicatorId id) {
    int mask = windows.at(at);
    windows.add(mask, id, 1, 0);
    windows.addBy(mask, id, "category", category(), 1, 0);
    return null;
  }

  @Override
  public Void progressNoted(ProgressNoted e) {
    if (e.firstContact()) {
      firstContact(e.at());
    }
    return null;
  }

  /** The first contact of the first round, measured once from the receipt. */
  private void firstContact(Instant at) {
    Instant receivedAt = request().receivedAt().toInstant();
    if (contactMeasured || fold.round() != 1 || at.isBefore(receivedAt)) {
      return;
    }
    contactMeasured = true;
    int mask = windows.at(at);
    if (mask != 0) {
      windows.sample(mask, SampleSet.FIRST_CONTACT_NATURAL, Duration.between(receivedAt, at).getSeconds());
      windows.sample(mask, SampleSet.FIRST_CONTACT_WORKING, calendar.workingTimeBetween(receivedAt, at).getSeconds());
    }
  }

  @Override
  public Void urged(Urged e) {
    int mask = windows.at(e.at());
    if (mask == 0) {
      return null;
    }
    boolean duplicate = e.duplicate().isPresent();
    windows.add(mask, IndicatorId.URGES, 1, 0);
    windows.addBy(mask, IndicatorId.URGES, "kind", duplicate ? "DUPLICATE" : "URGE", 1, 0);
    windows.addBy(mask, IndicatorId.URGES, "category", category(), 1, 0);
    if (e.duplicate().filter(request -> request.caseNumber().isPresent()).isPresent()) {
      visit(mask, "DUPLICATE");
    }
    return null;
  }

  @Override
  public Void escalated(Escalated e) {
    int mask = windows.at(e.at());
    windows.add(mask, IndicatorId.ESCALATIONS, 1, 0);
    windows.addBy(mask, IndicatorId.ESCALATIONS, "from_tier", e.from().name(), 1, 0);
    windows.addBy(mask, IndicatorId.ESCALATIONS, "to_tier", e.to().name(), 1, 0);
    return null;
  }

  @Override
  public Void delegated(Delegated e) {
    delegationMask = windows.at(e.at());
    delegationCohort(e.target(), delegationMask, 0, 1);
    return null;
  }

  /** Adds to the delegation cohorts the delegation belongs to. */
  private void delegationCohort(DelegationTarget delegation, int mask, long resolved, long delegated) {
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

  @Override
  public Void delegationOverdue(DelegationOverdue e) {
    int mask = windows.at(e.at());
    windows.add(mask, IndicatorId.DELEGATIONS_OVERDUE, 1, 0);
    windows.addBy(mask, IndicatorId.DELEGATIONS_OVERDUE, "target_kind", e.target().kind().name(), 1, 0);
    return null;
  }

  @Override
  public Void resolved(Resolved e) {
    Instant at = e.at();
    // A resolution while delegated counts for the cohort only if the resolver made it (before the cutoff): the
    // centre resolving an order it had delegated is its own work, not the resolver's.
    if (e.actor().role().isResolver()) {
      fold.pendingDelegation()
          .map(Delegation::target)
          .ifPresent(target -> delegationCohort(target, windows.outcomeWithin(delegationMask, at), 1, 0));
    }
    firstContact(at); // resolution meets the response target when no contact came first
    contactMeasured = true;
    int mask = windows.at(at);
    if (mask == 0) {
      return null;
    }
    // The round's deadlines as the resolution recorded them: without pause credit (gross) and with it (net).
    onTime(mask, IndicatorId.ON_TIME_RATE_GROSS, at.isAfter(e.resolution().withoutPauses().toInstant()) ? 0 : 1);
    onTime(mask, IndicatorId.ON_TIME_RATE_NET, at.isAfter(e.resolution().at().toInstant()) ? 0 : 1);
    Instant roundStart = fold.resolution().map(RecordedClock::startedAt).orElseThrow().toInstant();
    if (!at.isBefore(roundStart)) {
      windows.sample(mask, SampleSet.RESOLUTION_NATURAL, Duration.between(roundStart, at).getSeconds());
      windows.sample(mask, SampleSet.RESOLUTION_WORKING, calendar.workingTimeBetween(roundStart, at).getSeconds());
    }
    return null;
  }

  private void onTime(int mask, IndicatorId id, long onTime) {
    windows.add(mask, id, onTime, 1);
    byOrder(mask, id, onTime);
  }

  /** The breakdowns by the order's classification and holder, as they stand now. */
  private void byOrder(int mask, IndicatorId id, long numerator) {
    windows.addBy(mask, id, "urgency", fold.urgency().map(Enum::name).orElse("UNDECIDED"), numerator, 1);
    windows.addBy(mask, id, "category", category(), numerator, 1);
    windows.addBy(mask, id, "tier", tier().name(), numerator, 1);
    windows.addBy(mask, id, "handler", fold.handlerId().orElse("unassigned"), numerator, 1);
    windows.addBy(mask, id, "channel", request().channel().code(), numerator, 1);
  }

  @Override
  public Void callbackRecorded(CallbackRecorded e) {
    int mask = windows.at(e.at());
    long reached = e.outcome() == CallbackOutcome.REACHED ? 1 : 0;
    windows.add(mask, IndicatorId.CALLBACK_REACH_RATE, reached, 1);
    windows.addBy(mask, IndicatorId.CALLBACK_REACH_RATE, "tier", tier().name(), reached, 1);
    return null;
  }

  @Override
  public Void evaluated(Evaluated e) {
    int mask = windows.at(e.at());
    if (mask == 0) {
      return null;
    }
    if (e.evaluation().declined()) {
      windows.add(mask, IndicatorId.EVALUATIONS_DECLINED, 1, 0);
      return null;
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
    return null;
  }

  @Override
  public Void withdrawn(Withdrawn e) {
    contactMeasured = true; // the response clock stops without a contact
    return count(e.at(), IndicatorId.REQUESTS_WITHDRAWN);
  }

  @Override
  public Void rectificationOpened(RectificationOpened e) {
    int mask = windows.at(e.at());
    rectification(mask, IndicatorId.RECTIFICATIONS_OPENED, e.aspect(), e.ownerTier(), 1);
    // Overdue by its due instant unless closed by then: counted now, taken back if the closing comes in time.
    int overdueMask = windows.at(e.due().at().toInstant());
    rectification(overdueMask, IndicatorId.RECTIFICATIONS_OVERDUE, e.aspect(), e.ownerTier(), 1);
    if (overdueMasks == null) {
      overdueMasks = new HashMap<>(4);
    }
    overdueMasks.put(e.item(), overdueMask);
    return null;
  }

  @Override
  public Void rectificationClosed(RectificationClosed e) {
    RectificationItem item = fold.rectificationItem(e.item()).orElse(null);
    if (item == null) {
      return null;
    }
    rectification(windows.at(e.at()), IndicatorId.RECTIFICATIONS_CLOSED, item.aspect(), item.ownerTier(), 1);
    if (!e.at().isAfter(item.due().toInstant())) {
      int overdueMask = overdueMasks.get(e.item());
      rectification(overdueMask, IndicatorId.RECTIFICATIONS_OVERDUE, item.aspect(), item.ownerTier(), -1);
    }
    return null;
  }

  private void rectification(int mask, IndicatorId id, EvaluationAspect aspect, Tier ownerTier, long delta) {
    windows.add(mask, id, delta, 0);
    windows.addBy(mask, id, "aspect", aspect.name(), delta, 0);
    windows.addBy(mask, id, "owner_tier", ownerTier.name(), delta, 0);
  }

  @Override
  public Void slaBreached(SlaBreached e) {
    int mask = windows.at(e.at());
    windows.add(mask, IndicatorId.SLA_BREACHES, 1, 0);
    windows.addBy(mask, IndicatorId.SLA_BREACHES, "target", e.target().name(), 1, 0);
    windows.addBy(mask, IndicatorId.SLA_BREACHES, "tier", tier().name(), 1, 0);
    return null;
  }

  @Override
  public Void deadlineRevised(DeadlineRevised e) {
    return null; // the fold holds the revised deadline; on-time is judged against the one in force at resolution
  }

  // These change no indicator by themselves: the fold follows them. Risk cases are counted from the case stream.

  @Override
  public Void assigned(Assigned e) {
    return null;
  }

  @Override
  public Void paused(Paused e) {
    return null;
  }

  @Override
  public Void resumed(Resumed e) {
    return null;
  }

  @Override
  public Void urgencyChanged(UrgencyChanged e) {
    return null;
  }

  @Override
  public Void riskFlagged(RiskFlagged e) {
    return null;
  }

  @Override
  public Void delegationReturned(DelegationReturned e) {
    return null;
  }

  @Override
  public Void callbackRequested(CallbackRequested e) {
    return null;
  }

  @Override
  public Void closed(Closed e) {
    return null;
  }

  @Override
  public Void reopened(Reopened e) {
    return null;
  }

  @Override
  public Void rectificationMeasureRecorded(RectificationMeasureRecorded e) {
    return null;
  }

  @Override
  public Void slaWarned(SlaWarned e) {
    return null;
  }
}
