package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.sla.SlaDue;
import org.enforcementdesk.sla.SlaTargets;

/**
 * 等级调整: urgency changed, with the targets that go with it, counted from the original receipt with every pause
 * credited.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param from the urgency before
 * @param to the urgency after
 * @param targets the new targets
 * @param response the response clock's deadlines under the new targets; present while that clock runs
 * @param resolution the resolution clock's deadlines under the new targets; present while that clock runs unpaused
 *     (a paused clock gets its deadlines when it resumes)
 * @param reason why; not blank
 * @param provenance the rules that decided it, or a person
 */
public record UrgencyChanged(
    RequestId requestId,
    Instant at,
    Actor actor,
    Urgency from,
    Urgency to,
    SlaTargets targets,
    Optional<SlaDue> response,
    Optional<SlaDue> resolution,
    String reason,
    Provenance provenance)
    implements WorkOrderEvent {
  /**
   * Checks the event and strips the reason.
   *
   * @throws IllegalArgumentException if the reason is blank or too long
   */
  public UrgencyChanged {
    Checks.common(requestId, at, actor);
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(targets, "targets");
    requireNonNull(response, "response");
    requireNonNull(resolution, "resolution");
    reason = FreeText.required("reason", reason);
    requireNonNull(provenance, "provenance");
  }

  @Override
  public String kind() {
    return "UrgencyChanged";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.urgencyChanged(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
