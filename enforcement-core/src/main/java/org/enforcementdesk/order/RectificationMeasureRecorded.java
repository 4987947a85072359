package org.enforcementdesk.order;

import java.time.Instant;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;

/**
 * 整改措施: the measure taken for a rectification item. A later measure adds to the record; the item keeps all.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param item the item's number
 * @param measure what was done; not blank
 */
public record RectificationMeasureRecorded(RequestId requestId, Instant at, Actor actor, int item, String measure)
    implements WorkOrderEvent {
  /**
   * Checks the event and strips the measure.
   *
   * @throws IllegalArgumentException if the item number is not positive, or the measure is blank or too long
   */
  public RectificationMeasureRecorded {
    Checks.common(requestId, at, actor);
    Checks.itemNumber(item);
    measure = FreeText.required("measure", measure);
  }

  @Override
  public String kind() {
    return "RectificationMeasureRecorded";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.rectificationMeasureRecorded(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
