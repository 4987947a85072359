package org.enforcementdesk.calendar;

/**
 * Why a date is or is not a working day, for the derivation of a deadline.
 *
 * @param kind what kind of day it is
 * @param name the holiday's or closure's name, empty otherwise
 * @param weekendsOnly true if the year has no holiday data and the calendar falls back to plain weekends
 */
record DayNote(Kind kind, String name, boolean weekendsOnly) {

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

  @Override
  public String toString() {
    String text;
    switch (kind) {
      case HOLIDAY:
        text = name + " holiday";
        break;
      case CLOSURE:
        text = "court closure: " + name;
        break;
      case MAKE_UP_WORKDAY:
        text = "make-up working day (调休)";
        break;
      case WEEKEND:
        text = "weekend";
        break;
      default:
        text = "working day";
    }
    return weekendsOnly ? text + " (no holiday data for this year: weekends only)" : text;
  }
}
