package org.enforcementdesk.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One stretch of time an SLA clock stood still, half-open {@code [from, until)}, with its reason. While the clock is
 * still paused, {@code until} is absent.
 *
 * @param reason why; not null
 * @param from when the pause began; not null
 * @param until when the clock resumed, or null while it is still paused; not before {@code from}
 */
public record Pause(PauseReason reason, Instant from, Instant until) {

  /**
   * Validates the pause.
   *
   * @throws NullPointerException if {@code reason} or {@code from} is null
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public Pause {
    requireNonNull(reason, "reason");
    requireNonNull(from, "from");
    checkArgument(until == null || !until.isBefore(from), "a pause cannot end before it begins: %s > %s", from, until);
  }

  /** Whether the clock is still paused. */
  public boolean isOpen() {
    return until == null;
  }

  /** When the clock resumed, if it has. */
  public Optional<Instant> resumedAt() {
    return Optional.ofNullable(until);
  }

  /** The pause's natural length, if it has ended. */
  public Optional<Duration> length() {
    return resumedAt().map(end -> Duration.between(from, end));
  }

  /** This pause as it stood at {@code at}: ended then if it was still running. */
  Pause endedBy(Instant at) {
    return until != null && !until.isAfter(at) ? this : new Pause(reason, from, at);
  }
}
