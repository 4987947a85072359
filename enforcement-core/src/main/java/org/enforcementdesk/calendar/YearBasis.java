package org.enforcementdesk.calendar;

/**
 * What a {@link WorkingCalendar} counts a year's days with: the State Council notice in its {@link HolidayTable}, or,
 * for a year the table does not cover, what its {@link MissingYearPolicy} says.
 */
public enum YearBasis {

  /** The year's notice: official holidays and make-up working days (调休). */
  NOTICE,

  /**
   * No notice yet: the holidays derived from the {@link HolidayRegulation} in force that year, with Art. 6 make-up rest
   * days and no make-up working days. Every deadline counted through the year says it is provisional.
   */
  PROVISIONAL,

  /** No notice, and the calendar was told to count plain weekends ({@link MissingYearPolicy#WEEKENDS_ONLY}). */
  WEEKENDS_ONLY
}
