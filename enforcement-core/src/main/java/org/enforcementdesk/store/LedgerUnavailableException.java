package org.enforcementdesk.store;

import org.enforcementdesk.order.DeskException;

/**
 * The ledger could not be reached, or failed in the middle of a write and rolled it back (a database restarting, a
 * network cut). Nothing was written; the same command succeeds once the ledger is back. A ledger implementation
 * reports every failure of its storage this way, with the storage's own exception as the cause.
 */
public final class LedgerUnavailableException extends DeskException {

  private static final long serialVersionUID = 1L;

  /**
   * A storage failure.
   *
   * @param message what was being done, e.g. {@code "append to work order R-1"}; not null
   * @param cause the storage's own failure; not null
   */
  public LedgerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** {@return true: the storage failed, not the command} */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
