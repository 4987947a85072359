package org.enforcementdesk.calendar;

/**
 * A {@link WorkingCalendar} built with {@link MissingYearPolicy#FAIL} was asked about a year its holiday data does
 * not cover. The calendar is not wrong, only incomplete: add the year's notice with {@link HolidayTable#extendedWith},
 * or build the calendar with {@link MissingYearPolicy#PROVISIONAL} (the default).
 */
public final class MissingYearException extends IllegalStateException {

  /** The year the holiday table does not cover. */
  private final int year;

  MissingYearException(int year, String message) {
    super(message);
    this.year = year;
  }

  /**
   * The year without holiday data.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /** What to do, for the message: keep the years the table has and add the missing one. */
  static String remedy(int year) {
    return "add the State Council notice for " + year + " to a holiday file and extend the table with it,"
        + " keeping the years it has: WorkingCalendar.builder().holidays(HolidayTable.china().extendedWith("
        + "HolidayTable.fromFile(path))); or build the calendar with .whenYearMissing(MissingYearPolicy.PROVISIONAL)"
        + " (the default) to count " + year + " provisionally from the national regulation until the notice is added";
  }
}
