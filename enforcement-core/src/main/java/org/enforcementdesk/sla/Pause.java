package org.enforcementdesk.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One stretch of time an SLA clock stood still, half-open {@code [from, resumedAt)}, with its reason. While the clock
 * is still paused, {@code resumedAt} is empty.
 *
 * @param reason why; not null
 * @param from when the pause began; not null
 * @param resumedAt when the clock resumed, empty while it is still paused; not before {@code from}
 */
public record Pause(PauseReason reason, Instant from, Optional<Instant> resumedAt) {

  /**
   * Checks the pause.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the resumption is before {@code from}
   */
  public Pause {
    requireNonNull(reason, "reason");
    requireNonNull(from, "from");
    requireNonNull(resumedAt, "resumedAt");
    checkArgument(
        resumedAt.filter(until -> until.isBefore(from)).isEmpty(),
        "a pause cannot end before it begins: %s > %s",
        from,
        resumedAt.orElse(null));
  }

  /** A pause still running since {@code from}. */
  static Pause since(PauseReason reason, Instant from) {
    return new Pause(reason, from, Optional.empty());
  }

  /** A pause that stood from {@code from} until {@code until}. */
  static Pause between(PauseReason reason, Instant from, Instant until) {
    return new Pause(reason, from, Optional.of(until));
  }

  /** Whether the clock is still paused. */
  public boolean isOpen() {
    return resumedAt.isEmpty();
  }

  /** The pause's natural length, if it has ended. */
  public Optional<Duration> length() {
    return resumedAt.map(end -> Duration.between(from, end));
  }

  /** When a pause that has ended ended; only asked of ended pauses. */
  Instant until() {
    return resumedAt.orElseThrow(() -> new IllegalStateException("the pause since " + from + " has not ended"));
  }

  /** This pause as it stood at {@code at}: ended then if it was still running. */
  Pause endedBy(Instant at) {
    return resumedAt.filter(until -> !until.isAfter(at)).isPresent() ? this : between(reason, from, at);
  }

  /** Whether the clock stood paused at {@code at}. */
  boolean covers(Instant at) {
    return !from.isAfter(at) && resumedAt.map(until -> until.isAfter(at)).orElse(true);
  }
}
