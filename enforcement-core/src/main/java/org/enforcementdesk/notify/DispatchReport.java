package org.enforcementdesk.notify;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What one {@link NotificationDispatcher#dispatch} call did with the notifications it took from the outbox.
 *
 * @param delivered handed to the sink successfully and marked delivered
 * @param failed offered to the sink, which threw; still pending
 * @param heldBack not offered, because an earlier notification of the same recipient about the same request failed
 *     in this call (or the call was interrupted); still pending
 * @param parked of the failed, those that reached the dispatcher's attempt limit and were parked: no longer pending,
 *     waiting for a retry by hand, the centre director told
 */
public record DispatchReport(int delivered, int failed, int heldBack, int parked) {

  /**
   * Checks that no count is negative.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public DispatchReport {
    checkArgument(
        delivered >= 0 && failed >= 0 && heldBack >= 0 && parked >= 0 && parked <= failed,
        "counts cannot be negative, nor more parked than failed: delivered %s, failed %s, held back %s, parked %s",
        delivered,
        failed,
        heldBack,
        parked);
  }

  /**
   * A report of a call that parked nothing.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public DispatchReport(int delivered, int failed, int heldBack) {
    this(delivered, failed, heldBack, 0);
  }

  /** How many notifications the call took from the outbox: {@code delivered + failed + heldBack}. */
  public int taken() {
    return delivered + failed + heldBack;
  }

  /** How many of those it took are still pending: {@code failed - parked + heldBack}. */
  public int stillPending() {
    return failed - parked + heldBack;
  }
}
