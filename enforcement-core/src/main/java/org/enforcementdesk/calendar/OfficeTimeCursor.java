package org.enforcementdesk.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Walks office time forward from an instant, one stretch at a time: each stretch is the part of an office window on a
 * working day that lies at or after the start. Non-working days are skipped (and reported to the trace). The one walk
 * behind {@link WorkingCalendar#nextOpening}, {@link WorkingCalendar#workingTimeBetween} and working-hour deadlines;
 * it costs a bit test per day and a few instants per working day, never a walk by the minute.
 */
final class OfficeTimeCursor {

  private final WorkingCalendar calendar;
  private final Instant from;
  private final LocalDate through;
  private final Trace trace;

  private LocalDate date;
  private List<OfficeWindow> windows;
  private int index;
  private OfficeWindow window;
  private Instant start;
  private Instant end;

  /**
   * A walk from {@code from} that ends after the windows of {@code through} ({@link LocalDate#MAX}: never ends).
   */
  OfficeTimeCursor(WorkingCalendar calendar, Instant from, LocalDate through, Trace trace) {
    this.calendar = calendar;
    this.from = from;
    this.through = through;
    this.trace = trace;
    this.date = calendar.dateOf(from);
  }

  /** Moves to the next stretch of office time; false once the walk has passed {@code through}. */
  boolean next() {
    while (true) {
      if (windows == null) {
        if (date.isAfter(through)) {
          return false;
        }
        if (!calendar.isWorkingDay(date)) {
          trace.skipped(date);
          date = date.plusDays(1);
          continue;
        }
        windows = calendar.officeHours(date).windows();
        index = 0;
      }
      if (index == windows.size()) {
        windows = null;
        date = date.plusDays(1);
        continue;
      }
      OfficeWindow w = windows.get(index++);
      Instant windowEnd = calendar.at(date, w.end());
      if (windowEnd.isAfter(from)) {
        Instant windowStart = calendar.at(date, w.start());
        window = w;
        start = windowStart.isAfter(from) ? windowStart : from;
        end = windowEnd;
        return true;
      }
    }
  }

  /** The date of the current stretch. */
  LocalDate date() {
    return date;
  }

  /** The office window the current stretch lies in. */
  OfficeWindow window() {
    return window;
  }

  /** Where the current stretch starts: the window's opening, or the walk's start if that lies inside the window. */
  Instant start() {
    return start;
  }

  /** Where the current stretch ends (exclusive): the window's closing. */
  Instant end() {
    return end;
  }
}
