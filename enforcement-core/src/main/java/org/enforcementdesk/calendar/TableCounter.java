package org.enforcementdesk.calendar;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;

/**
 * The counting rules of {@link DeadlineCounter}, answered from the {@link WorkingYear} tables: a deadline or an
 * amount of office time costs a lookup or a binary search per year it reaches, whatever its length. The results are
 * those of the walk to the nanosecond (a property test compares the two), and the derivation of a deadline still
 * comes from the walk, which explains each day.
 *
 * <p>Each method touches exactly the years the walk touches, so that {@link MissingYearPolicy#FAIL} refuses the same
 * counts. It returns null (-1 for office time) when a year on the way changes its zone offset (daylight saving
 * time): the caller then walks.
 */
final class TableCounter {

  private static final long DAY_SECONDS = 86_400;
  private static final long NANOS = 1_000_000_000L;

  private final WorkingYears years;
  private final ZoneOffsets offsets;

  TableCounter(WorkingYears years, ZoneOffsets offsets) {
    this.years = years;
    this.offsets = offsets;
  }

  /**
   * The provisional years among those a count of {@code period} from {@code start} to {@code due} consulted: from
   * the day of receipt (working hours), the day after it (working days) or the period's last day (natural days) to
   * the day of {@code due}; none for natural hours, which consult no holiday.
   */
  ImmutableSortedSet<Integer> provisionalYears(Instant start, Period period, Instant due) {
    // Every year a count touches has been computed by now, so a calendar with no provisional year yet has none here.
    if (period.kind() == PeriodKind.NATURAL_HOURS || !years.anyProvisional()) {
      return ImmutableSortedSet.of();
    }
    long firstDay = epochDay(start);
    if (period.kind() == PeriodKind.WORKING_DAYS) {
      firstDay++;
    } else if (period.kind() == PeriodKind.NATURAL_DAYS) {
      firstDay += period.days();
    }
    int last = WorkingYears.yearOfEpochDay(epochDay(due));
    ImmutableSortedSet.Builder<Integer> provisional = null;
    for (int year = WorkingYears.yearOfEpochDay(firstDay); year <= last; year++) {
      if (years.basis(year) == YearBasis.PROVISIONAL) {
        provisional = provisional == null ? ImmutableSortedSet.naturalOrder() : provisional;
        provisional.add(year);
      }
    }
    return provisional == null ? ImmutableSortedSet.of() : provisional.build();
  }

  /** The instant {@code amount} nanoseconds of office time after {@code start}; {@code amount > 0}. */
  Instant workingHours(Instant start, long amount) {
    WorkingYear y = yearOf(start);
    if (y == null) {
      return null;
    }
    long target = position(y, start) + amount;
    int from = dayIndex(y, start);
    while (target > y.officeTime()) {
      target -= y.officeTime();
      y = years.get(y.year() + 1);
      from = 0;
      if (!y.fixedOffset()) {
        return null;
      }
    }
    int day = y.dayReaching(from, target, false);
    return instant(y, day, y.windows(day).reached(target - y.officeBefore(day)));
  }

  /** Office time in {@code [from, to)}, nanoseconds; {@code from < to}. -1 if a year on the way is not fixed. */
  long officeTimeBetween(Instant from, Instant to) {
    WorkingYear first = yearOf(from);
    // The last instant inside the half-open interval decides the last year, as in the walk.
    WorkingYear last = yearOf(to.minusNanos(1));
    if (first == null || last == null) {
      return -1;
    }
    long total = -position(first, from);
    for (int year = first.year(); year < last.year(); year++) {
      WorkingYear y = years.get(year);
      if (!y.fixedOffset()) {
        return -1;
      }
      total += y.officeTime();
    }
    return total + position(last, to);
  }

  /** {@code instant} if the office is open then, else the next opening. */
  Instant nextOpening(Instant instant) {
    WorkingYear y = yearOf(instant);
    if (y == null) {
      return null;
    }
    long position = position(y, instant);
    int from = dayIndex(y, instant);
    while (position >= y.officeTime()) {
      y = years.get(y.year() + 1);
      if (!y.fixedOffset()) {
        return null;
      }
      position = 0;
      from = 0;
    }
    int day = y.dayReaching(from, position, true);
    return instant(y, day, y.windows(day).openAfter(position - y.officeBefore(day)));
  }

  /** Close of office hours on the {@code count}-th working day after the day of {@code start}. */
  Instant workingDays(Instant start, int count) {
    long epochDay = epochDay(start) + 1;
    WorkingYear y = years.ofEpochDay(epochDay);
    int from = (int) (epochDay - y.firstEpochDay());
    return closeOfNthWorkingDay(y, from, count);
  }

  /** Close of office hours on the {@code days}-th day after the day of {@code start}, or the next working day. */
  Instant naturalDays(Instant start, int days) {
    long epochDay = epochDay(start) + days;
    WorkingYear y = years.ofEpochDay(epochDay);
    return closeOfNthWorkingDay(y, (int) (epochDay - y.firstEpochDay()), 1);
  }

  private Instant closeOfNthWorkingDay(WorkingYear year, int from, int count) {
    WorkingYear y = year;
    int day = from;
    int remaining = count;
    while (true) {
      if (!y.fixedOffset()) {
        return null;
      }
      int found = y.nthWorkingDayFrom(day, remaining);
      if (found >= 0) {
        return instant(y, found, y.windows(found).closing());
      }
      remaining -= y.workingDays() - y.workingBefore(day);
      y = years.get(y.year() + 1);
      day = 0;
    }
  }

  /** The year {@code instant} falls in, if the zone keeps one offset in it; else null. */
  private WorkingYear yearOf(Instant instant) {
    WorkingYear y = years.ofEpochDay(epochDay(instant));
    return y.fixedOffset() ? y : null;
  }

  /** The local epoch day of {@code instant} in the calendar's zone (without touching any year's holiday data). */
  long epochDay(Instant instant) {
    return offsets.epochDay(instant);
  }

  /** Office time of year {@code y} before {@code instant}, clamped to the year. */
  private static long position(WorkingYear y, Instant instant) {
    long local = instant.getEpochSecond() - y.firstEpochSecond();
    if (local < 0) {
      return 0;
    }
    long day = local / DAY_SECONDS;
    if (day >= y.length()) {
      return y.officeTime();
    }
    int index = (int) day;
    long nanoOfDay = (local - day * DAY_SECONDS) * NANOS + instant.getNano();
    return y.officeBefore(index) + (y.isWorking(index) ? y.windows(index).elapsed(nanoOfDay) : 0);
  }

  /** The day index of {@code instant} in its own year {@code y}. */
  private static int dayIndex(WorkingYear y, Instant instant) {
    return (int) ((instant.getEpochSecond() - y.firstEpochSecond()) / DAY_SECONDS);
  }

  private static Instant instant(WorkingYear y, int day, long nanoOfDay) {
    return Instant.ofEpochSecond(y.firstEpochSecond() + day * DAY_SECONDS + nanoOfDay / NANOS, nanoOfDay % NANOS);
  }
}
