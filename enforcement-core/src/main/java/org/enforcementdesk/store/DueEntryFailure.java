package org.enforcementdesk.store;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.enforcementdesk.order.DueEntry;

/**
 * A due entry the tick could not process: the work order and what came due, the error, how often it failed, and when
 * the tick may try again. While it waits, and for good once parked, {@link RequestLedger#dueBefore} leaves it out, so
 * one order that fails never holds up the others. Kept in the ledger, so it survives a restart.
 *
 * @param entry what came due, for which order; not null
 * @param attempts how many times processing it failed; positive
 * @param error the last failure: the exception's class and message, masked, at most 500 characters; not null
 * @param failedAt when it last failed; not null
 * @param retryAt when the tick may try it again; not before {@code failedAt}; meaningless once parked
 * @param parked whether the tick has given up on it until someone retries it by hand
 */
public record DueEntryFailure(
    DueEntry entry, int attempts, String error, Instant failedAt, Instant retryAt, boolean parked) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code attempts} is not positive or the retry comes before the failure
   */
  public DueEntryFailure {
    requireNonNull(entry, "entry");
    requireNonNull(error, "error");
    requireNonNull(failedAt, "failedAt");
    requireNonNull(retryAt, "retryAt");
    checkArgument(attempts > 0, "a failure has at least one attempt: %s", attempts);
    checkArgument(!retryAt.isBefore(failedAt), "retry at %s before the failure at %s", retryAt, failedAt);
  }

  /** Whether the tick leaves the entry out at {@code now}: parked, or waiting for its retry. */
  public boolean holdsAt(Instant now) {
    return parked || retryAt.isAfter(now);
  }
}
