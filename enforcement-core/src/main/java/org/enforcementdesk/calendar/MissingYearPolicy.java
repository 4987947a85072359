package org.enforcementdesk.calendar;

/**
 * What a {@link WorkingCalendar} does when asked about a date in a year its {@link HolidayTable} has no data for.
 * Official holidays exist a year at a time: the State Council publishes each year's notice weeks before the year
 * begins, some years later. A desk must keep working meanwhile, and never silently guess.
 */
public enum MissingYearPolicy {

  /**
   * Count the year provisionally, the default: its holidays are derived from the {@link HolidayRegulation} in force
   * that year (Art. 2 holidays, Art. 6 make-up rest days, no make-up working days), and every deadline that reaches
   * it carries a provisional flag naming the year ({@link Deadline#provisionalYears()}), until the year's notice is
   * added. Logs one SLF4J warning per year and calendar the first time the year is used.
   */
  PROVISIONAL,

  /** Throw a {@link MissingYearException} naming the year and how to add its notice; for hosts that want no guess. */
  FAIL,

  /**
   * Count Monday to Friday as working days and Saturday and Sunday as rest days (local closures still apply), and log
   * one SLF4J warning per year and calendar the first time the year is used. Kept for hosts that chose it: it counts
   * 1 January and the Spring Festival as working days, and its deadlines do not say they are provisional.
   */
  WEEKENDS_ONLY
}
