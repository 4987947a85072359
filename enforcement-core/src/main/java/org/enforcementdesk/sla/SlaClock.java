package org.enforcementdesk.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.enforcementdesk.calendar.MissingYearException;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.calendar.WorkingCalendar;

/**
 * An SLA clock: one target of one work order, counted on a working calendar from the moment it started, standing
 * still while paused, until it stops. Immutable: every change returns a new clock, so a work order's clocks are a
 * fold of its events and replay to the same state.
 *
 * <pre>{@code
 * SlaClock clock = SlaClock.start(SlaTarget.RESOLUTION, Period.workingDays(5), receivedAt, calendar)
 *     .pause(PauseReason.of(PauseKind.WAITING_FOR_PARTY_MATERIALS), askedAt)
 *     .resume(materialsArrivedAt);
 * SlaStatus now = clock.status(instant);   // ON_TRACK, AT_RISK, BREACHED, ... with time left or overdue
 * }</pre>
 *
 * <p>How pauses are credited is set out in the {@linkplain org.enforcementdesk.sla package documentation}. When the
 * period changes mid-flight ({@link #withPeriod}, e.g. urgency raised), the deadline is computed again from the
 * original start with every pause still credited.
 *
 * <p>Laws: a pause of any length never makes the deadline earlier; a pause resumed at the instant it began changes
 * nothing; the deadline without pauses is {@code calendar.due(start, period)}.
 */
public final class SlaClock {

  /** The default share of a period after which a running clock is at risk (DOMAIN.md section 10: warn at 75%). */
  public static final double DEFAULT_AT_RISK_SHARE = 0.75;

  private final SlaTarget target;
  private final Period period;
  private final WorkingCalendar calendar;
  private final Instant startedAt;
  private final ImmutableList<Pause> pauses;
  private final Instant stoppedAt;
  private final double atRiskShare;
  private final Instant hardLimit;

  SlaClock(
      SlaTarget target,
      Period period,
      WorkingCalendar calendar,
      Instant startedAt,
      ImmutableList<Pause> pauses,
      Instant stoppedAt,
      double atRiskShare,
      Instant hardLimit) {
    this.target = target;
    this.period = period;
    this.calendar = calendar;
    this.startedAt = startedAt;
    this.pauses = pauses;
    this.stoppedAt = stoppedAt;
    this.atRiskShare = atRiskShare;
    this.hardLimit = hardLimit;
  }

  /**
   * Starts a clock.
   *
   * @param target what the clock measures; not null
   * @param period the period it is held to; not null
   * @param at when counting starts (for response and resolution: receipt of the request); not null
   * @param calendar the calendar time is counted on; not null
   * @throws NullPointerException if an argument is null
   */
  public static SlaClock start(SlaTarget target, Period period, Instant at, WorkingCalendar calendar) {
    return new SlaClock(
        requireNonNull(target, "target"),
        requireNonNull(period, "period"),
        requireNonNull(calendar, "calendar"),
        requireNonNull(at, "at"),
        ImmutableList.of(),
        null,
        DEFAULT_AT_RISK_SHARE,
        null);
  }

  /**
   * This clock with another at-risk share.
   *
   * @param share the share of the period after which the clock is at risk, strictly between 0 and 1
   * @throws IllegalArgumentException if the share is not strictly between 0 and 1
   */
  public SlaClock withAtRiskShare(double share) {
    checkArgument(share > 0 && share < 1, "at-risk share must be strictly between 0 and 1: %s", share);
    return new SlaClock(target, period, calendar, startedAt, pauses, stoppedAt, share, hardLimit);
  }

  /**
   * This clock capped by a hard limit (a seizure's expiry): it is due at the limit at the latest, paused or not, since
   * the law's limit is a point in time that no pause moves. Before the limit the clock counts as usual; once its
   * period's deadline would fall after the limit, the limit is the deadline and the used share is the share of the
   * natural time from the start to the limit.
   *
   * @param limit the latest instant the work may be done; not null
   * @throws NullPointerException if {@code limit} is null
   */
  public SlaClock withHardLimit(Instant limit) {
    requireNonNull(limit, "limit");
    return new SlaClock(target, period, calendar, startedAt, pauses, stoppedAt, atRiskShare, limit);
  }

  /**
   * This clock held to another period (urgency or target changed), still counted from the original start with every
   * pause credited.
   *
   * @throws NullPointerException if {@code newPeriod} is null
   * @throws IllegalStateException if the clock has stopped: a met or missed promise is history
   */
  public SlaClock withPeriod(Period newPeriod) {
    requireNonNull(newPeriod, "period");
    checkState(stoppedAt == null, "%s clock stopped at %s; its period can no longer change", target, stoppedAt);
    return new SlaClock(target, newPeriod, calendar, startedAt, pauses, stoppedAt, atRiskShare, hardLimit);
  }

  /**
   * Pauses the clock.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the clock is already paused or has stopped
   * @throws IllegalArgumentException if {@code at} is before the clock's last change
   */
  public SlaClock pause(PauseReason reason, Instant at) {
    requireNonNull(reason, "reason");
    requireNonNull(at, "at");
    checkState(stoppedAt == null, "%s clock stopped at %s; it cannot pause", target, stoppedAt);
    checkState(!isPaused(), "%s clock is already paused since %s", target, lastPause().map(Pause::from).orElse(null));
    checkNotBeforeLastChange(at, "pause");
    return withPauses(ImmutableList.<Pause>builder().addAll(pauses).add(Pause.since(reason, at)).build());
  }

  /**
   * Resumes a paused clock.
   *
   * @throws NullPointerException if {@code at} is null
   * @throws IllegalStateException if the clock is not paused
   * @throws IllegalArgumentException if {@code at} is before the pause began
   */
  public SlaClock resume(Instant at) {
    requireNonNull(at, "at");
    checkState(isPaused(), "%s clock is not paused; it cannot resume", target);
    checkNotBeforeLastChange(at, "resume");
    return withPauses(closeLastPause(at));
  }

  /**
   * Stops the clock: the target was met (or missed) at {@code at}. A paused clock is resumed and stopped at once.
   *
   * @throws NullPointerException if {@code at} is null
   * @throws IllegalStateException if the clock has already stopped
   * @throws IllegalArgumentException if {@code at} is before the clock's last change
   */
  public SlaClock stop(Instant at) {
    requireNonNull(at, "at");
    checkState(stoppedAt == null, "%s clock already stopped at %s", target, stoppedAt);
    checkNotBeforeLastChange(at, "stop");
    ImmutableList<Pause> closed = isPaused() ? closeLastPause(at) : pauses;
    return new SlaClock(target, period, calendar, startedAt, closed, at, atRiskShare, hardLimit);
  }

  /** What the clock measures; not null. */
  public SlaTarget target() {
    return target;
  }

  /** The period the clock is held to now; not null. */
  public Period period() {
    return period;
  }

  /** When counting started, at the calendar's offset; not null. */
  public OffsetDateTime startedAt() {
    return startedAt.atZone(calendar.zone()).toOffsetDateTime();
  }

  /** Every pause in order, the last one open while the clock is paused. */
  public ImmutableList<Pause> pauses() {
    return pauses;
  }

  /** When the clock stopped, at the calendar's offset, if it has. */
  public Optional<OffsetDateTime> stoppedAt() {
    return Optional.ofNullable(stoppedAt).map(at -> at.atZone(calendar.zone()).toOffsetDateTime());
  }

  /** The share of the period after which the running clock is at risk. */
  public double atRiskShare() {
    return atRiskShare;
  }

  /** Whether the clock stands paused now. */
  public boolean isPaused() {
    return lastPause().map(Pause::isOpen).orElse(false);
  }

  /** Whether the clock has stopped. */
  public boolean isStopped() {
    return stoppedAt != null;
  }

  /** The hard limit, if the clock has one ({@link #withHardLimit}). */
  public Optional<Instant> hardLimit() {
    return Optional.ofNullable(hardLimit);
  }

  /**
   * The deadline with every pause credited and capped by the hard limit, at the calendar's offset; empty while the
   * clock is paused, since the deadline then depends on when it resumes (see {@link #status} for a provisional one),
   * unless a hard limit gives it one: a paused clock with a limit is due at the limit.
   *
   * @throws MissingYearException if counting reaches a year without calendar data
   */
  public Optional<OffsetDateTime> dueAt() {
    if (isPaused()) {
      return hardLimit().map(this::inZone);
    }
    return Optional.of(inZone(capped(PauseCredit.due(calendar, startedAt, period, pauses))));
  }

  /**
   * When the running clock crosses its at-risk share, at the calendar's offset: the instant the handler should be
   * warned. Empty while paused or once stopped. If the share is already passed, the instant it was passed (or the
   * last resume, if the share was passed while paused). Where the hard limit comes before the period's deadline, the
   * same share of the natural time from the start to the limit.
   *
   * @throws MissingYearException if counting reaches a year without calendar data
   */
  public Optional<OffsetDateTime> atRiskAt() {
    if (isPaused() || isStopped()) {
      return Optional.empty();
    }
    Instant due = PauseCredit.due(calendar, startedAt, period, pauses);
    if (isCappedBy(due)) {
      long span = Duration.between(startedAt, hardLimit).toNanos();
      return Optional.of(inZone(startedAt.plusNanos((long) (span * atRiskShare))));
    }
    return Optional.of(inZone(PauseCredit.shareReachedAt(calendar, startedAt, period, pauses, due, atRiskShare)));
  }

  /**
   * What a running clock records when it starts, resumes or changes period: its deadline, its at-risk instant and its
   * deadline without pause credit, counted on this clock's calendar.
   *
   * @throws IllegalStateException if the clock is paused or stopped: only a running clock falls due
   * @throws MissingYearException if counting reaches a year without calendar data
   */
  public SlaDue schedule() {
    checkState(!isPaused() && !isStopped(), "%s clock is paused or stopped; it has nothing to schedule", target);
    return new SlaDue(
        calendar.counted(startedAt, period, dueAt().orElseThrow().toInstant()),
        atRiskAt().orElseThrow(),
        inZone(capped(calendar.due(startedAt, period).dueAt().toInstant())));
  }

  /**
   * The deadline in force when the clock stopped, every pause up to the stop credited and capped by the hard limit:
   * what the net on-time rate judges against.
   *
   * @throws IllegalStateException if the clock has not stopped
   * @throws MissingYearException if counting reaches a year without calendar data
   */
  public SlaDue finalSchedule() {
    checkState(isStopped(), "%s clock has not stopped", target);
    Instant due = capped(PauseCredit.due(calendar, startedAt, period, pauses));
    return new SlaDue(
        calendar.counted(startedAt, period, due),
        inZone(due),
        inZone(capped(calendar.due(startedAt, period).dueAt().toInstant())));
  }

  private Instant capped(Instant due) {
    return isCappedBy(due) ? hardLimit : due;
  }

  private boolean isCappedBy(Instant periodDue) {
    return hardLimit != null && periodDue.isAfter(hardLimit);
  }

  /**
   * The clock as it stood at {@code at}: only changes up to {@code at} count, so a past instant gives the status
   * the handler saw then. After the stop, the status is measured at the stop.
   *
   * @param at the instant to read the clock at, not before it started; not null
   * @throws NullPointerException if {@code at} is null
   * @throws IllegalArgumentException if {@code at} is before the clock started
   * @throws MissingYearException if counting reaches a year without calendar data
   */
  public SlaStatus status(Instant at) {
    requireNonNull(at, "at");
    checkArgument(!at.isBefore(startedAt), "%s clock started at %s, after %s", target, startedAt, at);
    boolean stopped = stoppedAt != null && !stoppedAt.isAfter(at);
    Instant end = stopped ? stoppedAt : at;
    List<Pause> credited = pausesUpTo(end);
    return read(at, PauseCredit.due(calendar, startedAt, period, credited));
  }

  /**
   * The status at {@code at} judged against a deadline recorded earlier rather than counted now: how a work order
   * reads a clock whose deadline its events recorded, so that the calendar measures used and remaining time but
   * never moves the deadline. While paused, the deadline is provisional and counted as in {@link #status}.
   *
   * @param recorded the deadline recorded when the clock last changed, capped by any hard limit
   */
  SlaStatus statusAgainst(Instant at, Instant recorded) {
    requireNonNull(at, "at");
    checkArgument(!at.isBefore(startedAt), "%s clock started at %s, after %s", target, startedAt, at);
    boolean stopped = stoppedAt != null && !stoppedAt.isAfter(at);
    if (!stopped && isPausedAt(at)) {
      return status(at);
    }
    // A recorded deadline at the limit is the limit's: read it as capped.
    Instant periodDue = hardLimit != null && !recorded.isBefore(hardLimit) ? Instant.MAX : recorded;
    return read(at, periodDue);
  }

  /** The status at {@code at} against the period's deadline {@code due} (before the hard limit caps it). */
  private SlaStatus read(Instant at, Instant due) {
    boolean stopped = stoppedAt != null && !stoppedAt.isAfter(at);
    Instant end = stopped ? stoppedAt : at;
    List<Pause> credited = pausesUpTo(end);
    boolean pausedNow = !stopped && isPausedAt(at);
    if (isCappedBy(due)) {
      return LimitedStatus.capped(pausedNow, this, hardLimit, at, calendar);
    }
    double used = PauseCredit.usedShare(calendar, startedAt, period, credited, end, due);
    boolean late = end.isAfter(due);
    SlaState state;
    if (stopped) {
      state = late ? SlaState.MET_LATE : SlaState.MET;
    } else if (late) {
      state = SlaState.BREACHED; // a pause after the deadline does not undo the breach
    } else if (pausedNow) {
      state = SlaState.PAUSED;
    } else {
      state = used >= atRiskShare ? SlaState.AT_RISK : SlaState.ON_TRACK;
    }
    return new SlaStatus(
        state,
        inZone(at),
        inZone(due),
        used,
        late ? Duration.ZERO : calendar.workingTimeBetween(end, due),
        late ? Duration.ZERO : Duration.between(end, due),
        late ? calendar.workingTimeBetween(due, end) : Duration.ZERO,
        late ? Duration.between(due, end) : Duration.ZERO);
  }

  private boolean isPausedAt(Instant at) {
    return pauses.stream().anyMatch(p -> p.covers(at));
  }

  /** The pauses that had begun by {@code end}, each ended no later than {@code end}. */
  private List<Pause> pausesUpTo(Instant end) {
    List<Pause> upTo = new ArrayList<>(pauses.size());
    for (Pause pause : pauses) {
      if (pause.from().isBefore(end)) {
        upTo.add(pause.endedBy(end));
      }
    }
    return upTo;
  }

  private Optional<Pause> lastPause() {
    return pauses.isEmpty() ? Optional.empty() : Optional.of(pauses.get(pauses.size() - 1));
  }

  private void checkNotBeforeLastChange(Instant at, String action) {
    Instant last =
        lastPause().map(p -> p.isOpen() ? p.from() : p.until()).filter(startedAt::isBefore).orElse(startedAt);
    checkArgument(!at.isBefore(last), "%s clock cannot %s at %s, before its last change at %s", target, action, at, last);
  }

  private ImmutableList<Pause> closeLastPause(Instant at) {
    Pause open = pauses.get(pauses.size() - 1);
    return ImmutableList.<Pause>builder()
        .addAll(pauses.subList(0, pauses.size() - 1))
        .add(Pause.between(open.reason(), open.from(), at))
        .build();
  }

  private SlaClock withPauses(ImmutableList<Pause> newPauses) {
    return new SlaClock(target, period, calendar, startedAt, newPauses, stoppedAt, atRiskShare, hardLimit);
  }

  private OffsetDateTime inZone(Instant instant) {
    return instant.atZone(calendar.zone()).toOffsetDateTime();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SlaClock that
        && target == that.target
        && period.equals(that.period)
        && calendar == that.calendar
        && startedAt.equals(that.startedAt)
        && pauses.equals(that.pauses)
        && Objects.equals(stoppedAt, that.stoppedAt)
        && atRiskShare == that.atRiskShare
        && Objects.equals(hardLimit, that.hardLimit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, period, startedAt, pauses, stoppedAt, atRiskShare, hardLimit);
  }

  @Override
  public String toString() {
    return "SlaClock["
        + target
        + " "
        + period
        + " from "
        + startedAt()
        + (pauses.isEmpty() ? "" : ", " + pauses.size() + " pauses")
        + (isPaused() ? ", paused" : "")
        + (stoppedAt == null ? "" : ", stopped " + stoppedAt().orElseThrow())
        + (hardLimit == null ? "" : ", no later than " + inZone(hardLimit))
        + "]";
  }
}
