package org.enforcementdesk.order;

import java.time.Instant;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;

/**
 * 整改验收: a rectification item was verified and closed; only an item with a recorded measure closes.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param item the item's number
 * @param verification how the measure was verified; not blank
 */
public record RectificationClosed(RequestId requestId, Instant at, Actor actor, int item, String verification)
    implements WorkOrderEvent {
  /**
   * Checks the event and strips the verification.
   *
   * @throws IllegalArgumentException if the item number is not positive, or the verification is blank or too long
   */
  public RectificationClosed {
    Checks.common(requestId, at, actor);
    Checks.itemNumber(item);
    verification = FreeText.required("verification", verification);
  }

  @Override
  public String kind() {
    return "RectificationClosed";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.rectificationClosed(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
