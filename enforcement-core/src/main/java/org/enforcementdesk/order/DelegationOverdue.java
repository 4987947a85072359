package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.RequestId;

/**
 * 委派超期: a delegation passed its own deadline while still with the resolver; the centre and the resolver are
 * told. Changes no state.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param target the resolver who holds it
 * @param due the delegation's deadline
 */
public record DelegationOverdue(RequestId requestId, Instant at, Actor actor, DelegationTarget target, OffsetDateTime due)
    implements WorkOrderEvent {
  /** Checks that nothing is missing. */
  public DelegationOverdue {
    Checks.common(requestId, at, actor);
    requireNonNull(target, "target");
    requireNonNull(due, "due");
  }

  @Override
  public String kind() {
    return "DelegationOverdue";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.delegationOverdue(this);
  }
}
