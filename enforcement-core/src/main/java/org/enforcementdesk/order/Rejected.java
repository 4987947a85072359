package org.enforcementdesk.order;

import java.time.Instant;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;

/**
 * 不予受理: the request was rejected, with the reason the party is told.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param reasonToParty what the party is told; not blank
 */
public record Rejected(RequestId requestId, Instant at, Actor actor, String reasonToParty) implements WorkOrderEvent {
  /**
   * Checks the event and strips the reason.
   *
   * @throws IllegalArgumentException if the reason is blank or too long
   */
  public Rejected {
    Checks.common(requestId, at, actor);
    reasonToParty = FreeText.required("reasonToParty", reasonToParty);
  }

  @Override
  public String kind() {
    return "Rejected";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.rejected(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
