package org.enforcementdesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Map;

/**
 * The working days of one year as a bit set (bit {@code dayOfYear - 1}), computed once so that asking about a day
 * costs a bit test. Never mutated after construction; {@link WorkingCalendar} publishes it through a concurrent map.
 */
final class WorkingYear {

  private final int year;
  private final boolean weekendsOnly;
  private final BitSet working;

  private WorkingYear(int year, boolean weekendsOnly, BitSet working) {
    this.year = year;
    this.weekendsOnly = weekendsOnly;
    this.working = working;
  }

  /**
   * Computes a year: Monday to Friday outside holidays, plus make-up working days, minus closures.
   *
   * @param holidays the table, or null to fall back to plain weekends
   * @param closures the court's closures of this year
   */
  static WorkingYear of(int year, HolidayTable holidays, Map<LocalDate, String> closures) {
    LocalDate first = LocalDate.of(year, 1, 1);
    int length = first.lengthOfYear();
    BitSet working = new BitSet(length);
    for (int i = 0; i < length; i++) {
      DayOfWeek dow = first.plusDays(i).getDayOfWeek();
      working.set(i, dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY);
    }
    if (holidays != null) {
      for (Holiday h : holidays.holidays(year)) {
        working.clear(h.first().getDayOfYear() - 1, h.last().getDayOfYear());
      }
      for (LocalDate d : holidays.makeUpWorkdays(year)) {
        working.set(d.getDayOfYear() - 1);
      }
    }
    for (LocalDate d : closures.keySet()) {
      working.clear(d.getDayOfYear() - 1);
    }
    return new WorkingYear(year, holidays == null, working);
  }

  int year() {
    return year;
  }

  /** True if the year has no holiday data and counts plain weekends. */
  boolean weekendsOnly() {
    return weekendsOnly;
  }

  /** Whether {@code date}, a date of this year, is a working day. */
  boolean isWorking(LocalDate date) {
    return working.get(date.getDayOfYear() - 1);
  }
}
