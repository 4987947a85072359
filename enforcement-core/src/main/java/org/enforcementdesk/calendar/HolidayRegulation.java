package org.enforcementdesk.calendar;

/**
 * The national regulation on public holidays (全国年节及纪念日放假办法) in the versions a {@link WorkingCalendar}
 * derives a provisional year from: a year for which no State Council notice has been loaded ({@link
 * MissingYearPolicy#PROVISIONAL}). Each version lists the holidays for all citizens (Art. 2); Art. 6 makes up a
 * holiday that falls on a Saturday or Sunday on the working days that follow it. Only the annual notice moves rest
 * days and sets make-up working days (调休), so a provisional year has none.
 */
public enum HolidayRegulation {

  /**
   * The 2013 version (State Council decision of 2013-12-11, in force 2014-01-01 to 2024-12-31): 元旦 1 Jan; 春节
   * days 1-3 of the first lunar month; 清明 on the day of the solar term; 劳动节 1 May; 端午; 中秋; 国庆 1-3 Oct. The
   * calendar also derives years before 2014 with it.
   */
  REVISION_2013("全国年节及纪念日放假办法 (2013 revision, in force 2014-01-01 to 2024-12-31)"),

  /**
   * The 2024 revision (State Council decision of 2024-11-10, in force since 2025-01-01): as the 2013 version, with
   * 春节 from New Year's eve (eve and days 1-3) and 劳动节 1-2 May.
   */
  REVISION_2024("全国年节及纪念日放假办法 (2024 revision, in force since 2025-01-01)");

  private final String citation;

  HolidayRegulation(String citation) {
    this.citation = citation;
  }

  /**
   * The version in force in {@code year}.
   *
   * @param year a year
   * @return {@link #REVISION_2024} from 2025, {@link #REVISION_2013} before
   */
  public static HolidayRegulation inForce(int year) {
    return year >= 2025 ? REVISION_2024 : REVISION_2013;
  }

  /**
   * How derivations and notices cite this version.
   *
   * @return e.g. {@code "全国年节及纪念日放假办法 (2024 revision, in force since 2025-01-01)"}, not null
   */
  public String citation() {
    return citation;
  }

  /** Whether 春节 starts on New Year's eve (除夕) rather than on the first day of the first lunar month. */
  boolean springFestivalIncludesEve() {
    return this == REVISION_2024;
  }

  /** The days of 劳动节 from 1 May. */
  int labourDayDays() {
    return this == REVISION_2024 ? 2 : 1;
  }
}
