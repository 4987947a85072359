package org.enforcementdesk.desk;

import java.util.function.Supplier;
import org.enforcementdesk.store.ConcurrencyConflictException;

/**
 * The one retry loop of the desk: a command that loses a race for its work order or case reads again and decides
 * again, a few times, before it reports the conflict.
 */
final class Conflicts {

  /** How often a command tries before it reports a conflict. */
  static final int MAX_ATTEMPTS = 8;

  private Conflicts() {}

  /** Runs {@code attempt} until it does not meet a conflict, at most {@link #MAX_ATTEMPTS} times. */
  static <T> T retry(Supplier<T> attempt) {
    return retry(attempt, () -> {});
  }

  /**
   * Runs {@code attempt} until it does not meet a conflict, at most {@link #MAX_ATTEMPTS} times, telling {@code
   * onConflict} of each conflict met.
   *
   * @throws ConcurrencyConflictException the last conflict, if every attempt met one
   */
  static <T> T retry(Supplier<T> attempt, Runnable onConflict) {
    for (int attempts = 1; ; attempts++) {
      try {
        return attempt.get();
      } catch (ConcurrencyConflictException conflict) {
        onConflict.run();
        if (attempts == MAX_ATTEMPTS) {
          throw conflict;
        }
      }
    }
  }
}
