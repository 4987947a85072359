package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.sla.SlaTarget;

/**
 * 超期: a clock passed its deadline unmet.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param target which clock
 * @param due its deadline
 * @param provenance the rules consulted on the breach, or the desk
 */
public record SlaBreached(
    RequestId requestId, Instant at, Actor actor, SlaTarget target, OffsetDateTime due, Provenance provenance)
    implements WorkOrderEvent {
  /** Checks that nothing is missing. */
  public SlaBreached {
    Checks.common(requestId, at, actor);
    requireNonNull(target, "target");
    requireNonNull(due, "due");
    requireNonNull(provenance, "provenance");
  }

  @Override
  public String kind() {
    return "SlaBreached";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.slaBreached(this);
  }
}
