package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.sla.SlaDue;

/**
 * 办结: the request was resolved, with the result the party is told and how it was resolved.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param result what was done; not blank
 * @param how by the court's own handling, or (mostly by resolvers) by voluntary performance or settlement
 * @param resolution the resolution deadline in force at the resolution, every pause up to it credited: what the
 *     on-time rates judge against
 * @param callback when the satisfaction callback is due, counted from the resolution
 */
public record Resolved(
    RequestId requestId, Instant at, Actor actor, String result, ResolutionKind how, SlaDue resolution, SlaDue callback)
    implements WorkOrderEvent {
  /**
   * Checks the event and strips the result.
   *
   * @throws IllegalArgumentException if the result is blank or too long
   */
  public Resolved {
    Checks.common(requestId, at, actor);
    result = FreeText.required("result", result);
    requireNonNull(how, "how");
    requireNonNull(resolution, "resolution");
    requireNonNull(callback, "callback");
  }

  @Override
  public String kind() {
    return "Resolved";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.resolved(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
