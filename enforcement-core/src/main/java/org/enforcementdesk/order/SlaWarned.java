package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.sla.SlaTarget;

/**
 * 预警: a clock passed its at-risk share; the rules were consulted, and the handler warned if they (or, for the
 * response clock, the desk) said so.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param target which clock
 * @param due its deadline
 * @param handlerWarned whether the handler was told
 * @param provenance the rules that decided the warning, or the desk
 */
public record SlaWarned(
    RequestId requestId,
    Instant at,
    Actor actor,
    SlaTarget target,
    OffsetDateTime due,
    boolean handlerWarned,
    Provenance provenance)
    implements WorkOrderEvent {
  /** Checks that nothing is missing. */
  public SlaWarned {
    Checks.common(requestId, at, actor);
    requireNonNull(target, "target");
    requireNonNull(due, "due");
    requireNonNull(provenance, "provenance");
  }

  @Override
  public String kind() {
    return "SlaWarned";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.slaWarned(this);
  }
}
