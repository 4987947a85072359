package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;

/**
 * 回访: the satisfaction callback was made.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param outcome how it went
 * @param note what was said; may be empty
 */
public record CallbackRecorded(RequestId requestId, Instant at, Actor actor, CallbackOutcome outcome, String note)
    implements WorkOrderEvent {
  /**
   * Checks the event and strips the note.
   *
   * @throws IllegalArgumentException if the note is too long
   */
  public CallbackRecorded {
    Checks.common(requestId, at, actor);
    requireNonNull(outcome, "outcome");
    note = FreeText.optional("note", note);
  }

  @Override
  public String kind() {
    return "CallbackRecorded";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.callbackRecorded(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
