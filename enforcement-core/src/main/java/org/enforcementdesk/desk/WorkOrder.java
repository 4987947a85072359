package org.enforcementdesk.desk;

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
import org.enforcementdesk.desk.event.CallbackOutcome;
import org.enforcementdesk.desk.event.DelegationTarget;
import org.enforcementdesk.desk.event.WorkOrderEvent;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.sla.SlaClock;
import org.enforcementdesk.sla.SlaStatus;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.sla.SlaTargets;
import org.enforcementdesk.store.RecordedEvent;

/**
 * 工单: one enforcement request in the closed loop, as the fold of its events. Immutable: a snapshot at the version
 * of its last event. Folding the same stream always gives an equal work order, so what the ledger holds is the
 * whole truth, and {@link #history()} is the proof of who did what and when.
 */
public final class WorkOrder {

  private final WorkingCalendar calendar;
  private final ImmutableList<RecordedEvent> history;
  private final Request request;
  private final CaseHistory caseHistory;
  private final WorkOrderState state;
  private final IntakeDecision decision;
  private final SlaTargets targets;
  private final Urgency urgency;
  private final Tier tier;
  private final String handlerId;
  private final SlaClock response;
  private final SlaClock resolution;
  private final SlaClock callback;
  private final Instant resolutionLimit;
  private final int urgeCount;
  private final String latestText;
  private final ImmutableSet<RiskKind> riskFlags;
  private final boolean threatMarked;
  private final DelegationTarget delegation;
  private final ImmutableList<Delegation> delegations;
  private final ImmutableList<RectificationItem> rectifications;
  private final String result;
  private final Evaluation evaluation;
  private final CallbackOutcome callbackOutcome;
  private final ImmutableSet<SlaTarget> warned;
  private final ImmutableSet<SlaTarget> breached;

  private WorkOrder(WorkOrderFold fold) {
    this.calendar = fold.calendar;
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
    this.resolutionLimit = fold.resolutionLimit;
    this.delegations = ImmutableList.copyOf(fold.delegations);
    this.rectifications = ImmutableList.copyOf(fold.rectifications.values());
    this.urgeCount = fold.urgeCount;
    this.latestText = fold.latestText;
    this.riskFlags = ImmutableSet.copyOf(fold.riskFlags);
    this.threatMarked = fold.threatMarked;
    this.delegation = fold.delegation;
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
   * @param calendar the calendar its clocks count on; not null
   * @throws IllegalArgumentException if the stream is empty
   * @throws IllegalStateException if the stream is corrupt: versions out of order, events of another request, or
   *     an event its state does not allow
   */
  public static WorkOrder fold(List<RecordedEvent> events, WorkingCalendar calendar) {
    requireNonNull(events, "events");
    requireNonNull(calendar, "calendar");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a work order needs at least its Submitted event");
    }
    WorkOrderFold fold = new WorkOrderFold(calendar);
    events.forEach(fold::apply);
    return new WorkOrder(fold);
  }

  /** This order with more events folded in; the fold of the longer stream. */
  WorkOrder plus(List<RecordedEvent> more) {
    WorkOrderFold fold = new WorkOrderFold(calendar);
    history.forEach(fold::apply);
    more.forEach(fold::apply);
    return new WorkOrder(fold);
  }

  /** The request's id, which is the order's id. */
  public RequestId id() {
    return request.id();
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

  /** The clock of one target, once it has started (response and resolution at acceptance, callback at resolution). */
  public Optional<SlaClock> clock(SlaTarget target) {
    return Optional.ofNullable(
        switch (requireNonNull(target, "target")) {
          case RESPONSE -> response;
          case RESOLUTION -> resolution;
          case CALLBACK -> callback;
        });
  }

  /**
   * When a target is due, with every pause credited and, for resolution, capped by any hard limit (a seizure's
   * expiry). Empty before the clock starts, or while it is paused, except that a running resolution clock with a
   * hard limit is due at the limit at the latest, paused or not: a seizure lapses on its day whatever was paused.
   */
  public Optional<OffsetDateTime> due(SlaTarget target) {
    Optional<OffsetDateTime> due = clock(target).flatMap(SlaClock::dueAt);
    if (target == SlaTarget.RESOLUTION && resolutionLimit != null) {
      if (due.isEmpty() && resolution != null && resolution.isPaused()) {
        return Optional.of(inZone(resolutionLimit));
      }
      return due.map(d -> d.toInstant().isAfter(resolutionLimit) ? inZone(resolutionLimit) : d);
    }
    return due;
  }

  /**
   * When a running target's clock crosses its at-risk share: the clock's own instant, or, when a hard limit comes
   * before the period's deadline, the same share of the natural time from the start to the limit (as {@link
   * #status} judges it). Empty while paused or stopped.
   */
  Optional<OffsetDateTime> atRiskAt(SlaTarget target) {
    Optional<SlaClock> clock = clock(target).filter(c -> !c.isPaused() && !c.isStopped());
    if (clock.isEmpty()) {
      return Optional.empty();
    }
    Optional<OffsetDateTime> own = clock.get().atRiskAt();
    Optional<OffsetDateTime> periodDue = clock.get().dueAt();
    if (target == SlaTarget.RESOLUTION
        && resolutionLimit != null
        && periodDue.isPresent()
        && periodDue.get().toInstant().isAfter(resolutionLimit)) {
      Instant start = clock.get().startedAt().toInstant();
      long span = java.time.Duration.between(start, resolutionLimit).toNanos();
      return Optional.of(inZone(start.plusNanos((long) (span * clock.get().atRiskShare()))));
    }
    return own;
  }

  /**
   * The status of a target's clock at an instant, honouring the hard limit on resolution: past the limit and still
   * unresolved is a breach whatever the period says.
   *
   * @throws IllegalArgumentException if {@code at} is before the clock started
   */
  public Optional<SlaStatus> status(SlaTarget target, Instant at) {
    requireNonNull(at, "at");
    Optional<SlaStatus> status = clock(target).map(clock -> clock.status(at));
    if (target != SlaTarget.RESOLUTION || resolutionLimit == null || status.isEmpty()) {
      return status;
    }
    SlaStatus s = status.get();
    if (!s.dueAt().toInstant().isAfter(resolutionLimit)) {
      return status;
    }
    return Optional.of(LimitedStatus.capped(s, resolution, resolutionLimit, at, calendar));
  }

  /** The hard limit on resolution, if the rules set one. */
  public Optional<OffsetDateTime> resolutionLimit() {
    return Optional.ofNullable(resolutionLimit).map(this::inZone);
  }

  /** How often the party urged this request (duplicate submissions included). */
  public int urgeCount() {
    return urgeCount;
  }

  /** What the party said last: the request's text or the latest urge's. */
  public String latestText() {
    return latestText;
  }

  /** The risk kinds flagged on this order. */
  public Set<RiskKind> riskFlags() {
    return riskFlags;
  }

  /**
   * The risk kinds flagged on this order at or after {@code since}: the flags still live after the case's last risk
   * case was closed (null: every flag ever raised). A closed risk case ends its triggers' hold, so the same trigger
   * may fire again and open the case's next risk case.
   */
  public Set<RiskKind> riskFlagsSince(Instant since) {
    if (since == null) {
      return riskFlags;
    }
    Set<RiskKind> live = EnumSet.noneOf(RiskKind.class);
    for (RecordedEvent recorded : history) {
      WorkOrderEvent event = recorded.event();
      if (event.at().isBefore(since)) {
        continue;
      }
      if (event instanceof WorkOrderEvent.RiskFlagged flagged) {
        live.add(flagged.flag().kind());
      } else if (event instanceof WorkOrderEvent.Accepted accepted) {
        accepted.decision().riskFlags().forEach(flag -> live.add(flag.kind()));
      }
    }
    return live;
  }

  /** Whether an officer marked the party's words as a threat at or after {@code since} (null: ever). */
  public boolean isThreatMarkedSince(Instant since) {
    if (since == null) {
      return threatMarked;
    }
    return history.stream()
        .map(RecordedEvent::event)
        .anyMatch(event -> event instanceof WorkOrderEvent.RiskFlagged flagged
            && !event.at().isBefore(since)
            && flagged.flag().kind() == RiskKind.PETITION_THREATENED
            && flagged.provenance().isPerson());
  }

  /** Whether an officer marked the party's words as a threat to petition. */
  public boolean isThreatMarked() {
    return threatMarked;
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

  /** The calendar the order's clocks count on. */
  WorkingCalendar calendar() {
    return calendar;
  }

  private OffsetDateTime inZone(Instant instant) {
    return instant.atZone(calendar.zone()).toOffsetDateTime();
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
