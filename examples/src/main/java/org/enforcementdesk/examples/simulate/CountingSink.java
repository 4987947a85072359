package org.enforcementdesk.examples.simulate;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.NotificationSink;

/**
 * The host's SMS and app push, simulated: it delivers everything and counts what it delivered by year and kind, the
 * host's figure behind 信息推送量 (the library's outbox keeps totals, not times).
 */
final class CountingSink implements NotificationSink {

  private final Clock clock;
  private final Map<Integer, Map<NotificationKind, Long>> byYear = new TreeMap<>();

  CountingSink(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void deliver(Notification notification) {
    int year = clock.instant().atZone(clock.getZone()).getYear();
    byYear.computeIfAbsent(year, any -> new EnumMap<>(NotificationKind.class)).merge(notification.kind(), 1L, Long::sum);
  }

  /** What was delivered in {@code year}, by kind. */
  Map<NotificationKind, Long> deliveredIn(int year) {
    return byYear.getOrDefault(year, Map.of());
  }
}
