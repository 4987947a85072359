package org.enforcementdesk.order;

/**
 * A command's input is bad: a blank or too long text, an unknown resolver, a request id already used by another
 * request. The message names the field and what is wrong with it; nothing was recorded.
 */
public final class InvalidInputException extends CommandRefusedException {

  private static final long serialVersionUID = 1L;

  /**
   * A refusal of bad input.
   *
   * @param message what is wrong, naming the field; not null
   */
  public InvalidInputException(String message) {
    super(message);
  }

  /**
   * A refusal of bad input found by a value's own check.
   *
   * @param cause the check that failed; its message names the field
   */
  public InvalidInputException(IllegalArgumentException cause) {
    super(cause.getMessage(), cause);
  }
}
