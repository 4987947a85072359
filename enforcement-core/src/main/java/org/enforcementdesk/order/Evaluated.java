package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.RequestId;

/**
 * 评价: the party evaluated the handling (or declined to).
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param evaluation the ratings and comment
 */
public record Evaluated(RequestId requestId, Instant at, Actor actor, Evaluation evaluation) implements WorkOrderEvent {
  /** Checks that nothing is missing. */
  public Evaluated {
    Checks.common(requestId, at, actor);
    requireNonNull(evaluation, "evaluation");
  }

  @Override
  public String kind() {
    return "Evaluated";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.evaluated(this);
  }
}
