package org.enforcementdesk.notify;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What one {@link NotificationDispatcher#dispatch} call did with the notifications it took from the outbox.
 *
 * @param delivered handed to the sink successfully and marked delivered
 * @param failed offered to the sink, which threw; still pending
 * @param heldBack not offered, because an earlier notification of the same recipient about the same request failed
 *     in this call (or the call was interrupted); still pending
 */
public record DispatchReport(int delivered, int failed, int heldBack) {

  /**
   * Checks that no count is negative.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public DispatchReport {
    checkArgument(
        delivered >= 0 && failed >= 0 && heldBack >= 0,
        "counts cannot be negative: delivered %s, failed %s, held back %s",
        delivered,
        failed,
        heldBack);
  }

  /** How many notifications the call took from the outbox: {@code delivered + failed + heldBack}. */
  public int taken() {
    return delivered + failed + heldBack;
  }

  /** How many of those it took are still pending: {@code failed + heldBack}. */
  public int stillPending() {
    return failed + heldBack;
  }
}
