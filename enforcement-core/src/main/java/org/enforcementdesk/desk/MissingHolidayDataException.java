package org.enforcementdesk.desk;

import org.enforcementdesk.calendar.MissingYearException;
import org.enforcementdesk.calendar.MissingYearPolicy;
import org.enforcementdesk.order.CommandRefusedException;

/**
 * A command needed a deadline in a year the desk's calendar has no holiday data for, and the calendar was built to
 * refuse such years ({@link MissingYearPolicy#FAIL}). Nothing was recorded. Only a host that chose {@code FAIL} sees
 * it: by default a year without its notice is counted provisionally. The remedy is to add the year's notice with
 * {@code HolidayTable.extendedWith} and hand the calendar to the desk ({@code desk.calendars().use}); the command then
 * succeeds.
 */
public final class MissingHolidayDataException extends CommandRefusedException {

  private static final long serialVersionUID = 1L;

  private final int year;

  MissingHolidayDataException(MissingYearException cause) {
    super("the deadline reaches " + cause.year() + ", for which the desk's calendar has no holiday data and was built"
        + " to refuse (MissingYearPolicy.FAIL); nothing was recorded: " + cause.getMessage()
        + "; then hand the calendar to the desk with desk.calendars().use(calendar)", cause);
    this.year = cause.year();
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
