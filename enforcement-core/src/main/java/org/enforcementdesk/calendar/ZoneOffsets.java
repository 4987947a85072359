package org.enforcementdesk.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * A zone's offset at an instant, with a fast path for the time after the zone's last transition (Asia/Shanghai has
 * kept +08:00 since 1991): a comparison instead of a search of the zone's history, on every deadline the calendar
 * counts. Immutable.
 */
final class ZoneOffsets {

  private final ZoneRules rules;
  // From this epoch second on, the offset is fixedOffset for ever; Long.MAX_VALUE if the zone keeps changing.
  private final long fixedSince;
  private final ZoneOffset fixedOffset;

  ZoneOffsets(ZoneRules rules) {
    this.rules = rules;
    List<ZoneOffsetTransition> transitions = rules.getTransitions();
    if (rules.isFixedOffset()) {
      fixedSince = Long.MIN_VALUE;
      fixedOffset = rules.getOffset(Instant.EPOCH);
    } else if (rules.getTransitionRules().isEmpty() && !transitions.isEmpty()) {
      ZoneOffsetTransition last = transitions.get(transitions.size() - 1);
      fixedSince = last.getInstant().getEpochSecond();
      fixedOffset = last.getOffsetAfter();
    } else {
      fixedSince = Long.MAX_VALUE;
      fixedOffset = null;
    }
  }

  ZoneOffset at(Instant instant) {
    return instant.getEpochSecond() >= fixedSince ? fixedOffset : rules.getOffset(instant);
  }

  /** {@code instant} at the zone's offset then. */
  OffsetDateTime inZone(Instant instant) {
    ZoneOffset offset = at(instant);
    return OffsetDateTime.of(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset), offset);
  }

  /** The local epoch day of {@code instant}. */
  long epochDay(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond() + at(instant).getTotalSeconds(), 86_400);
  }
}
