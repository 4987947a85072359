package org.enforcementdesk.order;

/**
 * Every failure a desk command reports, in one hierarchy a host can catch as a whole or by kind. Whatever the kind,
 * the command recorded nothing.
 *
 * <ul>
 *   <li>{@link CommandRefusedException}: the command was refused: the actor may not issue it ({@code
 *       PermissionDeniedException}), the work order's state does not allow it ({@link IllegalCommandException}), or
 *       its input is bad ({@link InvalidInputException}). Sending it again unchanged fails again.
 *   <li>{@code ConcurrencyConflictException}: other writers kept changing the same work order or case; the desk
 *       retried, then gave up. Trying again later may succeed.
 *   <li>{@code LedgerUnavailableException}: the ledger could not be reached or failed mid-write and rolled back.
 *       Trying again once it is back succeeds.
 * </ul>
 */
public abstract class DeskException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure with this message, not null. */
  protected DeskException(String message) {
    super(message);
  }

  /** A failure with this message and its cause. */
  protected DeskException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether sending the same command again later may succeed: true for conflicts and ledger failures. */
  public abstract boolean isRetryable();
}
