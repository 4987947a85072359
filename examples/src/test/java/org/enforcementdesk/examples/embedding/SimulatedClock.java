package org.enforcementdesk.examples.embedding;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The host's clock in simulated time: it stands still until the test moves it to the next moment of the story. */
final class SimulatedClock extends Clock {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private volatile Instant now;

  SimulatedClock(String offsetDateTime) {
    set(offsetDateTime);
  }

  /** Moves the clock to {@code offsetDateTime}, e.g. {@code 2026-03-16T09:00+08:00}; only forwards, as time goes. */
  void set(String offsetDateTime) {
    Instant next = OffsetDateTime.parse(offsetDateTime).toInstant();
    if (now != null && next.isBefore(now)) {
      throw new IllegalArgumentException("the story cannot go back in time: " + offsetDateTime);
    }
    now = next;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return BEIJING;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the simulated clock has one zone");
  }
}
