package org.enforcementdesk.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.enforcementdesk.calendar.CountedDeadline;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.sla.SlaDue;

/**
 * 期限修订: a provisional deadline counted again when the calendar gained the year's State Council notice. The event
 * records the provisional date, the statutory one, what the revision did ({@link DeadlineRevision}) and, for an SLA
 * clock, the clock's due dates in force afterwards. Recorded once per deadline and notice: a later revision finds
 * the deadline no longer provisional for that year.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it (the desk)
 * @param which which deadline
 * @param item the rectification item's number for {@link DeadlineKind#RECTIFICATION}, else 0
 * @param provisional the deadline in force before, counted provisionally
 * @param statutory the deadline counted again on the new calendar, with its version
 * @param outcome what the revision did
 * @param clock for an SLA clock's deadline, its due dates in force afterwards (deadline, at-risk instant, without
 *     pauses); empty for a delegation's or an item's
 * @param reason why, e.g. the notice that was loaded; not blank
 */
public record DeadlineRevised(
    RequestId requestId,
    Instant at,
    Actor actor,
    DeadlineKind which,
    int item,
    CountedDeadline provisional,
    CountedDeadline statutory,
    DeadlineRevision outcome,
    Optional<SlaDue> clock,
    String reason)
    implements WorkOrderEvent {

  /**
   * Checks that the event is whole: a clock's due dates exactly for a clock's deadline, in force as the outcome says.
   *
   * @throws IllegalArgumentException if the item does not fit the kind, the due dates do not fit the outcome, or the
   *     reason is blank
   */
  public DeadlineRevised {
    Checks.common(requestId, at, actor);
    new OrderDeadline(which, item, requireNonNull(provisional, "provisional"));
    requireNonNull(statutory, "statutory");
    requireNonNull(outcome, "outcome");
    requireNonNull(clock, "clock");
    reason = FreeText.required("reason", reason);
    checkArgument(clock.isPresent() == which.clock().isPresent(), "a %s deadline %s the clock's due dates", which,
        clock.isPresent() ? "has no" : "needs");
    CountedDeadline inForce = inForce(provisional, statutory, outcome);
    clock.ifPresent(due -> checkArgument(due.deadline().equals(inForce),
        "the clock's deadline %s is not the one in force after %s: %s", due.deadline(), outcome, inForce));
  }

  /** The deadline in force after the revision. */
  public CountedDeadline inForce() {
    return inForce(provisional, statutory, outcome);
  }

  private static CountedDeadline inForce(
      CountedDeadline provisional, CountedDeadline statutory, DeadlineRevision outcome) {
    // A date kept as told stays the provisional count's, but only the years still without a notice may move it.
    return outcome == DeadlineRevision.EARLIER_KEPT_AS_TOLD
        ? new CountedDeadline(provisional.at(), provisional.calendarVersion(), statutory.provisionalYears())
        : statutory;
  }

  @Override
  public String kind() {
    return "DeadlineRevised";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.deadlineRevised(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
