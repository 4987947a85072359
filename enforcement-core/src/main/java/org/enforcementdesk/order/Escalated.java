package org.enforcementdesk.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Tier;

/**
 * 提级: the order moved up from one tier to another.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param from the tier before
 * @param to the tier after, above {@code from}
 * @param reason why; not blank
 * @param provenance the rules that decided it, or a person
 */
public record Escalated(
    RequestId requestId, Instant at, Actor actor, Tier from, Tier to, String reason, Provenance provenance)
    implements WorkOrderEvent {
  /**
   * Checks the event and strips the reason.
   *
   * @throws IllegalArgumentException if {@code to} is not above {@code from}, or the reason is blank or too long
   */
  public Escalated {
    Checks.common(requestId, at, actor);
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(to.isAbove(from), "escalation must go up: %s -> %s", from, to);
    reason = FreeText.required("reason", reason);
    requireNonNull(provenance, "provenance");
  }

  @Override
  public String kind() {
    return "Escalated";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.escalated(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
