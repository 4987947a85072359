package org.enforcementdesk.calendar;

/**
 * What a {@link WorkingCalendar} does when asked about a date in a year its {@link HolidayTable} has no data for.
 * Official holidays exist a year at a time (announced each October-November), so a silent guess would move
 * deadlines without anyone noticing; the default is to refuse.
 */
public enum MissingYearPolicy {

  /** Throw a {@link MissingYearException} naming the year and how to supply its data. The default. */
  FAIL,

  /**
   * Count Monday to Friday as working days and Saturday and Sunday as rest days (local closures still apply), and log
   * one SLF4J warning per year and calendar the first time the year is used.
   */
  WEEKENDS_ONLY
}
