package org.enforcementdesk.store;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.ParkedNotification;
import org.enforcementdesk.notify.Recipient;

/**
 * The in-memory ledger's outbox: pending notifications in the order they were recorded, the keys of those already
 * delivered, delivery counts by kind, failed deliveries, and the notifications parked after too many.
 *
 * <p>Pending notifications sit in an insertion-ordered map by key, so taking the oldest costs what is taken and
 * marking one delivered is a single removal. A delivered notification leaves only its key behind: the key must stay
 * known, or a retried command could record the same notification again.
 *
 * <p>Not thread-safe: {@link InMemoryRequestLedger}'s lock guards every access.
 */
final class OutboxTable {

  private final LinkedHashMap<String, Notification> pending = new LinkedHashMap<>();
  private final Set<String> delivered = new HashSet<>();
  private final EnumMap<NotificationKind, Long> deliveredCounts = new EnumMap<>(NotificationKind.class);
  // Failed deliveries of pending notifications, and the notifications parked after too many.
  private final Map<String, Integer> failures = new HashMap<>();
  private final LinkedHashMap<String, ParkedNotification> parked = new LinkedHashMap<>();

  /**
   * Checks that none of these notifications' keys is in the outbox, nor repeated among them; changes nothing.
   *
   * @throws IllegalArgumentException naming the first key that is
   */
  void checkNew(List<Notification> notifications) {
    Set<String> seen = new HashSet<>();
    for (Notification notification : notifications) {
      String key = notification.idempotencyKey();
      checkArgument(
          !pending.containsKey(key) && !delivered.contains(key) && !parked.containsKey(key) && seen.add(key),
          "notification idempotency key \"%s\" (request %s) is already in the outbox; nothing was written",
          key,
          notification.requestId());
    }
  }

  /** Records notifications as pending, after {@link #checkNew} passed for them. */
  void addAll(List<Notification> notifications) {
    for (Notification notification : notifications) {
      pending.put(notification.idempotencyKey(), notification);
    }
  }

  /** The oldest pending notifications, at most {@code limit}: O(returned). */
  ImmutableList<Notification> oldest(int limit) {
    ImmutableList.Builder<Notification> oldest = ImmutableList.builder();
    int taken = 0;
    for (Notification notification : pending.values()) {
      if (taken == limit) {
        break;
      }
      oldest.add(notification);
      taken++;
    }
    return oldest.build();
  }

  /** Moves a pending notification to delivered; a delivered or unknown key changes nothing. */
  void markDelivered(String key) {
    Notification notification = pending.remove(key);
    if (notification != null) {
      failures.remove(key);
      delivered.add(key);
      deliveredCounts.merge(notification.kind(), 1L, Long::sum);
    }
  }

  /** Counts a failed delivery of a pending notification; 0 for a key not pending. */
  int recordFailure(String key) {
    return pending.containsKey(key) ? failures.merge(key, 1, Integer::sum) : 0;
  }

  /** Moves a pending notification to the parked ones; false if it is not pending. */
  boolean park(String key, String reason) {
    return park(key, reason, false);
  }

  private boolean park(String key, String reason, boolean erase) {
    Notification notification = pending.remove(key);
    if (notification == null) {
      return false;
    }
    int attempts = Math.max(1, failures.getOrDefault(key, 1));
    failures.remove(key);
    parked.put(key, new ParkedNotification(erase ? notification.erased() : notification, attempts, reason));
    return true;
  }

  /**
   * Parks every pending notification to the party without its values, and erases the values of those parked
   * before; returns how many were pending.
   */
  int eraseAllTo(Recipient party, String reason) {
    parked.replaceAll((key, p) -> p.notification().recipient().equals(party)
        ? new ParkedNotification(p.notification().erased(), p.attempts(), p.reason()) : p);
    List<String> keys = pending.values().stream().filter(n -> n.recipient().equals(party))
        .map(Notification::idempotencyKey).toList();
    keys.forEach(key -> park(key, reason, true));
    return keys.size();
  }

  /** The parked notifications, oldest parked first. */
  ImmutableList<ParkedNotification> parked() {
    return ImmutableList.copyOf(parked.values());
  }

  /** Puts a parked notification back in the queue, last; false if it is not parked. */
  boolean unpark(String key) {
    ParkedNotification p = parked.remove(key);
    if (p == null) {
      return false;
    }
    pending.put(key, p.notification());
    return true;
  }

  /** A snapshot of the delivery counts; kinds never delivered are absent. */
  ImmutableMap<NotificationKind, Long> deliveredByKind() {
    return Maps.immutableEnumMap(deliveredCounts);
  }
}
