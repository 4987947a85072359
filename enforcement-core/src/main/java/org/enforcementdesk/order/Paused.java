package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.sla.PauseReason;

/**
 * 暂停计时: the resolution clock was paused for a typed reason.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param reason why
 */
public record Paused(RequestId requestId, Instant at, Actor actor, PauseReason reason) implements WorkOrderEvent {
  /** Checks that nothing is missing. */
  public Paused {
    Checks.common(requestId, at, actor);
    requireNonNull(reason, "reason");
  }

  @Override
  public String kind() {
    return "Paused";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.paused(this);
  }
}
