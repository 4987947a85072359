package org.enforcementdesk.order;

import java.time.Instant;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;

/**
 * 结单: the loop closed.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param reason a closing remark; may be empty
 */
public record Closed(RequestId requestId, Instant at, Actor actor, String reason) implements WorkOrderEvent {
  /**
   * Checks the event and strips the remark.
   *
   * @throws IllegalArgumentException if the remark is too long
   */
  public Closed {
    Checks.common(requestId, at, actor);
    reason = FreeText.optional("reason", reason);
  }

  @Override
  public String kind() {
    return "Closed";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.closed(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
