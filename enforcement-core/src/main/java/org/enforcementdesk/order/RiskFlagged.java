package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.policy.RiskFlag;

/**
 * 风险预警: a risk trigger fired on this order.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param flag the trigger and its reason
 * @param provenance the rules that decided it, or a person (an officer marking a threat)
 */
public record RiskFlagged(RequestId requestId, Instant at, Actor actor, RiskFlag flag, Provenance provenance)
    implements WorkOrderEvent {
  /** Checks that nothing is missing. */
  public RiskFlagged {
    Checks.common(requestId, at, actor);
    requireNonNull(flag, "flag");
    requireNonNull(provenance, "provenance");
  }

  @Override
  public String kind() {
    return "RiskFlagged";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.riskFlagged(this);
  }
}
