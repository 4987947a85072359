package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.sla.SlaDue;

/**
 * 重新办理: a resolved order was reopened after a dissatisfied evaluation: a new round, counted from the reopening
 * with the period in force. The hard limit stays.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param reason why; not blank
 * @param provenance the rules that decided it, or a person
 * @param resolution the new round's deadlines
 */
public record Reopened(RequestId requestId, Instant at, Actor actor, String reason, Provenance provenance, SlaDue resolution)
    implements WorkOrderEvent {
  /**
   * Checks the event and strips the reason.
   *
   * @throws IllegalArgumentException if the reason is blank or too long
   */
  public Reopened {
    Checks.common(requestId, at, actor);
    reason = FreeText.required("reason", reason);
    requireNonNull(provenance, "provenance");
    requireNonNull(resolution, "resolution");
  }

  @Override
  public String kind() {
    return "Reopened";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.reopened(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
