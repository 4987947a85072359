package org.enforcementdesk.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.MonthDay;

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
