package org.enforcementdesk.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A court's working calendar: its zone, its office hours by date range, the official holidays and make-up working
 * days (调休) of a {@link HolidayTable}, and its own closures. It answers whether a day is a working day, when the
 * office next opens, how much office time lies between two instants, and when a {@link Period} started at a given
 * moment is due, with a {@link Deadline derivation} a person can read.
 *
 * <p>A working day is Monday to Friday outside every official holiday, or a make-up working day, and in both cases
 * not a closure. Office hours are half-open windows of local time in the calendar's zone.
 *
 * <pre>{@code
 * WorkingCalendar calendar = WorkingCalendar.builder()
 *     .holidays(HolidayTable.fromFile(Path.of("holidays-court.yaml")))
 *     .closure(LocalDate.of(2026, 3, 20), "全院业务培训 court-wide training")
 *     .build();
 * Deadline d = calendar.due(OffsetDateTime.parse("2026-02-13T16:00+08:00"), Period.parse("3 working days"));
 * d.dueAt();      // 2026-02-25T17:30+08:00
 * d.explain();    // the make-up Saturday counted, the Spring Festival skipped day by day
 * }</pre>
 *
 * <p>A year the holiday table does not cover is counted {@link MissingYearPolicy#PROVISIONAL provisionally} by
 * default, from the national regulation; every deadline that reaches it says so ({@link Deadline#provisionalYears()}).
 *
 * <p>Immutable and thread-safe. Each year is computed once, on first use, as tables (working days and office time
 * before each day): a deadline or an amount of office time costs a lookup per year it reaches, whatever its length.
 * Nothing here reads the system clock.
 */
public final class WorkingCalendar {

  /** Fujian's office hours (DOMAIN.md section 5): summer 1 June to 30 September, winter the rest of the year. */
  static final List<OfficeSeason> FUJIAN =
      List.of(
          new OfficeSeason(MonthDay.of(6, 1), MonthDay.of(9, 30), OfficeHours.parse("08:00-12:00, 15:00-18:00")),
          new OfficeSeason(MonthDay.of(10, 1), MonthDay.of(5, 31), OfficeHours.parse("08:00-12:00, 14:30-17:30")));

  private final ZoneId zone;
  // Office hours by day of a leap year (index 0 = 01-01, 59 = 02-29): the seasons recur every year.
  private final OfficeHours[] hoursByDay;
  private final HolidayTable holidays;
  private final ImmutableSortedMap<LocalDate, String> closures;
  private final MissingYearPolicy whenYearMissing;
  private final WorkingYears years;
  private final ZoneOffsets offsets;
  private final TableCounter tables;
  private final String version;

  WorkingCalendar(WorkingCalendarBuilder b, OfficeHours[] hoursByDay) {
    this.zone = b.zone;
    this.hoursByDay = hoursByDay;
    this.holidays = b.holidays == null ? HolidayTable.china() : b.holidays;
    this.closures = ImmutableSortedMap.copyOf(b.closures);
    this.whenYearMissing = b.whenYearMissing;
    this.years = new WorkingYears(holidays, closures, whenYearMissing, hoursByDay, zone);
    this.offsets = new ZoneOffsets(zone.getRules());
    this.tables = new TableCounter(years, offsets);
    this.version = ContentHash.of("cal-", canonical());
  }

  /** Everything a count depends on, in a fixed form: zone, office hours by day, holidays, closures, missing years. */
  private String canonical() {
    StringBuilder text = new StringBuilder(zone.getId()).append('\n');
    for (OfficeHours hours : hoursByDay) {
      text.append(hours).append(';');
    }
    text.append('\n').append(holidays.version()).append('\n').append(closures.keySet()).append('\n');
    text.append(whenYearMissing);
    // A provisional year's dates come from the derivation: a change to it is a change of calendar.
    return whenYearMissing == MissingYearPolicy.PROVISIONAL
        ? text.append(' ').append(StatutoryHolidays.DERIVATION).toString()
        : text.toString();
  }

  /**
   * The calendar's version: a hash of everything a count depends on (zone, office hours, the holiday table's dates,
   * closures, the missing-year policy and, for provisional years, the derivation's own version). Events record it
   * beside every deadline, so a deadline always says which calendar counted it.
   *
   * @return e.g. {@code "cal-5b7e03c1d9a2f468"}, not null
   */
  public String version() {
    return version;
  }

  /**
   * The default calendar: zone Asia/Shanghai; Fujian office hours (1 June to 30 September 08:00-12:00 and
   * 15:00-18:00, otherwise 08:00-12:00 and 14:30-17:30); the shipped {@link HolidayTable#china() China 2024-2026}
   * holidays; no closures; {@link MissingYearPolicy#PROVISIONAL} for other years.
   *
   * @return the calendar, shared, not null
   */
  public static WorkingCalendar china() {
    return ChinaHolder.CHINA;
  }

  /**
   * A builder that starts from the defaults of {@link #china()}.
   *
   * @return a new builder, not null
   */
  public static WorkingCalendarBuilder builder() {
    return new WorkingCalendarBuilder();
  }

  /**
   * The zone office hours are local to and every result is expressed in.
   *
   * @return the zone, not null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The official holidays and make-up working days this calendar uses.
   *
   * @return the table, not null
   */
  public HolidayTable holidays() {
    return holidays;
  }

  /**
   * The court's own closures: dates that are not working days, with their names.
   *
   * @return the closures by date, possibly empty, not null
   */
  public ImmutableSortedMap<LocalDate, String> closures() {
    return closures;
  }

  /**
   * Whether {@code date} is a working day: Monday to Friday outside every official holiday, or a make-up working
   * day, and not a closure.
   *
   * @param date a date, not null
   * @return true if the office works that day
   * @throws NullPointerException if {@code date} is null
   * @throws MissingYearException if the holiday table does not cover the date's year under {@link
   *     MissingYearPolicy#FAIL}
   */
  public boolean isWorkingDay(LocalDate date) {
    checkNotNull(date, "date");
    return years.get(date.getYear()).isWorking(date);
  }

  /**
   * What the calendar counts {@code year}'s days with: the year's notice, or, for a year the holiday table does not
   * cover, what the missing-year policy says ({@link YearBasis#PROVISIONAL} by default).
   *
   * @param year a year
   * @return the basis, not null
   * @throws MissingYearException if the table does not cover the year and the calendar was built with {@link
   *     MissingYearPolicy#FAIL}
   */
  public YearBasis basis(int year) {
    return years.basis(year);
  }

  /**
   * The holidays the calendar counts in {@code year}: the notice's, or those derived for a provisional year.
   *
   * @param year a year
   * @return the holidays in date order, empty for a weekends-only year, not null
   * @throws MissingYearException if the table does not cover the year under {@link MissingYearPolicy#FAIL}
   */
  public ImmutableList<Holiday> holidaysOf(int year) {
    return years.get(year).holidays();
  }

  /**
   * The office hours that apply on {@code date}, whether or not it is a working day.
   *
   * @param date a date, not null
   * @return the office hours, not null
   * @throws NullPointerException if {@code date} is null
   */
  public OfficeHours officeHours(LocalDate date) {
    checkNotNull(date, "date");
    return hoursByDay[OfficeSeason.dayOfLeapYear(date.getMonth(), date.getDayOfMonth())];
  }

  /**
   * When the office is next open: {@code instant} itself if it lies inside office hours on a working day, otherwise
   * the opening of the next office window on a working day.
   *
   * @param instant any instant, not null
   * @return the opening, at the calendar zone's offset, not null
   * @throws NullPointerException if {@code instant} is null
   * @throws MissingYearException if the walk reaches a year without holiday data under {@link
   *     MissingYearPolicy#FAIL}
   */
  public OffsetDateTime nextOpening(Instant instant) {
    checkNotNull(instant, "instant");
    Instant opening = tables.nextOpening(instant);
    if (opening != null) {
      return inZone(opening);
    }
    OfficeTimeCursor office = new OfficeTimeCursor(this, instant, LocalDate.MAX, Trace.OFF);
    office.next();
    return inZone(office.start());
  }

  /**
   * The office time in {@code [from, to)}: the parts of office windows on working days that lie between the two.
   * For a working-hours period {@code p}, {@code workingTimeBetween(s, due(s, p).dueAt()) == p.duration()}.
   *
   * @param from the start, not null
   * @param to the end, not before {@code from}, not null
   * @return the office time, zero or positive, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from} (an interval is never negative)
   * @throws MissingYearException if the interval touches a year without holiday data under {@link
   *     MissingYearPolicy#FAIL}
   */
  public Duration workingTimeBetween(Instant from, Instant to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(!to.isBefore(from), "working time interval ends before it starts: %s > %s", from, to);
    if (to.equals(from)) {
      return Duration.ZERO;
    }
    long officeTime = tables.officeTimeBetween(from, to);
    if (officeTime >= 0) {
      return Duration.ofNanos(officeTime);
    }
    // The walk stops with the date of the last instant inside the half-open interval: an interval ending at
    // midnight never asks about the next day (which may lie in a year without data).
    OfficeTimeCursor office = new OfficeTimeCursor(this, from, dateOf(to.minusNanos(1)), Trace.OFF);
    Duration total = Duration.ZERO;
    while (office.next() && office.start().isBefore(to)) {
      Instant end = office.end().isBefore(to) ? office.end() : to;
      total = total.plus(Duration.between(office.start(), end));
    }
    return total;
  }

  /**
   * The instant at which {@code amount} of office time has passed since {@code from}: the inverse of {@link
   * #workingTimeBetween}, to the nanosecond. SLA clocks use it to carry a remainder of working time across a pause.
   * A zero amount gives {@code from} itself; otherwise the result lies inside office hours or at a window's end.
   *
   * @param from the start, not null
   * @param amount the office time to pass, zero or positive, not null
   * @return the instant, at the calendar zone's offset, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code amount} is negative
   * @throws MissingYearException if the walk reaches a year without holiday data under {@link
   *     MissingYearPolicy#FAIL}
   */
  public OffsetDateTime plusWorkingTime(Instant from, Duration amount) {
    checkNotNull(from, "from");
    checkNotNull(amount, "amount");
    checkArgument(!amount.isNegative(), "working time to add cannot be negative: %s", amount);
    if (amount.isZero()) {
      return inZone(from);
    }
    Instant due = tables.workingHours(from, amount.toNanos());
    return inZone(due != null ? due : DeadlineCounter.workingHours(this, from, amount, Trace.OFF));
  }

  /**
   * When {@code period}, started at {@code start}, is due. Counting happens in the calendar's zone; the start may
   * carry any offset.
   *
   * <ul>
   *   <li>{@link PeriodKind#NATURAL_HOURS}: the exact instant the duration later, nights, weekends and holidays
   *       included (民法典 Art. 201: periods in hours run from the stated moment).
   *   <li>{@link PeriodKind#WORKING_HOURS}: the duration of office time, skipping lunch breaks, nights and
   *       non-working days; received outside office hours, counting starts at the next opening. Used up exactly at
   *       a window's end, it is due at that end, not at the next opening.
   *   <li>{@link PeriodKind#WORKING_DAYS}: the day of receipt never counts (even if received before opening); due at
   *       close of office hours (the end of the day's last window) on the n-th working day after it.
   *   <li>{@link PeriodKind#NATURAL_DAYS}: the day of receipt never counts; due at close of office hours on the n-th
   *       calendar day after it or, if that is not a working day, on the next working day (民法典 Arts. 201, 203).
   * </ul>
   *
   * <p>Laws: the due instant is never before the start; it grows with the period's length; for working hours and
   * working days {@code due(due(s, a).dueAt(), b)} equals {@code due(s, a.plus(b))} (a working-hours deadline at a
   * window's end continues at the next opening, exactly as the longer period does).
   *
   * @param start when the request was received, any offset, not null
   * @param period the period, not null
   * @return the deadline with its derivation, at the calendar zone's offset, not null
   * @throws NullPointerException if an argument is null
   * @throws MissingYearException if counting reaches a year without holiday data under {@link
   *     MissingYearPolicy#FAIL}
   */
  public Deadline due(OffsetDateTime start, Period period) {
    checkNotNull(start, "start");
    checkNotNull(period, "period");
    Instant from = start.toInstant();
    Instant due = count(from, period);
    // The caller's start is kept as it is when it already carries the zone's offset: one object less per deadline.
    OffsetDateTime inZone = start.getOffset().equals(offsets.at(from)) ? start : inZone(from);
    return new Deadline(this, inZone, period, inZone(due), tables.provisionalYears(from, period, due));
  }

  /**
   * When {@code period}, started at {@code start}, is due; see {@link #due(OffsetDateTime, Period)}.
   *
   * @param start when the request was received, not null
   * @param period the period, not null
   * @return the deadline with its derivation, at the calendar zone's offset, not null
   * @throws NullPointerException if an argument is null
   * @throws MissingYearException if counting reaches a year without holiday data under {@link
   *     MissingYearPolicy#FAIL}
   */
  public Deadline due(Instant start, Period period) {
    checkNotNull(start, "start");
    checkNotNull(period, "period");
    Instant due = count(start, period);
    return new Deadline(this, inZone(start), period, inZone(due), tables.provisionalYears(start, period, due));
  }

  /**
   * A deadline as an event records it, for a count of {@code period} from {@code start} that gave {@code due}, say
   * with pauses credited or capped by a hard limit: the instant, this calendar's version, and the provisional years
   * among those from the first day the period's kind consults (the day of receipt for working hours, the day after it
   * for working days, the period's last day for natural days, none for natural hours) to the day of {@code due}.
   *
   * @param start when counting started, not null
   * @param period the period counted, not null
   * @param due the instant the count gave, not null
   * @return the recorded deadline, at the calendar zone's offset, not null
   * @throws NullPointerException if an argument is null
   * @throws MissingYearException if a year in the span lacks holiday data under {@link MissingYearPolicy#FAIL}
   */
  public CountedDeadline counted(Instant start, Period period, Instant due) {
    checkNotNull(start, "start");
    checkNotNull(period, "period");
    checkNotNull(due, "due");
    return new CountedDeadline(inZone(due), version, tables.provisionalYears(start, period, due));
  }

  /** The due instant of {@code period} from {@code start}: from the tables, or by the walk where they cannot. */
  private Instant count(Instant start, Period period) {
    Instant due = switch (period.kind()) {
      case NATURAL_HOURS -> start.plus(period.duration());
      case WORKING_HOURS -> tables.workingHours(start, period.duration().toNanos());
      case WORKING_DAYS -> tables.workingDays(start, period.days());
      case NATURAL_DAYS -> tables.naturalDays(start, period.days());
    };
    return due != null ? due : DeadlineCounter.due(this, start, period, Trace.OFF);
  }

  /**
   * A short description for logs.
   *
   * @return the zone, the holiday table, the number of closures and the missing-year policy
   */
  @Override
  public String toString() {
    return "WorkingCalendar["
        + zone
        + ", holidays "
        + holidays
        + ", "
        + closures.size()
        + " closures, when a year is missing: "
        + whenYearMissing
        + "]";
  }

  /** Repeats the count of {@code due} with a recording trace: the derivation of a deadline, built only on demand. */
  ImmutableList<DerivationStep> derive(Deadline deadline) {
    Trace trace = Trace.recording(this);
    Instant due = DeadlineCounter.due(this, deadline.start().toInstant(), deadline.period(), trace);
    if (!due.equals(deadline.dueAt().toInstant())) {
      throw new IllegalStateException("derivation disagrees with the deadline " + deadline + ": " + inZone(due));
    }
    return trace.steps();
  }

  /** Why {@code date} is or is not a working day. */
  DayNote note(LocalDate date) {
    return years.get(date.getYear()).note(date);
  }

  /** The source a year's holidays come from: its notice as the table cites it, or the regulation's citation. */
  String sourceOf(int year) {
    return years.get(year).source();
  }

  /** The instant a local time of {@code date} stands for in the calendar's zone. */
  Instant at(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, zone).toInstant();
  }

  /** The local date of {@code instant} in the calendar's zone. */
  LocalDate dateOf(Instant instant) {
    return LocalDate.ofEpochDay(offsets.epochDay(instant));
  }

  /** {@code instant} at the calendar zone's offset. */
  OffsetDateTime inZone(Instant instant) {
    return offsets.inZone(instant);
  }

  private static final class ChinaHolder {
    static final WorkingCalendar CHINA = builder().build();
  }
}
