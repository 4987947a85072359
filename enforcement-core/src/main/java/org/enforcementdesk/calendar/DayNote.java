package org.enforcementdesk.calendar;

/**
 * Why a date is or is not a working day, for the derivation of a deadline.
 *
 * @param kind what kind of day it is
 * @param name the holiday's or closure's name, empty otherwise
 * @param basis what the day's year is counted with
 */
record DayNote(Kind kind, String name, YearBasis basis) {

  /** The kinds of day, in the order the calendar decides them. */
  enum Kind {
    HOLIDAY,
    CLOSURE,
    MAKE_UP_WORKDAY,
    WEEKEND,
    WEEKDAY
  }

  boolean isWorking() {
    return kind == Kind.MAKE_UP_WORKDAY || kind == Kind.WEEKDAY;
  }

  /** Whether the note says more than "working day": anything but a plain weekday of a year with its notice. */
  boolean isRemarkable() {
    return kind != Kind.WEEKDAY || basis == YearBasis.WEEKENDS_ONLY;
  }

  @Override
  public String toString() {
    String text = switch (kind) {
      case HOLIDAY -> name + " holiday";
      case CLOSURE -> "court closure: " + name;
      case MAKE_UP_WORKDAY -> "make-up working day (调休)";
      case WEEKEND -> "weekend";
      case WEEKDAY -> "working day";
    };
    return basis == YearBasis.WEEKENDS_ONLY ? text + " (no holiday data for this year: weekends only)" : text;
  }
}
