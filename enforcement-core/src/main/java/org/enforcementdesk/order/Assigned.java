package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Tier;

/**
 * 分派: the order was handed to a tier and, optionally, a named handler.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param tier the tier now handling it
 * @param handlerId the handler's id; empty when assigned to the tier as a whole
 */
public record Assigned(RequestId requestId, Instant at, Actor actor, Tier tier, Optional<String> handlerId)
    implements WorkOrderEvent {
  /** Checks that nothing is missing. */
  public Assigned {
    Checks.common(requestId, at, actor);
    requireNonNull(tier, "tier");
    requireNonNull(handlerId, "handlerId");
  }

  @Override
  public String kind() {
    return "Assigned";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.assigned(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
