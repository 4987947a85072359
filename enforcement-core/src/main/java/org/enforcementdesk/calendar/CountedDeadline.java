package org.enforcementdesk.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;

/**
 * A deadline as an event records it: the instant, and the version of the calendar it was counted on ({@link
 * WorkingCalendar#version()}). What was recorded stays the truth whatever calendar is in force later: a work order's
 * fold reads it and never counts again.
 *
 * @param at the due instant, at the calendar zone's offset; not null
 * @param calendarVersion the version of the calendar that counted it; not blank
 */
public record CountedDeadline(OffsetDateTime at, String calendarVersion) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the version is blank
   */
  public CountedDeadline {
    requireNonNull(at, "at");
    requireNonNull(calendarVersion, "calendarVersion");
    checkArgument(!calendarVersion.isBlank(), "calendar version must not be blank");
  }
}
