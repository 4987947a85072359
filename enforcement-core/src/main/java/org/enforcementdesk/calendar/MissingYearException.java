package org.enforcementdesk.calendar;

/**
 * A {@link WorkingCalendar} was asked about a year its holiday data does not cover, under {@link
 * MissingYearPolicy#FAIL}. The calendar is not wrong, only incomplete: supply the year's data (a holiday file) or
 * choose {@link MissingYearPolicy#WEEKENDS_ONLY}.
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
}
