package org.enforcementdesk.notify;

import java.util.List;
import java.util.Map;

/**
 * Where notifications wait for delivery. Notifications enter with the events that cause them (through the request
 * ledger's append, in one transaction); the dispatcher takes pending ones out and marks each delivered. The in-memory
 * request ledger is an outbox; a JDBC ledger keeps a table beside its events.
 */
public interface Outbox {

  /**
   * The oldest pending notifications, in the order they were recorded.
   *
   * @param limit how many at most; positive
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  List<Notification> pending(int limit);

  /**
   * Marks a notification delivered; marking it again, or marking an unknown key, changes nothing.
   *
   * @param idempotencyKey the notification's key; not null
   */
  void markDelivered(String idempotencyKey);

  /** How many notifications have been delivered, by kind (the seed court reports 19,165 pushes in a year). */
  Map<NotificationKind, Long> deliveredByKind();
}
