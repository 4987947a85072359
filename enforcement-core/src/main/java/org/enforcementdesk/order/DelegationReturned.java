package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.sla.SlaDue;

/**
 * 退回: a delegation came back to the centre unresolved.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param reason why the resolver could not resolve it; not blank
 * @param resolution the resolution clock's deadlines once the delegation's pause is credited; present exactly when
 *     the delegation had paused the clock
 */
public record DelegationReturned(RequestId requestId, Instant at, Actor actor, String reason, Optional<SlaDue> resolution)
    implements WorkOrderEvent {
  /**
   * Checks the event and strips the reason.
   *
   * @throws IllegalArgumentException if the reason is blank or too long
   */
  public DelegationReturned {
    Checks.common(requestId, at, actor);
    reason = FreeText.required("reason", reason);
    requireNonNull(resolution, "resolution");
  }

  @Override
  public String kind() {
    return "DelegationReturned";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.delegationReturned(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
