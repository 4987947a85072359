package org.enforcementdesk.calendar;

/**
 * The four ways the library counts a period (期间). Hour kinds are measured as a {@link java.time.Duration}, day kinds
 * as a whole number of days; see {@link WorkingCalendar#due} for the exact semantics of each.
 */
public enum PeriodKind {

  /** Clock time from the exact moment of receipt, nights, weekends and holidays included (自然小时). */
  NATURAL_HOURS("natural", false),

  /** Office time only: lunch breaks, nights, weekends, holidays and closures do not count (工作小时). */
  WORKING_HOURS("working", false),

  /** Working days after the day of receipt, due at close of office hours (工作日). */
  WORKING_DAYS("working", true),

  /** Calendar days after the day of receipt, extended to the next working day if the last one is not (自然日). */
  NATURAL_DAYS("natural", true);

  private final String adjective;
  private final boolean countsDays;

  PeriodKind(String adjective, boolean countsDays) {
    this.adjective = adjective;
    this.countsDays = countsDays;
  }

  /**
   * Whether periods of this kind are a number of days rather than a duration.
   *
   * @return true for {@link #WORKING_DAYS} and {@link #NATURAL_DAYS}
   */
  public boolean countsDays() {
    return countsDays;
  }

  /** The word of the text form: "natural" or "working". */
  String adjective() {
    return adjective;
  }
}
