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
 * 撤回: the party withdrew the request.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param reason why, as the party said; may be empty
 * @param resolution the resolution deadline in force at the withdrawal, every pause credited; present once the
 *     request was accepted
 */
public record Withdrawn(RequestId requestId, Instant at, Actor actor, String reason, Optional<SlaDue> resolution)
    implements WorkOrderEvent {
  /**
   * Checks the event and strips the reason.
   *
   * @throws IllegalArgumentException if the reason is too long
   */
  public Withdrawn {
    Checks.common(requestId, at, actor);
    reason = FreeText.optional("reason", reason);
    requireNonNull(resolution, "resolution");
  }

  @Override
  public String kind() {
    return "Withdrawn";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.withdrawn(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
