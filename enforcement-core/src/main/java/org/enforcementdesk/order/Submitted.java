package org.enforcementdesk.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.policy.CaseHistory;

/**
 * 收件: the request arrived through a channel, with what was known of its case at that moment.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param request the request as submitted; its id is the work order's id
 * @param history the case's history when it arrived
 */
public record Submitted(RequestId requestId, Instant at, Actor actor, Request request, CaseHistory history)
    implements WorkOrderEvent {
  /**
   * Checks that the request is the one the event names.
   *
   * @throws IllegalArgumentException if the request has another id
   */
  public Submitted {
    Checks.common(requestId, at, actor);
    requireNonNull(request, "request");
    requireNonNull(history, "history");
    checkArgument(request.id().equals(requestId), "submitted request %s under id %s", request.id(), requestId);
  }

  @Override
  public String kind() {
    return "Submitted";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.submitted(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
