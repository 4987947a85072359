package org.enforcementdesk.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A period an indicator is reported for: whole days {@code [start, end)} of the court's calendar, half-open, with the
 * granularity it was made with. The instants that bound it are the starts of those days in the calendar's zone
 * (Asia/Shanghai for {@code WorkingCalendar.china()}), so a request received at 23:59 on 31 March Beijing time is in
 * March whatever the offset it arrived with.
 *
 * <pre>{@code
 * ReportPeriod march = ReportPeriod.month(2026, 3);   // 2026-03-01 .. 2026-04-01
 * march.previous();                                    // 2026-02
 * march.yearEarlier();                                 // 2025-03
 * }</pre>
 *
 * <p>Immutable; equal when granularity and days are equal.
 */
public final class ReportPeriod {

  private final Granularity granularity;
  private final LocalDate start;
  private final LocalDate end;

  private ReportPeriod(Granularity granularity, LocalDate start, LocalDate end) {
    this.granularity = granularity;
    this.start = start;
    this.end = end;
  }

  /**
   * One calendar day.
   *
   * @throws NullPointerException if {@code day} is null
   */
  public static ReportPeriod day(LocalDate day) {
    requireNonNull(day, "day");
    return new ReportPeriod(Granularity.DAY, day, day.plusDays(1));
  }

  /**
   * The ISO week (Monday to Sunday) that contains {@code anyDay}.
   *
   * @throws NullPointerException if {@code anyDay} is null
   */
  public static ReportPeriod week(LocalDate anyDay) {
    requireNonNull(anyDay, "anyDay");
    LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new ReportPeriod(Granularity.WEEK, monday, monday.plusWeeks(1));
  }

  /**
   * A calendar month.
   *
   * @param year the year, e.g. 2026
   * @param month the month, 1 to 12
   * @throws IllegalArgumentException if the month is out of range
   */
  public static ReportPeriod month(int year, int month) {
    checkArgument(month >= 1 && month <= 12, "month must be 1-12: %s", month);
    LocalDate first = LocalDate.of(year, month, 1);
    return new ReportPeriod(Granularity.MONTH, first, first.plusMonths(1));
  }

  /**
   * A calendar quarter.
   *
   * @param year the year, e.g. 2026
   * @param quarter the quarter, 1 to 4
   * @throws IllegalArgumentException if the quarter is out of range
   */
  public static ReportPeriod quarter(int year, int quarter) {
    checkArgument(quarter >= 1 && quarter <= 4, "quarter must be 1-4: %s", quarter);
    LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
    return new ReportPeriod(Granularity.QUARTER, first, first.plusMonths(3));
  }

  /** A calendar year. */
  public static ReportPeriod year(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    return new ReportPeriod(Granularity.YEAR, first, first.plusYears(1));
  }

  /**
   * Any range of whole days, half-open: {@code start} counts, {@code end} does not.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public static ReportPeriod between(LocalDate start, LocalDate end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(end.isAfter(start), "period end %s must be after its start %s", end, start);
    return new ReportPeriod(Granularity.CUSTOM, start, end);
  }

  /** The granularity it was made with; not null. */
  public Granularity granularity() {
    return granularity;
  }

  /** The first day, which counts; not null. */
  public LocalDate start() {
    return start;
  }

  /** The day after the last, which does not count; not null. */
  public LocalDate end() {
    return end;
  }

  /** The number of days in the period. */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end);
  }

  /**
   * The instant the period starts in {@code zone}: the start of its first day.
   *
   * @throws NullPointerException if {@code zone} is null
   */
  public Instant startIn(ZoneId zone) {
    return start.atStartOfDay(requireNonNull(zone, "zone")).toInstant();
  }

  /**
   * The instant the period ends in {@code zone} (exclusive): the start of the day after its last.
   *
   * @throws NullPointerException if {@code zone} is null
   */
  public Instant endIn(ZoneId zone) {
    return end.atStartOfDay(requireNonNull(zone, "zone")).toInstant();
  }

  /** The period of the same granularity just before this one; a custom range moves back by its own length. */
  public ReportPeriod previous() {
    switch (granularity) {
      case DAY:
        return day(start.minusDays(1));
      case WEEK:
        return week(start.minusWeeks(1));
      case MONTH:
        return month(start.minusMonths(1).getYear(), start.minusMonths(1).getMonthValue());
      case QUARTER:
        LocalDate before = start.minusMonths(3);
        return quarter(before.getYear(), (before.getMonthValue() + 2) / 3);
      case YEAR:
        return year(start.getYear() - 1);
      default:
        return between(start.minusDays(lengthInDays()), start);
    }
  }

  /**
   * The same period a year earlier, for year-over-year change: the same day (28 February for 29 February), the week
   * with the same ISO week number (week 52 for a week 53 the earlier year lacks), the same month, quarter or year, or
   * a custom range moved back one year.
   */
  public ReportPeriod yearEarlier() {
    switch (granularity) {
      case DAY:
        return day(start.minusYears(1));
      case WEEK:
        int weekYear = start.get(IsoFields.WEEK_BASED_YEAR) - 1;
        long week = start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        LocalDate mid = LocalDate.of(weekYear, 7, 1);
        long weeks = mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        return week(mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Math.min(week, weeks)));
      case MONTH:
        return month(start.getYear() - 1, start.getMonthValue());
      case QUARTER:
        return quarter(start.getYear() - 1, (start.getMonthValue() + 2) / 3);
      case YEAR:
        return year(start.getYear() - 1);
      default:
        // The same length a year earlier, counted from the start: a range ending on 29 February still has one.
        LocalDate earlier = start.minusYears(1);
        return between(earlier, earlier.plusDays(lengthInDays()));
    }
  }

  /**
   * A short stable label: {@code 2026-03-05} (day), {@code 2026-W10} (week), {@code 2026-03} (month), {@code 2026-Q1}
   * (quarter), {@code 2026} (year), {@code 2026-03-01..2026-04-01} (custom, end exclusive).
   */
  public String label() {
    switch (granularity) {
      case DAY:
        return start.toString();
      case WEEK:
        long week = start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return start.get(IsoFields.WEEK_BASED_YEAR) + "-W" + (week < 10 ? "0" : "") + week;
      case MONTH:
        return start.toString().substring(0, 7);
      case QUARTER:
        return start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
      case YEAR:
        return Integer.toString(start.getYear());
      default:
        return start + ".." + end;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportPeriod that
        && granularity == that.granularity
        && start.equals(that.start)
        && end.equals(that.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(granularity, start, end);
  }

  /** The granularity and label, e.g. {@code MONTH 2026-03}. */
  @Override
  public String toString() {
    return granularity + " " + label();
  }
}
