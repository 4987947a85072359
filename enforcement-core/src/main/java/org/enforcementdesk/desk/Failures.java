package org.enforcementdesk.desk;

import org.enforcementdesk.notify.Masking;

/**
 * How the desk writes down an exception it survives (a due entry the tick skipped, an order a revision could not
 * touch): for the ledger and the director, its class and message, masked and cut short; for the log, the stack trace
 * under that same text. The message may hold a party's phone or identity number, which must never reach either.
 */
final class Failures {

  private static final int MAX_LENGTH = 500;

  private Failures() {}

  /** The exception's class and message, masked, at most 500 characters. */
  static String describe(RuntimeException e) {
    String text = e.getClass().getSimpleName() + ": " + Masking.mask(String.valueOf(e.getMessage()));
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 3) + "...";
  }

  /** A copy to log: the stack trace of {@code e} under its masked description. */
  static RuntimeException masked(RuntimeException e) {
    RuntimeException copy = new RuntimeException(describe(e));
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }
}
