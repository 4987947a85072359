package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.sla.SlaDue;

/**
 * 恢复计时: the resolution clock runs again, its deadline moved by the pause.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param resolution the resolution clock's deadlines with the pause credited
 */
public record Resumed(RequestId requestId, Instant at, Actor actor, SlaDue resolution) implements WorkOrderEvent {
  /** Checks that nothing is missing. */
  public Resumed {
    Checks.common(requestId, at, actor);
    requireNonNull(resolution, "resolution");
  }

  @Override
  public String kind() {
    return "Resumed";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.resumed(this);
  }
}
