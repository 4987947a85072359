package org.enforcementdesk.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The counting rules of the four period kinds (DOMAIN.md section 5), each costing about one step per day spanned.
 * Every rule reports what it does to a {@link Trace}; see {@link WorkingCalendar#due} for the semantics.
 */
final class DeadlineCounter {

  private DeadlineCounter() {}

  static Instant due(WorkingCalendar calendar, Instant start, Period period, Trace trace) {
    trace.received(start, period);
    switch (period.kind()) {
      case NATURAL_HOURS:
        Instant due = start.plus(period.duration());
        trace.dueAfter(due, period);
        return due;
      case WORKING_HOURS:
        return workingHours(calendar, start, period.duration(), trace);
      case WORKING_DAYS:
        return workingDays(calendar, start, period.days(), trace);
      default:
        return naturalDays(calendar, start, period.days(), trace);
    }
  }

  static Instant workingHours(WorkingCalendar calendar, Instant start, Duration length, Trace trace) {
    OfficeTimeCursor office = new OfficeTimeCursor(calendar, start, LocalDate.MAX, trace);
    Duration remaining = length;
    boolean first = true;
    while (true) {
      office.next(); // an unbounded walk always finds more office time, or throws for a year without data
      if (first && office.start().isAfter(start)) {
        trace.countingStarts(office.start());
      }
      first = false;
      Duration available = Duration.between(office.start(), office.end());
      if (remaining.compareTo(available) <= 0) {
        Instant due = office.start().plus(remaining);
        trace.officeTimeCounted(office.date(), office.window(), office.start(), due, length, length);
        // Used up exactly at a window's end: due then, the office's last moment of work on it, not at the next opening.
        trace.usedUp(due, office.window(), due.equals(office.end()));
        return due;
      }
      remaining = remaining.minus(available);
      trace.officeTimeCounted(
          office.date(), office.window(), office.start(), office.end(), length.minus(remaining), length);
    }
  }

  private static Instant workingDays(WorkingCalendar calendar, Instant start, int days, Trace trace) {
    LocalDate date = calendar.dateOf(start);
    int counted = 0;
    while (counted < days) {
      date = date.plusDays(1);
      if (calendar.isWorkingDay(date)) {
        counted++;
        trace.workingDayCounted(date, counted, days);
      } else {
        trace.skipped(date);
      }
    }
    return closeOfOffice(calendar, date, trace);
  }

  private static Instant naturalDays(WorkingCalendar calendar, Instant start, int days, Trace trace) {
    LocalDate last = calendar.dateOf(start).plusDays(days);
    trace.lastNaturalDay(last, days);
    // 民法典 Art. 203: a last day that is a rest day moves the end to the next working day.
    LocalDate date = last;
    while (!calendar.isWorkingDay(date)) {
      if (!date.equals(last)) {
        trace.skipped(date);
      }
      date = date.plusDays(1);
    }
    return closeOfOffice(calendar, date, trace);
  }

  private static Instant closeOfOffice(WorkingCalendar calendar, LocalDate date, Trace trace) {
    Instant due = calendar.at(date, calendar.officeHours(date).closing());
    trace.dueAtClose(due);
    return due;
  }
}
