package org.enforcementdesk.notify;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An outbox in a list, for tests; the real in-memory one is the request ledger's. It keeps the {@link Outbox}
 * contract: pending in recording order, marking delivered idempotent, unknown keys ignored.
 */
final class FakeOutbox implements Outbox {

  private final Map<String, Notification> pending = new LinkedHashMap<>();
  private final Map<NotificationKind, Long> delivered = new EnumMap<>(NotificationKind.class);
  private int markCalls;
  private final Map<String, Integer> failures = new java.util.HashMap<>();
  private final Map<String, ParkedNotification> parked = new LinkedHashMap<>();

  /** Records notifications, as a ledger append would. */
  FakeOutbox add(Notification... notifications) {
    for (Notification n : notifications) {
      checkArgument(pending.putIfAbsent(n.idempotencyKey(), n) == null, "key recorded twice: %s", n.idempotencyKey());
    }
    return this;
  }

  @Override
  public synchronized List<Notification> pending(int limit) {
    checkArgument(limit > 0, "limit must be positive: %s", limit);
    return new ArrayList<>(pending.values()).subList(0, Math.min(limit, pending.size()));
  }

  @Override
  public synchronized void markDelivered(String idempotencyKey) {
    markCalls++;
    Notification n = pending.remove(idempotencyKey);
    if (n != null) {
      delivered.merge(n.kind(), 1L, Long::sum);
    }
  }

  @Override
  public synchronized Map<NotificationKind, Long> deliveredByKind() {
    return Map.copyOf(delivered);
  }

  @Override
  public synchronized int recordFailure(String idempotencyKey) {
    return pending.containsKey(idempotencyKey) ? failures.merge(idempotencyKey, 1, Integer::sum) : 0;
  }

  @Override
  public synchronized boolean park(String idempotencyKey, String reason, java.util.Optional<Notification> notice) {
    Notification n = pending.remove(idempotencyKey);
    if (n == null) {
      return false;
    }
    parked.put(idempotencyKey, new ParkedNotification(n, failures.getOrDefault(idempotencyKey, 1), reason));
    notice.ifPresent(this::add);
    return true;
  }

  @Override
  public synchronized List<ParkedNotification> parked() {
    return List.copyOf(parked.values());
  }

  @Override
  public synchronized boolean unpark(String idempotencyKey) {
    ParkedNotification p = parked.remove(idempotencyKey);
    if (p == null) {
      return false;
    }
    failures.remove(idempotencyKey);
    pending.put(idempotencyKey, p.notification());
    return true;
  }

  /** How many are still pending. */
  synchronized int pendingCount() {
    return pending.size();
  }

  /** How often {@link #markDelivered} was called. */
  synchronized int markCalls() {
    return markCalls;
  }
}
