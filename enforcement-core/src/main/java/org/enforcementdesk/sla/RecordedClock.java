package org.enforcementdesk.sla;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.enforcementdesk.calendar.CountedDeadline;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.calendar.WorkingCalendar;

/**
 * An SLA clock as a work order's events recorded it: its period, start, pauses and stop, its hard limit, and the
 * deadlines the commands counted when they started, resumed or re-timed it ({@link SlaDue}). It never counts time:
 * every deadline it gives was recorded, so folding the same events gives the same clock whatever calendar is in
 * force when they are read. A command that needs a new deadline counts it on {@link #counting(WorkingCalendar) a
 * counting clock} and records the result.
 *
 * <p>Immutable. Instants go out at the offset of the recorded deadline (the calendar zone's).
 */
public final class RecordedClock {

  private final SlaTarget target;
  private final Period period;
  private final Instant startedAt;
  private final ImmutableList<Pause> pauses;
  private final Instant stoppedAt;
  private final Instant hardLimit;
  private final SlaDue due;

  private RecordedClock(
      SlaTarget target,
      Period period,
      Instant startedAt,
      ImmutableList<Pause> pauses,
      Instant stoppedAt,
      Instant hardLimit,
      SlaDue due) {
    this.target = target;
    this.period = period;
    this.startedAt = startedAt;
    this.pauses = pauses;
    this.stoppedAt = stoppedAt;
    this.hardLimit = hardLimit;
    this.due = due;
  }

  /**
   * A clock started at {@code at}, with the deadlines its command counted.
   *
   * @param hardLimit the latest instant the work may be done whatever the period says, if any
   * @throws NullPointerException if an argument is null
   */
  public static RecordedClock started(
      SlaTarget target, Period period, Instant at, Optional<Instant> hardLimit, SlaDue due) {
    return new RecordedClock(
        requireNonNull(target, "target"),
        requireNonNull(period, "period"),
        requireNonNull(at, "at"),
        ImmutableList.of(),
        null,
        requireNonNull(hardLimit, "hardLimit").orElse(null),
        requireNonNull(due, "due"));
  }

  /**
   * This clock paused at {@code at}: no deadline is due until it resumes, except the hard limit.
   *
   * @throws IllegalStateException if it is paused or stopped already
   */
  public RecordedClock paused(PauseReason reason, Instant at) {
    checkRunning("pause");
    ImmutableList<Pause> more = ImmutableList.<Pause>builder().addAll(pauses).add(Pause.since(reason, at)).build();
    return new RecordedClock(target, period, startedAt, more, null, hardLimit, due);
  }

  /**
   * This clock resumed at {@code at}, with the deadlines its command counted, the pause credited.
   *
   * @throws IllegalStateException if it is not paused
   */
  public RecordedClock resumed(Instant at, SlaDue counted) {
    requireNonNull(counted, "counted");
    checkState(isPaused() && stoppedAt == null, "%s clock is not paused; it cannot resume", target);
    return new RecordedClock(target, period, startedAt, closeLastPause(at), null, hardLimit, counted);
  }

  /**
   * This clock held to another period. A running clock comes with its new deadlines; a paused one gets them when it
   * resumes.
   *
   * @param counted the deadlines under the new period; present exactly when the clock is running
   * @throws IllegalStateException if the clock has stopped, or the deadlines are missing or present against that rule
   */
  public RecordedClock withPeriod(Period newPeriod, Optional<SlaDue> counted) {
    requireNonNull(newPeriod, "newPeriod");
    checkState(stoppedAt == null, "%s clock stopped at %s; its period can no longer change", target, stoppedAt);
    checkState(counted.isPresent() != isPaused(), "%s clock %s new deadlines", target, isPaused() ? "paused: no" : "running: needs");
    return new RecordedClock(target, newPeriod, startedAt, pauses, null, hardLimit, counted.orElse(due));
  }

  /**
   * This running clock held to revised due dates: a provisional deadline counted again once its year's notice was
   * loaded. Nothing else about the clock changes.
   *
   * @throws IllegalStateException if the clock is paused or stopped: only a running clock's deadline is in force
   */
  public RecordedClock revised(SlaDue revised) {
    requireNonNull(revised, "revised");
    checkRunning("have its deadline revised");
    return new RecordedClock(target, period, startedAt, pauses, null, hardLimit, revised);
  }

  /**
   * The due dates as last recorded: the deadline, the at-risk instant and the deadline without pauses. While paused,
   * those recorded before the pause.
   */
  public SlaDue recordedDue() {
    return due;
  }

  /**
   * This running clock stopped at {@code at}: the target was met (or missed) then, against the recorded deadline.
   *
   * @throws IllegalStateException if the clock is paused (its final deadline must be counted: {@link #stopped(Instant,
   *     SlaDue)}) or has stopped already
   */
  public RecordedClock stopped(Instant at) {
    checkRunning("stop without a final deadline");
    return new RecordedClock(target, period, startedAt, pauses, requireNonNull(at, "at"), hardLimit, due);
  }

  /**
   * This clock stopped at {@code at} with the final deadline its command counted (every pause up to the stop
   * credited); a paused clock's pause ends at the stop.
   *
   * @throws IllegalStateException if the clock has stopped already
   */
  public RecordedClock stopped(Instant at, SlaDue counted) {
    requireNonNull(at, "at");
    requireNonNull(counted, "counted");
    checkState(stoppedAt == null, "%s clock already stopped at %s", target, stoppedAt);
    ImmutableList<Pause> closed = isPaused() ? closeLastPause(at) : pauses;
    return new RecordedClock(target, period, startedAt, closed, at, hardLimit, counted);
  }

  /** What the clock measures. */
  public SlaTarget target() {
    return target;
  }

  /** The period it is held to now. */
  public Period period() {
    return period;
  }

  /** When counting started. */
  public OffsetDateTime startedAt() {
    return inZone(startedAt);
  }

  /** Every pause in order, the last one open while the clock is paused. */
  public ImmutableList<Pause> pauses() {
    return pauses;
  }

  /** When the clock stopped, if it has. */
  public Optional<OffsetDateTime> stoppedAt() {
    return Optional.ofNullable(stoppedAt).map(this::inZone);
  }

  /** The hard limit, if the clock has one. */
  public Optional<OffsetDateTime> hardLimit() {
    return Optional.ofNullable(hardLimit).map(this::inZone);
  }

  /** Whether the clock stands paused now. */
  public boolean isPaused() {
    return !pauses.isEmpty() && pauses.get(pauses.size() - 1).isOpen();
  }

  /** Whether the clock has stopped. */
  public boolean isStopped() {
    return stoppedAt != null;
  }

  /**
   * The recorded deadline: every pause credited, capped by the hard limit. Empty while paused, since it depends on
   * when the clock resumes, unless a hard limit gives it one.
   */
  public Optional<OffsetDateTime> dueAt() {
    if (isPaused()) {
      return hardLimit();
    }
    return Optional.of(due.at());
  }

  /** The recorded deadline with the version of the calendar that counted it; empty while paused. */
  public Optional<CountedDeadline> deadline() {
    return isPaused() ? Optional.empty() : Optional.of(due.deadline());
  }

  /** When the running clock passes its at-risk share, as recorded; empty while paused or once stopped. */
  public Optional<OffsetDateTime> atRiskAt() {
    return isPaused() || isStopped() ? Optional.empty() : Optional.of(due.atRisk());
  }

  /**
   * The deadline without pause credit, as last recorded (what the gross on-time rate judges against). While paused
   * it is the one recorded before the pause.
   */
  public OffsetDateTime dueWithoutPauses() {
    return due.withoutPauses();
  }

  /**
   * This clock as a counting clock on {@code calendar}: what a command asks for the deadlines it records (a resume,
   * a new period, a stop while paused).
   *
   * @throws NullPointerException if {@code calendar} is null
   */
  public SlaClock counting(WorkingCalendar calendar) {
    return new SlaClock(
        target, period, requireNonNull(calendar, "calendar"), startedAt, pauses, stoppedAt,
        SlaClock.DEFAULT_AT_RISK_SHARE, hardLimit);
  }

  /**
   * The clock read at {@code at}, at or after its last change, judged against the recorded deadline: the calendar
   * measures the used share and the working time left or overdue, and gives the provisional deadline of a paused
   * clock, but never moves a recorded deadline.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code at} is before the clock started
   */
  public SlaStatus status(Instant at, WorkingCalendar calendar) {
    return counting(calendar).statusAgainst(at, due.at().toInstant());
  }

  private void checkRunning(String action) {
    checkState(stoppedAt == null, "%s clock stopped at %s; it cannot %s", target, stoppedAt, action);
    checkState(!isPaused(), "%s clock is paused; it cannot %s", target, action);
  }

  private ImmutableList<Pause> closeLastPause(Instant at) {
    Pause open = pauses.get(pauses.size() - 1);
    return ImmutableList.<Pause>builder()
        .addAll(pauses.subList(0, pauses.size() - 1))
        .add(Pause.between(open.reason(), open.from(), at))
        .build();
  }

  private OffsetDateTime inZone(Instant instant) {
    ZoneOffset offset = due.at().getOffset();
    return instant.atOffset(offset);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordedClock that
        && target == that.target
        && period.equals(that.period)
        && startedAt.equals(that.startedAt)
        && pauses.equals(that.pauses)
        && Objects.equals(stoppedAt, that.stoppedAt)
        && Objects.equals(hardLimit, that.hardLimit)
        && due.equals(that.due);
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, period, startedAt, pauses, stoppedAt, hardLimit, due);
  }

  @Override
  public String toString() {
    return "RecordedClock[" + target + " " + period + " from " + startedAt()
        + (isPaused() ? ", paused" : ", due " + due.at())
        + (stoppedAt == null ? "" : ", stopped " + inZone(stoppedAt)) + "]";
  }
}
