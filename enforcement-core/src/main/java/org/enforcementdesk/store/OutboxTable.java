package org.enforcementdesk.store;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;

/**
 * The in-memory ledger's outbox: pending notifications in the order they were recorded, the keys of those already
 * delivered, and delivery counts by kind.
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
          !pending.containsKey(key) && !delivered.contains(key) && seen.add(key),
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
      delivered.add(key);
      deliveredCounts.merge(notification.kind(), 1L, Long::sum);
    }
  }

  /** A snapshot of the delivery counts; kinds never delivered are absent. */
  ImmutableMap<NotificationKind, Long> deliveredByKind() {
    return Maps.immutableEnumMap(deliveredCounts);
  }
}
