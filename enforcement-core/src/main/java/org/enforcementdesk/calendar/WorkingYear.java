package org.enforcementdesk.calendar;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One year of a calendar as tables, computed once: the number of working days before each day, the office time of
 * the working days before each day, and each day's office windows. Whether a day is a working day, the n-th working
 * day after a date, and the office time up to any instant are then a subtraction or a binary search, never a walk.
 *
 * <p>The office-time table holds local nanoseconds, so it answers for instants only in a year in which the zone keeps
 * one offset ({@link #fixedOffset()}: every year of Asia/Shanghai since 1992); {@link TableCounter} leaves other years
 * to the walk. Never mutated after construction; safe to share between threads through its final fields.
 */
final class WorkingYear {

  private final int year;
  private final YearBasis basis;
  private final HolidayYear holidays;
  private final Map<LocalDate, String> closures;
  private final long firstEpochDay;
  private final int length;
  // workingBefore[i]: working days among days 0..i-1 of the year; length + 1 entries.
  private final int[] workingBefore;
  private final DayWindows[] windows;
  // officeBefore[i]: office time (nanoseconds) of the working days among days 0..i-1; length + 1 entries.
  private final long[] officeBefore;
  private final boolean fixedOffset;
  private final long offsetSeconds;
  private final long firstEpochSecond;

  private WorkingYear(int year, YearBasis basis, HolidayYear holidays, Map<LocalDate, String> closures,
      OfficeHours[] hoursByDay, ZoneId zone) {
    this.year = year;
    this.basis = basis;
    this.holidays = holidays;
    this.closures = closures;
    LocalDate first = LocalDate.of(year, 1, 1);
    this.firstEpochDay = first.toEpochDay();
    this.length = first.lengthOfYear();
    this.workingBefore = new int[length + 1];
    this.windows = new DayWindows[length];
    this.officeBefore = new long[length + 1];
    Map<OfficeHours, DayWindows> distinct = new IdentityHashMap<>();
    for (int i = 0; i < length; i++) {
      LocalDate date = first.plusDays(i);
      OfficeHours hours = hoursByDay[OfficeSeason.dayOfLeapYear(date.getMonth(), date.getDayOfMonth())];
      windows[i] = distinct.computeIfAbsent(hours, DayWindows::of);
      boolean working = computeWorking(date);
      workingBefore[i + 1] = workingBefore[i] + (working ? 1 : 0);
      officeBefore[i + 1] = officeBefore[i] + (working ? windows[i].total() : 0);
    }
    ZoneRules rules = zone.getRules();
    Instant start = first.atStartOfDay(zone).toInstant();
    Instant end = first.plusYears(1).atStartOfDay(zone).toInstant();
    ZoneOffsetTransition next = rules.nextTransition(start.minusSeconds(1));
    this.fixedOffset = next == null || !next.getInstant().isBefore(end.plusSeconds(1));
    this.offsetSeconds = rules.getOffset(start).getTotalSeconds();
    this.firstEpochSecond = start.getEpochSecond();
  }

  /**
   * Computes a year.
   *
   * @param holidays the year's holidays (a notice's, or derived for a provisional year), or null for plain weekends
   * @param closures the court's closures of this year
   * @param hoursByDay office hours by day of a leap year
   */
  static WorkingYear of(int year, YearBasis basis, HolidayYear holidays, Map<LocalDate, String> closures,
      OfficeHours[] hoursByDay, ZoneId zone) {
    return new WorkingYear(year, basis, holidays, closures, hoursByDay, zone);
  }

  private boolean computeWorking(LocalDate date) {
    if (closures.containsKey(date) || holidayOn(date).isPresent()) {
      return false;
    }
    DayOfWeek dow = date.getDayOfWeek();
    boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    return !weekend || isMakeUpWorkday(date);
  }

  int year() {
    return year;
  }

  YearBasis basis() {
    return basis;
  }

  /** The epoch day of 1 January. */
  long firstEpochDay() {
    return firstEpochDay;
  }

  /** Days in the year. */
  int length() {
    return length;
  }

  /** The year's holidays, from the notice or the derivation; empty for plain weekends. */
  ImmutableList<Holiday> holidays() {
    return holidays == null ? ImmutableList.of() : holidays.holidays();
  }

  /** Where the year's holidays come from: the notice as the table cites it, the regulation, or plain weekends. */
  String source() {
    return holidays == null ? "plain weekends (MissingYearPolicy.WEEKENDS_ONLY)" : holidays.source();
  }

  /** The holiday a date of this year falls in, from the notice or the derivation. */
  Optional<Holiday> holidayOn(LocalDate date) {
    if (holidays != null) {
      for (Holiday h : holidays.holidays()) {
        if (h.contains(date)) {
          return Optional.of(h);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a date of this year is a make-up working day of the notice. */
  boolean isMakeUpWorkday(LocalDate date) {
    return holidays != null && holidays.makeUpWorkdays().contains(date);
  }

  /** The closure on a date of this year, or null. */
  String closureOn(LocalDate date) {
    return closures.get(date);
  }

  /** Whether day {@code index} (0 = 1 January) is a working day. */
  boolean isWorking(int index) {
    return workingBefore[index + 1] > workingBefore[index];
  }

  /** Whether {@code date}, a date of this year, is a working day. */
  boolean isWorking(LocalDate date) {
    return isWorking(date.getDayOfYear() - 1);
  }

  /** Working days among days {@code 0..index-1}; {@code index} may be the year's length. */
  int workingBefore(int index) {
    return workingBefore[index];
  }

  /** Working days in the whole year. */
  int workingDays() {
    return workingBefore[length];
  }

  /**
   * The first day index at or after {@code from} by which {@code count} (at least 1) working days of the year have
   * passed counting from day {@code from}; -1 if the year ends first.
   */
  int nthWorkingDayFrom(int from, int count) {
    int target = workingBefore[from] + count;
    if (target > workingBefore[length]) {
      return -1;
    }
    // The smallest day i with workingBefore[i + 1] >= target. Working days are most days, so the answer nearly always
    // lies within half as many days again (plus a Spring Festival): search there first.
    int lo = from;
    int near = from + count + count / 2 + 16;
    int hi = near < length - 1 && workingBefore[near + 1] >= target ? near : length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (workingBefore[mid + 1] >= target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  DayWindows windows(int index) {
    return windows[index];
  }

  /** Whether the zone keeps one offset all year, so that the office-time table answers for instants. */
  boolean fixedOffset() {
    return fixedOffset;
  }

  /** The zone's offset in this year, in seconds; meaningful only for a {@link #fixedOffset()} year. */
  long offsetSeconds() {
    return offsetSeconds;
  }

  /** The epoch second of 1 January 00:00 local time. */
  long firstEpochSecond() {
    return firstEpochSecond;
  }

  /** Office time in the whole year. */
  long officeTime() {
    return officeBefore[length];
  }

  /** Office time of the working days among days {@code 0..index-1}. */
  long officeBefore(int index) {
    return officeBefore[index];
  }

  /**
   * The smallest day index, not before {@code from}, whose end has office time {@code >= position} passed since the
   * year began ({@code 0 < position <= officeTime()}), or, with {@code strictly}, {@code > position} ({@code 0 <=
   * position < officeTime()}); the caller knows the answer is not before {@code from}.
   */
  int dayReaching(int from, long position, boolean strictly) {
    int lo = from;
    int hi = length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      long after = officeBefore[mid + 1];
      if (strictly ? after > position : after >= position) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Why {@code date}, a date of this year, is or is not a working day. */
  DayNote note(LocalDate date) {
    Optional<Holiday> holiday = holidayOn(date);
    if (holiday.isPresent()) {
      return new DayNote(DayNote.Kind.HOLIDAY, holiday.get().name(), basis);
    }
    String closure = closures.get(date);
    if (closure != null) {
      return new DayNote(DayNote.Kind.CLOSURE, closure, basis);
    }
    if (isMakeUpWorkday(date)) {
      return new DayNote(DayNote.Kind.MAKE_UP_WORKDAY, "", basis);
    }
    return new DayNote(isWorking(date) ? DayNote.Kind.WEEKDAY : DayNote.Kind.WEEKEND, "", basis);
  }
}
