package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.sla.RecordedClock;
import org.enforcementdesk.sla.SlaStatus;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.sla.SlaTargets;

/**
 * 工单: one enforcement request in the closed loop, as the fold of its events. Immutable: a snapshot at the version
 * of its last event. Folding the same stream always gives an equal work order, whatever calendar or rule book is in
 * force when it is read, since every deadline and decision is recorded in the events; what the ledger holds is the
 * whole truth, and {@link #history()} is the proof of who did what and when.
 */
public final class WorkOrder {

  private final ImmutableList<RecordedEvent> history;
  private final Request request;
  private final CaseHistory caseHistory;
  private final WorkOrderState state;
  private final IntakeDecision decision;
  private final SlaTargets targets;
  private final Urgency urgency;
  private final Tier tier;
  private final String handlerId;
  private final RecordedClock response;
  private final RecordedClock resolution;
  private final RecordedClock callback;
  private final int round;
  private final int urgeCount;
  private final String latestText;
  private final ImmutableList<WorkOrderFold.FlagRaised> flags;
  private final DelegationTarget delegation;
  private final ImmutableList<Delegation> delegations;
  private final ImmutableList<RectificationItem> rectifications;
  private final ImmutableList<Request> linkedDuplicates;
  private final String result;
  private final Evaluation evaluation;
  private final CallbackOutcome callbackOutcome;
  private final ImmutableSet<SlaTarget> warned;
  private final ImmutableSet<SlaTarget> breached;

  private WorkOrder(WorkOrderFold fold) {
    this.history = fold.eventsSnapshot();
    this.request = fold.request;
    this.caseHistory = fold.history;
    this.state = fold.state;
    this.decision = fold.decision;
    this.targets = fold.targets;
    this.urgency = fold.urgency;
    this.tier = fold.tier;
    this.handlerId = fold.handlerId;
    this.response = fold.response;
    this.resolution = fold.resolution;
    this.callback = fold.callback;
    this.round = fold.round;
    this.urgeCount = fold.urgeCount;
    this.latestText = fold.latestText;
    this.flags = ImmutableList.copyOf(fold.flags);
    this.delegation = fold.delegation;
    this.delegations = ImmutableList.copyOf(fold.delegations);
    this.rectifications = ImmutableList.copyOf(fold.rectifications.values());
    this.linkedDuplicates = ImmutableList.copyOf(fold.linkedDuplicates);
    this.result = fold.result;
    this.evaluation = fold.evaluation;
    this.callbackOutcome = fold.callbackOutcome;
    this.warned = ImmutableSet.copyOf(fold.warned);
    this.breached = ImmutableSet.copyOf(fold.breached);
  }

  /**
   * Folds a stored stream into its work order.
   *
   * @param events the stream, versions 1..n in order, beginning with {@code Submitted}; not empty
   * @throws IllegalArgumentException if the stream is empty
   * @throws IllegalStateException if the stream is corrupt: versions out of order, events of another request, or
   *     an event its state does not allow
   */
  public static WorkOrder fold(List<RecordedEvent> events) {
    requireNonNull(events, "events");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a work order needs at least its Submitted event");
    }
    WorkOrderFold fold = WorkOrderFold.withHistory();
    events.forEach(fold::apply);
    return new WorkOrder(fold);
  }

  /**
   * This order with more events folded in: the fold of the longer stream.
   *
   * @param more the next events, numbered on from {@link #version()}
   * @throws IllegalStateException if they do not follow on, or the state machine forbids one
   */
  public WorkOrder plus(List<RecordedEvent> more) {
    WorkOrderFold fold = WorkOrderFold.withHistory();
    history.forEach(fold::apply);
    more.forEach(fold::apply);
    return new WorkOrder(fold);
  }

  /** The request's id, which is the order's id. */
  public RequestId id() {
    return request.id();
  }

  /**
   * The deadlines the order holds in force now, as recorded: each running SLA clock's (not yet breached), the pending
   * delegation's (not yet overdue), each open rectification item's. What a provisional year's notice may revise.
   *
   * @return the deadlines, possibly empty, not null
   */
  public ImmutableList<OrderDeadline> deadlinesInForce() {
    ImmutableList.Builder<OrderDeadline> inForce = ImmutableList.builder();
    for (SlaTarget target : SlaTarget.values()) {
      if (!breached().contains(target)) {
        clock(target)
            .filter(clock -> !clock.isStopped())
            .flatMap(RecordedClock::deadline)
            .ifPresent(d -> inForce.add(new OrderDeadline(DeadlineKind.of(target), 0, d)));
      }
    }
    if (!delegations().isEmpty()) {
      Delegation last = delegations().get(delegations().size() - 1);
      if (last.isPending() && !last.overdue()) {
        inForce.add(new OrderDeadline(DeadlineKind.DELEGATION, 0, last.deadline()));
      }
    }
    for (RectificationItem item : rectificationItems()) {
      if (!item.isClosed()) {
        inForce.add(new OrderDeadline(DeadlineKind.RECTIFICATION, item.item(), item.deadline()));
      }
    }
    return inForce.build();
  }

  /** The request as submitted. */
  public Request request() {
    return request;
  }

  /** What was known of the case when the request arrived. */
  public CaseHistory caseHistory() {
    return caseHistory;
  }

  /** Where the order stands. */
  public WorkOrderState state() {
    return state;
  }

  /** The version of the last event folded: what a writer must expect to append after. */
  public long version() {
    return history.size();
  }

  /** Every event, in order: who did what, when and why. */
  public ImmutableList<RecordedEvent> history() {
    return history;
  }

  /** The intake decision, once accepted. */
  public Optional<IntakeDecision> decision() {
    return Optional.ofNullable(decision);
  }

  /** The targets in force (changed by a change of urgency), once accepted. */
  public Optional<SlaTargets> targets() {
    return Optional.ofNullable(targets);
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

  /**
   * The clock of one target, once it has started (response and resolution at acceptance, callback at resolution),
   * with the deadlines its events recorded.
   */
  public Optional<RecordedClock> clock(SlaTarget target) {
    return Optional.ofNullable(
        switch (requireNonNull(target, "target")) {
          case RESPONSE -> response;
          case RESOLUTION -> resolution;
          case CALLBACK -> callback;
        });
  }

  /**
   * When a target is due, as recorded: every pause credited and, for resolution, capped by any hard limit (a
   * seizure's expiry). Empty before the clock starts, or while it is paused, except that a paused resolution clock
   * with a hard limit is due at the limit: a seizure lapses on its day whatever was paused.
   */
  public Optional<OffsetDateTime> due(SlaTarget target) {
    return clock(target).flatMap(RecordedClock::dueAt);
  }

  /** When a running target's clock passes its at-risk share, as recorded; empty while paused or stopped. */
  public Optional<OffsetDateTime> atRiskAt(SlaTarget target) {
    return clock(target).flatMap(RecordedClock::atRiskAt);
  }

  /**
   * A target's clock read at {@code at}, at or after its last change, against its recorded deadline: {@code calendar}
   * measures the share used and the working time left or overdue (see {@link RecordedClock#status}).
   *
   * @throws IllegalArgumentException if {@code at} is before the clock started
   */
  public Optional<SlaStatus> status(SlaTarget target, Instant at, WorkingCalendar calendar) {
    requireNonNull(at, "at");
    requireNonNull(calendar, "calendar");
    return clock(target).map(clock -> clock.status(at, calendar));
  }

  /** The hard limit on resolution, if the rules set one. */
  public Optional<OffsetDateTime> resolutionLimit() {
    return clock(SlaTarget.RESOLUTION).flatMap(RecordedClock::hardLimit);
  }

  /** The resolution round: 1 from acceptance, one more with each reopening; 0 before acceptance. */
  public int round() {
    return round;
  }

  /** How often the party urged this request (duplicate submissions included). */
  public int urgeCount() {
    return urgeCount;
  }

  /** What the party said last: the request's text or the latest urge's. */
  public String latestText() {
    return latestText;
  }

  /** The duplicate submissions linked to this order as urges, in the order they came. */
  public ImmutableList<Request> linkedDuplicates() {
    return linkedDuplicates;
  }

  /** The risk kinds flagged on this order. */
  public Set<RiskKind> riskFlags() {
    return riskFlagsSince(Optional.empty());
  }

  /**
   * The risk kinds flagged on this order at or after {@code since}: the flags still live after the case's last risk
   * case was closed (empty: every flag ever raised). A closed risk case ends its triggers' hold, so the same trigger
   * may fire again and open the case's next risk case.
   */
  public Set<RiskKind> riskFlagsSince(Optional<Instant> since) {
    Set<RiskKind> live = EnumSet.noneOf(RiskKind.class);
    for (WorkOrderFold.FlagRaised flag : flags) {
      if (since.filter(flag.at()::isBefore).isEmpty()) {
        live.add(flag.kind());
      }
    }
    return live;
  }

  /** Whether an officer marked the party's words as a threat at or after {@code since} (empty: ever). */
  public boolean isThreatMarkedSince(Optional<Instant> since) {
    return flags.stream()
        .anyMatch(flag -> flag.markedByPerson() && since.filter(flag.at()::isBefore).isEmpty());
  }

  /** Whether an officer marked the party's words as a threat to petition. */
  public boolean isThreatMarked() {
    return isThreatMarkedSince(Optional.empty());
  }

  /** Every delegation of the order, oldest first; the last is pending while the order is delegated. */
  public ImmutableList<Delegation> delegations() {
    return delegations;
  }

  /** The rectification items its evaluations opened, by number. */
  public ImmutableList<RectificationItem> rectificationItems() {
    return rectifications;
  }

  /** The rectification item with this number, if there is one. */
  public Optional<RectificationItem> rectificationItem(int item) {
    return rectifications.stream().filter(r -> r.item() == item).findFirst();
  }

  /** Whom the order is delegated to now, while delegated. */
  public Optional<DelegationTarget> delegation() {
    return Optional.ofNullable(delegation);
  }

  /** The result given at resolution, once resolved (cleared on reopening). */
  public Optional<String> result() {
    return Optional.ofNullable(result);
  }

  /** The party's latest evaluation. */
  public Optional<Evaluation> evaluation() {
    return Optional.ofNullable(evaluation);
  }

  /** How the latest callback went. */
  public Optional<CallbackOutcome> callbackOutcome() {
    return Optional.ofNullable(callbackOutcome);
  }

  /** Targets whose at-risk warning has been given (for the current promise). */
  public Set<SlaTarget> warned() {
    return warned;
  }

  /** Targets whose breach has been acted on (for the current promise). */
  public Set<SlaTarget> breached() {
    return breached;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkOrder that && history.equals(that.history);
  }

  @Override
  public int hashCode() {
    return history.hashCode();
  }

  /** A short description, safe for logs. */
  @Override
  public String toString() {
    return "WorkOrder[" + id() + " " + state + " v" + version() + ", tier " + tier
        + (urgency == null ? "" : ", " + urgency) + "]";
  }
}
