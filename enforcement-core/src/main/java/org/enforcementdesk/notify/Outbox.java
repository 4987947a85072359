package org.enforcementdesk.notify;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where notifications wait for delivery. Notifications enter with the events that cause them (through the request
 * ledger's append, in one transaction); the dispatcher takes pending ones out and marks each delivered. The in-memory
 * request ledger is an outbox; a JDBC ledger keeps a table beside its events.
 */
public interface Outbox {

  /**
   * The oldest pending notifications, in the order they were recorded; parked ones are not among them.
   *
   * @param limit how many at most; positive
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  List<Notification> pending(int limit);

  /**
   * Pending notifications for this dispatcher to deliver: those {@link #pending} gives, except that an outbox several
   * nodes share hands each to one dispatcher for a while (a lease), so that two nodes rarely deliver the same one (the
   * sink's deduplication by key covers the rest). The dispatcher reads through this; a single-node outbox gives what
   * {@code pending} gives.
   *
   * @param limit how many at most; positive
   * @return the notifications, oldest first, not null
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  default List<Notification> claimPending(int limit) {
    return pending(limit);
  }

  /**
   * Marks a notification delivered; marking it again, or marking an unknown key, changes nothing.
   *
   * @param idempotencyKey the notification's key; not null
   */
  void markDelivered(String idempotencyKey);

  /** How many notifications have been delivered, by kind (the seed court reports 19,165 pushes in a year). */
  Map<NotificationKind, Long> deliveredByKind();

  /**
   * Records that delivering a pending notification failed.
   *
   * @param idempotencyKey the notification's key; not null
   * @return how many deliveries of it have failed so far, this one included; 0 if the key is not pending
   */
  int recordFailure(String idempotencyKey);

  /**
   * Parks a pending notification: {@link #pending} no longer offers it, so that one notification that fails for good
   * never holds up the queue. {@code notice} (the centre director's notice of it) enters the queue in the same write.
   *
   * @param idempotencyKey the notification's key; not null
   * @param reason the last failure, without personal data; not null
   * @param notice the notice to record with it, or empty; not null
   * @return true if it was pending and is parked now; false for a key not pending (delivered, parked or unknown)
   */
  boolean park(String idempotencyKey, String reason, Optional<Notification> notice);

  /** The parked notifications, oldest first. */
  List<ParkedNotification> parked();

  /**
   * Puts a parked notification back in the queue, its failures forgotten: how a person retries it by hand once the
   * cause is fixed.
   *
   * @param idempotencyKey the notification's key; not null
   * @return true if it was parked; false otherwise (nothing changes)
   */
  boolean unpark(String idempotencyKey);
}
