package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.DueKind;

/**
 * A due entry a tick could not process: skipped, recorded in the ledger, retried on later ticks with a growing pause,
 * and parked (the centre director told) once it has failed five times. Every other due entry
 * is processed as usual.
 *
 * @param requestId the work order; not null
 * @param kind what came due; not null
 * @param dueAt when it came due; not null
 * @param error the exception's class and message, masked; not null
 * @param attempts how many times it has failed so far
 * @param parked whether this failure parked it
 */
public record TickFailure(RequestId requestId, DueKind kind, Instant dueAt, String error, int attempts, boolean parked) {

  /**
   * Checks that nothing is missing.
   *
   * @throws NullPointerException if a component is null
   */
  public TickFailure {
    requireNonNull(requestId, "requestId");
    requireNonNull(kind, "kind");
    requireNonNull(dueAt, "dueAt");
    requireNonNull(error, "error");
  }
}
