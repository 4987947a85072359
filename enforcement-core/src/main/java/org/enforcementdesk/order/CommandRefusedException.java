package org.enforcementdesk.order;

/**
 * A command the desk refused: nothing was recorded, and sending it again unchanged fails again. The message says why
 * in words a clerk can act on, and reveals nothing the actor may not see.
 */
public abstract class CommandRefusedException extends DeskException {

  private static final long serialVersionUID = 1L;

  /** A refusal with this message, not null. */
  protected CommandRefusedException(String message) {
    super(message);
  }

  /** A refusal with this message and the check that failed. */
  protected CommandRefusedException(String message, Throwable cause) {
    super(message, cause);
  }

  /** {@return false: a refused command fails again unless it is changed} */
  @Override
  public final boolean isRetryable() {
    return false;
  }
}
