package org.enforcementdesk.examples.simulate;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;
import org.enforcementdesk.calendar.WorkingCalendar;

/**
 * When people act: staff work in office hours on working days, so "a third of the way to the deadline" is a third of
 * the office time left, not of the nights and weekends in between. Urgent work (deadlines in natural hours) is done
 * in natural time, as it is at a court.
 */
final class OfficeTime {

  /** A working day's office time, roughly: the calendar's windows are 6.5 to 7 hours. */
  private static final Duration WORKING_DAY = Duration.ofHours(7);

  private final WorkingCalendar calendar;

  OfficeTime(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * The instant {@code fraction} of the way from {@code from} to {@code due}: in office time when there is office
   * time between them, else in natural time. A fraction above 1 goes past the deadline by as much again.
   */
  Instant wayTo(Instant from, OffsetDateTime due, double fraction, boolean natural) {
    Instant end = due.toInstant();
    if (!end.isAfter(from)) {
      return from;
    }
    if (!natural) {
      Duration office = calendar.workingTimeBetween(from, end);
      if (!office.isZero()) {
        return calendar.plusWorkingTime(from, scale(office, fraction)).toInstant();
      }
    }
    return from.plus(scale(Duration.between(from, end), fraction));
  }

  /** The instant after {@code days} working days of office time (fractions allowed) from {@code from}. */
  Instant afterWorkingDays(Instant from, double days) {
    return calendar.plusWorkingTime(from, scale(WORKING_DAY, days)).toInstant();
  }

  /** An instant in office hours between {@code minDays} and {@code maxDays} working days after {@code from}. */
  Instant someWorkingDaysAfter(Instant from, double minDays, double maxDays, SplittableRandom random) {
    return afterWorkingDays(from, minDays + random.nextDouble() * (maxDays - minDays));
  }

  private static Duration scale(Duration duration, double fraction) {
    return Duration.ofSeconds(Math.max(1, Math.round(duration.getSeconds() * fraction)));
  }
}
