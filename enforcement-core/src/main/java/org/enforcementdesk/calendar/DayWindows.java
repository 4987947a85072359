package org.enforcementdesk.calendar;

import java.util.List;

/**
 * One day's office hours as nanoseconds of the local day, with the office time before each window: what the calendar's
 * tables answer office-time questions with, without building a {@code LocalTime} or an {@code Instant}. One instance
 * per distinct {@link OfficeHours}; immutable.
 */
final class DayWindows {

  static final long DAY_NANOS = 86_400_000_000_000L;

  private final long[] start;
  private final long[] end;
  // Office time of the windows before window i.
  private final long[] before;
  private final long total;

  private DayWindows(long[] start, long[] end, long[] before, long total) {
    this.start = start;
    this.end = end;
    this.before = before;
    this.total = total;
  }

  static DayWindows of(OfficeHours hours) {
    List<OfficeWindow> windows = hours.windows();
    int n = windows.size();
    long[] start = new long[n];
    long[] end = new long[n];
    long[] before = new long[n];
    long total = 0;
    for (int i = 0; i < n; i++) {
      start[i] = windows.get(i).start().toNanoOfDay();
      end[i] = windows.get(i).end().toNanoOfDay();
      before[i] = total;
      total += end[i] - start[i];
    }
    return new DayWindows(start, end, before, total);
  }

  /** The office time of a working day with these hours. */
  long total() {
    return total;
  }

  /** When the last window closes, as nanoseconds of the day. */
  long closing() {
    return end[end.length - 1];
  }

  /** The office time in {@code [00:00, nanoOfDay)}. */
  long elapsed(long nanoOfDay) {
    long elapsed = 0;
    for (int i = 0; i < start.length && nanoOfDay > start[i]; i++) {
      elapsed += Math.min(nanoOfDay, end[i]) - start[i];
    }
    return elapsed;
  }

  /**
   * The nanosecond of the day at which {@code officeTime} ({@code 0 < officeTime <= total}) of office time has passed
   * since 00:00: inside a window, or at a window's end when the time is used up exactly there.
   */
  long reached(long officeTime) {
    int i = 0;
    while (before[i] + end[i] - start[i] < officeTime) {
      i++;
    }
    return start[i] + officeTime - before[i];
  }

  /**
   * The first nanosecond of the day at which the office is open with more than {@code officeTime} ({@code <
   * total}) of office time passed: the same instant if it lies inside a window, else the next window's opening.
   */
  long openAfter(long officeTime) {
    int i = 0;
    while (before[i] + end[i] - start[i] <= officeTime) {
      i++;
    }
    return start[i] + officeTime - before[i];
  }
}
