package org.enforcementdesk.notify;

import org.enforcementdesk.model.LogSafe;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A notification the dispatcher stopped offering after it failed too often: it waits, outside the queue, until
 * someone retries it by hand ({@link Outbox#unpark}).
 *
 * @param notification the notification, as recorded; not null
 * @param attempts how many deliveries failed; positive
 * @param reason the last failure, as the dispatcher records it (the exception's class, no personal data); not null
 */
public record ParkedNotification(Notification notification, int attempts, String reason) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code attempts} is not positive
   */
  public ParkedNotification {
    requireNonNull(notification, "notification");
    requireNonNull(reason, "reason");
    checkArgument(attempts > 0, "a parked notification has failed at least once: %s", attempts);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
