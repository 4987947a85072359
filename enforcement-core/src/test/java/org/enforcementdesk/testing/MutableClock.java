package org.enforcementdesk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A test clock that stands still until moved, so every instant in a test is chosen by the test. */
public final class MutableClock extends Clock {

  private volatile Instant now;

  public MutableClock(String offsetDateTime) {
    this.now = OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  public void set(String offsetDateTime) {
    now = OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  public void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.ofHours(8);
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a test clock has one zone");
  }
}
