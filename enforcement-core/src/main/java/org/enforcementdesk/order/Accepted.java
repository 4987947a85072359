package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.sla.SlaDue;

/**
 * 受理: the request was accepted, with the decision that classified it and the deadlines counted from it.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param decision the rules' intake decision
 * @param response when first contact is due, counted from receipt
 * @param resolution when resolution is due, counted from receipt and capped by any hard limit
 */
public record Accepted(RequestId requestId, Instant at, Actor actor, IntakeDecision decision, SlaDue response, SlaDue resolution)
    implements WorkOrderEvent {
  /** Checks that nothing is missing. */
  public Accepted {
    Checks.common(requestId, at, actor);
    requireNonNull(decision, "decision");
    requireNonNull(response, "response");
    requireNonNull(resolution, "resolution");
  }

  @Override
  public String kind() {
    return "Accepted";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.accepted(this);
  }
}
