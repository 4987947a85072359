package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.enforcementdesk.calendar.CountedDeadline;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Tier;

/**
 * 回访要求: the rules asked a tier to call the party back within a period (e.g. the centre director after a bad
 * review). Changes no state; the tier is told.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param by the tier that calls
 * @param due by when
 * @param reason why, as the rules say; not blank
 * @param provenance the rules that asked
 */
public record CallbackRequested(
    RequestId requestId, Instant at, Actor actor, Tier by, CountedDeadline due, String reason, Provenance provenance)
    implements WorkOrderEvent {
  /**
   * Checks the event and strips the reason.
   *
   * @throws IllegalArgumentException if the reason is blank or too long
   */
  public CallbackRequested {
    Checks.common(requestId, at, actor);
    requireNonNull(by, "by");
    requireNonNull(due, "due");
    reason = FreeText.required("reason", reason);
    requireNonNull(provenance, "provenance");
  }

  @Override
  public String kind() {
    return "CallbackRequested";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.callbackRequested(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
