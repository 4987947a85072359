package org.enforcementdesk.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;

/**
 * Office hours that apply every year from {@code first} to {@code last}, both included. A season whose {@code last}
 * comes before its {@code first} wraps over the new year: 10-01..05-31 is October to May.
 */
record OfficeSeason(MonthDay first, MonthDay last, OfficeHours hours) {

  OfficeSeason {
    checkNotNull(first, "first");
    checkNotNull(last, "last");
    checkNotNull(hours, "hours");
  }

  /** Days in a leap year: office hours are kept by day of a leap year, so 02-29 has its own. */
  static final int DAYS_OF_LEAP_YEAR = 366;

  /**
   * The office hours of each day of a leap year (index 0 = 01-01, 59 = 02-29) from seasons that must cover every day
   * exactly once.
   *
   * @throws IllegalArgumentException naming the day and the seasons, if one is uncovered or covered twice
   */
  static OfficeHours[] byDayOfLeapYear(List<OfficeSeason> seasons) {
    OfficeHours[] byDay = new OfficeHours[DAYS_OF_LEAP_YEAR];
    OfficeSeason[] from = new OfficeSeason[DAYS_OF_LEAP_YEAR];
    for (int i = 0; i < DAYS_OF_LEAP_YEAR; i++) {
      MonthDay day = MonthDay.from(LocalDate.ofYearDay(2000, i + 1)); // a leap year, so 02-29 is checked too
      for (OfficeSeason season : seasons) {
        if (season.contains(day)) {
          checkArgument(from[i] == null, "office hours overlap on %s: %s and %s", Texts.monthDay(day), from[i], season);
          from[i] = season;
          byDay[i] = season.hours();
        }
      }
      checkArgument(from[i] != null, "office hours do not cover %s: %s", Texts.monthDay(day), seasons);
    }
    return byDay;
  }

  /** The index of a day in {@link #byDayOfLeapYear}. */
  static int dayOfLeapYear(Month month, int dayOfMonth) {
    return month.firstDayOfYear(true) - 1 + dayOfMonth - 1;
  }

  boolean contains(MonthDay day) {
    return first.isAfter(last)
        ? !day.isBefore(first) || !day.isAfter(last)
        : !day.isBefore(first) && !day.isAfter(last);
  }

  @Override
  public String toString() {
    return Texts.monthDay(first) + ".." + Texts.monthDay(last) + " " + hours;
  }
}
