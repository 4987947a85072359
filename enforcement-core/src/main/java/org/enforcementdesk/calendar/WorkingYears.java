package org.enforcementdesk.calendar;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A calendar's years, each computed once on first use from the holiday table or, for a year the table does not cover,
 * as its {@link MissingYearPolicy} says. Years 1900-2299 are also kept in an array, so the hot path finds a year with
 * an index rather than a boxed key; a racing reader that misses it there falls back to the concurrent map, which
 * computes each year exactly once (which is what makes the warning about a missing year appear once per year).
 */
final class WorkingYears {

  private static final Logger LOG = LoggerFactory.getLogger(WorkingYears.class);
  private static final int FIRST_CACHED = 1900;
  private static final int CACHED = 400;

  private final HolidayTable holidays;
  private final ImmutableSortedMap<LocalDate, String> closures;
  private final MissingYearPolicy whenYearMissing;
  private final OfficeHours[] hoursByDay;
  private final ZoneId zone;
  private final ConcurrentMap<Integer, WorkingYear> years = new ConcurrentHashMap<>();
  // Plain array: WorkingYear's fields are final, so a reader that sees the reference sees the whole year.
  private final WorkingYear[] cached = new WorkingYear[CACHED];
  // Set once the first provisional year is computed: until then no deadline can be provisional.
  private volatile boolean anyProvisional;

  WorkingYears(HolidayTable holidays, ImmutableSortedMap<LocalDate, String> closures, MissingYearPolicy whenYearMissing,
      OfficeHours[] hoursByDay, ZoneId zone) {
    this.holidays = holidays;
    this.closures = closures;
    this.whenYearMissing = whenYearMissing;
    this.hoursByDay = hoursByDay;
    this.zone = zone;
  }

  /**
   * The year, computed on first use.
   *
   * @throws MissingYearException if the table lacks the year and the policy is {@link MissingYearPolicy#FAIL}
   */
  WorkingYear get(int year) {
    int slot = year - FIRST_CACHED;
    if (slot >= 0 && slot < CACHED) {
      WorkingYear y = cached[slot];
      if (y == null) {
        y = years.computeIfAbsent(year, this::compute);
        cached[slot] = y;
      }
      return y;
    }
    return years.computeIfAbsent(year, this::compute);
  }

  /** The year an epoch day falls in; touches no other year (a missing neighbour must not fail the count). */
  WorkingYear ofEpochDay(long epochDay) {
    return get(yearOfEpochDay(epochDay));
  }

  /** The year of an epoch day, by arithmetic alone. */
  static int yearOfEpochDay(long epochDay) {
    // 365.2425 days a year on average: the estimate is off by at most one.
    int year = (int) Math.floorDiv(epochDay * 10_000, 3_652_425) + 1970;
    if (epochDay < firstEpochDay(year)) {
      return year - 1;
    }
    return epochDay >= firstEpochDay(year + 1) ? year + 1 : year;
  }

  /** The epoch day of 1 January of {@code year}, proleptic Gregorian, without building a date. */
  static long firstEpochDay(int year) {
    long before = year - 1L;
    return 365 * before + Math.floorDiv(before, 4) - Math.floorDiv(before, 100) + Math.floorDiv(before, 400) - 719_162;
  }

  /** Whether any year of this calendar has been counted provisionally so far. */
  boolean anyProvisional() {
    return anyProvisional;
  }

  /** What the year is counted with, computing it if need be. */
  YearBasis basis(int year) {
    return get(year).basis();
  }

  private WorkingYear compute(int year) {
    ImmutableSortedMap<LocalDate, String> yearClosures =
        closures.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true);
    if (holidays.covers(year)) {
      return WorkingYear.of(year, YearBasis.NOTICE, holidays.year(year), yearClosures, hoursByDay, zone);
    }
    String missing = "no holiday data for " + year + " in " + holidays;
    switch (whenYearMissing) {
      case FAIL:
        throw new MissingYearException(year, missing + ": " + MissingYearException.remedy(year));
      case WEEKENDS_ONLY:
        LOG.warn(
            "{}: counting plain weekends for {} (MissingYearPolicy.WEEKENDS_ONLY); deadlines in {} ignore its official"
                + " holidays until a holiday file with the year is supplied",
            missing, year, year);
        return WorkingYear.of(year, YearBasis.WEEKENDS_ONLY, null, yearClosures, hoursByDay, zone);
      default:
        HolidayYear derived = StatutoryHolidays.of(year);
        LOG.warn(
            "{}: {} is provisional, counted with the holidays of {} (MissingYearPolicy.PROVISIONAL); every deadline"
                + " that reaches it says so until the State Council notice for {} is added with"
                + " HolidayTable.extendedWith and handed to the desk",
            missing, year, derived.source(), year);
        anyProvisional = true;
        return WorkingYear.of(year, YearBasis.PROVISIONAL, derived, yearClosures, hoursByDay, zone);
    }
  }
}
