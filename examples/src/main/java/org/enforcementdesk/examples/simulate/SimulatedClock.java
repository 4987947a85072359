package org.enforcementdesk.examples.simulate;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The simulated court's clock: it stands still until the simulation moves it to the next thing that happens, so
 * every instant the desk stamps is chosen by the simulation and never by the machine. Moving backwards is refused,
 * because the desk's history must run forwards.
 */
final class SimulatedClock extends Clock {

  private final ZoneId zone;
  private Instant now;

  SimulatedClock(Instant start, ZoneId zone) {
    this.now = requireNonNull(start, "start");
    this.zone = requireNonNull(zone, "zone");
  }

  /**
   * Moves the clock to {@code instant}.
   *
   * @throws IllegalArgumentException if {@code instant} is before the clock's instant
   */
  void moveTo(Instant instant) {
    if (instant.isBefore(now)) {
      throw new IllegalArgumentException("the simulated clock cannot go back from " + now + " to " + instant);
    }
    now = instant;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    SimulatedClock copy = new SimulatedClock(now, other);
    return copy;
  }
}
