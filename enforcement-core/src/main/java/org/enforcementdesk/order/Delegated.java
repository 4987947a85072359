package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.enforcementdesk.calendar.CountedDeadline;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;

/**
 * 委派化解: the order was delegated to a resolver outside the centre, with the delegation's own deadline.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param target whom, as the court's resolver directory lists them
 * @param note instructions for the resolver; may be empty
 * @param period how long the resolver has, counted from {@code at} (the rules' delegation terms then)
 * @param due when the resolver must have resolved or returned it
 * @param pausesResolution whether the order's resolution clock stands still while it is delegated (the rules'
 *     choice at the time of delegation); it resumes when the delegation is returned
 */
public record Delegated(
    RequestId requestId,
    Instant at,
    Actor actor,
    DelegationTarget target,
    String note,
    Period period,
    CountedDeadline due,
    boolean pausesResolution)
    implements WorkOrderEvent {
  /**
   * Checks the event and strips the note.
   *
   * @throws IllegalArgumentException if the note is too long
   */
  public Delegated {
    Checks.common(requestId, at, actor);
    requireNonNull(target, "target");
    note = FreeText.optional("note", note);
    requireNonNull(period, "period");
    requireNonNull(due, "due");
  }

  @Override
  public String kind() {
    return "Delegated";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.delegated(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
