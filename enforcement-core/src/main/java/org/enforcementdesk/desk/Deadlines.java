package org.enforcementdesk.desk;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.enforcementdesk.calendar.CountedDeadline;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.order.Delegation;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.sla.RecordedClock;
import org.enforcementdesk.sla.SlaClock;
import org.enforcementdesk.sla.SlaDue;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.sla.SlaTargets;

/**
 * The one place a command counts time: every deadline an event records is counted here, on the desk's calendar,
 * when the command runs. The fold then only reads what was recorded, so a work order replays to the same deadlines
 * whatever calendar is in force later.
 *
 * <p>The calendar can be swapped while the desk runs ({@link #swap}): every command runs {@link #pinned} (a read
 * lock), and the swap takes the write lock, so a command counts all its deadlines on one calendar and no command
 * that counted on the old calendar commits after the swap. The revision that follows a swap therefore sees every
 * deadline the old calendar counted.
 */
final class Deadlines {

  private final ReentrantReadWriteLock swapping = new ReentrantReadWriteLock();
  private volatile WorkingCalendar calendar;

  Deadlines(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  WorkingCalendar calendar() {
    return calendar;
  }

  /** Runs one attempt of a command with the calendar held still. */
  <T> T pinned(Supplier<T> attempt) {
    swapping.readLock().lock();
    try {
      return attempt.get();
    } finally {
      swapping.readLock().unlock();
    }
  }

  /** Puts {@code next} in force once every command under way has finished; returns the calendar it replaced. */
  WorkingCalendar swap(WorkingCalendar next) {
    swapping.writeLock().lock();
    try {
      WorkingCalendar previous = calendar;
      calendar = next;
      return previous;
    } finally {
      swapping.writeLock().unlock();
    }
  }

  /** A deadline {@code period} after {@code from}: a delegation's, a rectification item's, a callback's. */
  CountedDeadline after(Instant from, Period period) {
    return calendar.due(from, period).counted();
  }

  /** The response clock of an accepted request, counted from its receipt. */
  SlaDue response(Request request, IntakeDecision decision) {
    return SlaClock.start(SlaTarget.RESPONSE, decision.targets().response(), request.receivedAt().toInstant(), calendar)
        .schedule();
  }

  /** The resolution clock of an accepted request, counted from its receipt and capped by the rules' hard limit. */
  SlaDue resolution(Request request, IntakeDecision decision) {
    SlaClock clock =
        SlaClock.start(SlaTarget.RESOLUTION, decision.targets().resolution(), request.receivedAt().toInstant(), calendar);
    return capped(clock, decision.resolutionLimit().map(limit -> limit.toInstant())).schedule();
  }

  /** The resolution clock resuming at {@code at}, its pause credited. */
  SlaDue resumed(WorkOrder order, Instant at) {
    return resolution(order).resume(at).schedule();
  }

  /** The resolution clock resuming as a delegation that paused it comes back; empty if it did not pause it. */
  Optional<SlaDue> returned(WorkOrder order, Instant at) {
    boolean paused = order.delegations().stream().reduce((a, b) -> b).filter(Delegation::pausesResolution).isPresent();
    return paused ? Optional.of(resumed(order, at)) : Optional.empty();
  }

  /**
   * The resolution deadline in force when the clock stops at {@code at}: a running clock's recorded deadline (which a
   * revision may have kept as told), a paused one's counted with every pause up to the stop credited.
   */
  SlaDue stopped(WorkOrder order, Instant at) {
    RecordedClock recorded = order.clock(SlaTarget.RESOLUTION).orElseThrow();
    if (!recorded.isPaused()) {
      SlaDue due = recorded.recordedDue();
      return new SlaDue(due.deadline(), due.at(), due.withoutPauses());
    }
    return resolution(order).stop(at).finalSchedule();
  }

  /** The callback clock, started at the resolution. */
  SlaDue callback(WorkOrder order, Instant resolvedAt) {
    return SlaClock.start(SlaTarget.CALLBACK, targets(order).callback(), resolvedAt, calendar).schedule();
  }

  /** A new resolution round from a reopening, with the period in force; the hard limit stays. */
  SlaDue reopened(WorkOrder order, Instant at) {
    SlaClock clock = SlaClock.start(SlaTarget.RESOLUTION, targets(order).resolution(), at, calendar);
    return capped(clock, order.resolutionLimit().map(limit -> limit.toInstant())).schedule();
  }

  /** A running clock of {@code target} held to its new period; empty if the clock is stopped or paused. */
  Optional<SlaDue> withPeriod(WorkOrder order, SlaTarget target, Period period) {
    return order.clock(target)
        .filter(clock -> !clock.isStopped() && !clock.isPaused())
        .map(clock -> clock.counting(calendar).withPeriod(period).schedule());
  }

  /** The targets in force on an accepted order. */
  static SlaTargets targets(WorkOrder order) {
    return order.targets().orElseThrow(() -> new IllegalStateException("order " + order.id() + " is not accepted"));
  }

  private SlaClock resolution(WorkOrder order) {
    RecordedClock recorded =
        order.clock(SlaTarget.RESOLUTION)
            .orElseThrow(() -> new IllegalStateException("order " + order.id() + " has no resolution clock"));
    return recorded.counting(calendar);
  }

  private static SlaClock capped(SlaClock clock, Optional<Instant> limit) {
    return limit.map(clock::withHardLimit).orElse(clock);
  }
}
