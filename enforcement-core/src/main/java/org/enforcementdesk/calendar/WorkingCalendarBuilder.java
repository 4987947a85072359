package org.enforcementdesk.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The only mutable way to a {@link WorkingCalendar}. Starts from the defaults of {@link WorkingCalendar#china()};
 * office hours given here replace the Fujian default as a whole. A builder may be reused: {@link #build()} copies
 * what it has been told.
 */
public final class WorkingCalendarBuilder {

  // Read by WorkingCalendar's constructor, which copies them.
  ZoneId zone = ZoneId.of("Asia/Shanghai");
  private final List<OfficeSeason> seasons = new ArrayList<>();
  HolidayTable holidays;
  final TreeMap<LocalDate, String> closures = new TreeMap<>();
  MissingYearPolicy whenYearMissing = MissingYearPolicy.PROVISIONAL;

  WorkingCalendarBuilder() {}

  /**
   * The zone office hours are local to. Default: Asia/Shanghai.
   *
   * @param zone the zone, not null
   * @return this builder
   * @throws NullPointerException if {@code zone} is null
   */
  public WorkingCalendarBuilder zone(ZoneId zone) {
    this.zone = checkNotNull(zone, "zone");
    return this;
  }

  /**
   * Office hours for every year from {@code first} to {@code last}, both included; if {@code last} comes before
   * {@code first} the range wraps over the new year (10-01..05-31). The ranges given must together cover every day
   * of the year, 02-29 included, exactly once; if none is given, the Fujian default applies.
   *
   * @param first the first day of the range, not null
   * @param last the last day of the range, not null
   * @param hours the office hours of each day in the range, not null
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public WorkingCalendarBuilder officeHours(MonthDay first, MonthDay last, OfficeHours hours) {
    seasons.add(new OfficeSeason(first, last, hours));
    return this;
  }

  /**
   * The same office hours all year round.
   *
   * @param hours the office hours of every day, not null
   * @return this builder
   * @throws NullPointerException if {@code hours} is null
   */
  public WorkingCalendarBuilder officeHours(OfficeHours hours) {
    return officeHours(MonthDay.of(1, 1), MonthDay.of(12, 31), hours);
  }

  /**
   * The official holidays and make-up working days. Default: {@link HolidayTable#china()}.
   *
   * @param holidays the table, e.g. {@link HolidayTable#fromFile} of the court's own file, not null
   * @return this builder
   * @throws NullPointerException if {@code holidays} is null
   */
  public WorkingCalendarBuilder holidays(HolidayTable holidays) {
    this.holidays = checkNotNull(holidays, "holidays");
    return this;
  }

  /**
   * A day the court is closed although it would be a working day (a court-wide training day, say). A closure on a
   * day that is no working day anyway changes nothing.
   *
   * @param date the day, not null
   * @param name what the derivation calls it, not blank, not null
   * @return this builder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank or {@code date} already has a closure
   */
  public WorkingCalendarBuilder closure(LocalDate date, String name) {
    checkNotNull(date, "date");
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "closure name must not be blank: \"%s\" on %s", name, date);
    checkArgument(
        !closures.containsKey(date), "closure on %s given twice: %s and %s", date, closures.get(date), name);
    closures.put(date, name);
    return this;
  }

  /**
   * What to do with a date in a year the holiday table does not cover. Default: {@link
   * MissingYearPolicy#PROVISIONAL}.
   *
   * @param policy the policy, not null
   * @return this builder
   * @throws NullPointerException if {@code policy} is null
   */
  public WorkingCalendarBuilder whenYearMissing(MissingYearPolicy policy) {
    this.whenYearMissing = checkNotNull(policy, "policy");
    return this;
  }

  /**
   * The calendar.
   *
   * @return a new immutable calendar, not null
   * @throws IllegalArgumentException if the office-hour ranges leave a day of the year uncovered or cover one
   *     twice (the message names the day and the ranges)
   */
  public WorkingCalendar build() {
    return new WorkingCalendar(this, OfficeSeason.byDayOfLeapYear(seasons.isEmpty() ? WorkingCalendar.FUJIAN : seasons));
  }
}
