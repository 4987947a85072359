package org.enforcementdesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.calendar.PeriodKind;
import org.enforcementdesk.calendar.WorkingCalendar;

/**
 * The arithmetic of paused time: when a period is due once its pauses are credited, and how much of it has been
 * used. The rules are those of the package documentation; every pause given here has ended.
 */
final class PauseCredit {

  private PauseCredit() {}

  /** When {@code period}, started at {@code start}, is due with these (ended, chronological) pauses credited. */
  static Instant due(WorkingCalendar calendar, Instant start, Period period, List<Pause> pauses) {
    return period.kind().countsDays()
        ? dueInDays(calendar, start, period, pauses)
        : dueInHours(calendar, start, period, pauses);
  }

  /** Hours: the period's time is spent around the pauses. */
  private static Instant dueInHours(WorkingCalendar calendar, Instant start, Period period, List<Pause> pauses) {
    return spend(calendar, period.kind() == PeriodKind.WORKING_HOURS, start, pauses, period.duration());
  }

  /**
   * The instant at which {@code amount} of counted time (office time when {@code working}, else natural time) has
   * passed since {@code start}, standing still during the pauses: spend it in the stretches between pauses, and
   * whatever is left after the last one runs from its end.
   */
  private static Instant spend(
      WorkingCalendar calendar, boolean working, Instant start, List<Pause> pauses, Duration amount) {
    Duration remaining = amount;
    Instant cursor = start;
    for (Pause pause : pauses) {
      Duration counted = measure(calendar, working, cursor, pause.from());
      if (counted.compareTo(remaining) >= 0) {
        break;
      }
      remaining = remaining.minus(counted);
      cursor = pause.until();
    }
    return working ? calendar.plusWorkingTime(cursor, remaining).toInstant() : cursor.plus(remaining);
  }

  /**
   * Days: each counted day after the day of receipt on which a pause that began before the (running) deadline stood,
   * extends the period by one day.
   */
  private static Instant dueInDays(WorkingCalendar calendar, Instant start, Period period, List<Pause> pauses) {
    boolean working = period.kind() == PeriodKind.WORKING_DAYS;
    LocalDate receipt = dateOf(calendar, start);
    Set<LocalDate> credited = new HashSet<>();
    Instant due = calendar.due(start, period).dueAt().toInstant();
    for (Pause pause : pauses) {
      if (!pause.from().isBefore(due)) {
        break; // paused only after the deadline had passed: a missed deadline stays missed
      }
      if (pause.from().equals(pause.until())) {
        continue;
      }
      LocalDate last = dateOf(calendar, pause.until().minusNanos(1));
      for (LocalDate day = dateOf(calendar, pause.from()); !day.isAfter(last); day = day.plusDays(1)) {
        if (day.isAfter(receipt) && (!working || calendar.isWorkingDay(day))) {
          credited.add(day);
        }
      }
      due = calendar.due(start, Period.of(period.kind(), period.days() + credited.size())).dueAt().toInstant();
    }
    return due;
  }

  /**
   * The share of the period used by {@code at}: counted time (office time for working kinds, natural time for
   * natural kinds) from the start to {@code at}, less paused time, over the same from the start to the deadline.
   */
  static double usedShare(
      WorkingCalendar calendar, Instant start, Period period, List<Pause> pauses, Instant at, Instant due) {
    boolean working = period.kind() == PeriodKind.WORKING_HOURS || period.kind() == PeriodKind.WORKING_DAYS;
    Duration total = countedTime(calendar, working, start, due, pauses);
    if (total.isZero()) {
      return at.isBefore(due) ? 0 : 1;
    }
    Duration used = countedTime(calendar, working, start, at, pauses);
    return (double) used.toNanos() / total.toNanos();
  }

  /**
   * The instant at which the used share reaches {@code share}, with every pause ended: counted time runs again from
   * the end of the last pause.
   */
  static Instant shareReachedAt(
      WorkingCalendar calendar, Instant start, Period period, List<Pause> pauses, Instant due, double share) {
    boolean working = period.kind() == PeriodKind.WORKING_HOURS || period.kind() == PeriodKind.WORKING_DAYS;
    Duration total = countedTime(calendar, working, start, due, pauses);
    Duration target = Duration.ofNanos((long) (total.toNanos() * share));
    return spend(calendar, working, start, pauses, target);
  }

  private static Duration countedTime(
      WorkingCalendar calendar, boolean working, Instant from, Instant to, List<Pause> pauses) {
    Duration counted = measure(calendar, working, from, to);
    for (Pause pause : pauses) {
      Instant pauseStart = max(pause.from(), from);
      Instant pauseEnd = min(pause.until(), to);
      if (pauseStart.isBefore(pauseEnd)) {
        counted = counted.minus(measure(calendar, working, pauseStart, pauseEnd));
      }
    }
    return counted;
  }

  private static Duration measure(WorkingCalendar calendar, boolean working, Instant from, Instant to) {
    if (!from.isBefore(to)) {
      return Duration.ZERO;
    }
    return working ? calendar.workingTimeBetween(from, to) : Duration.between(from, to);
  }

  private static LocalDate dateOf(WorkingCalendar calendar, Instant instant) {
    return instant.atZone(calendar.zone()).toLocalDate();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
