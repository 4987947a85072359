package org.enforcementdesk.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.OffsetDateTime;
import java.util.SortedSet;

/**
 * A deadline as an event records it: the instant, the version of the calendar it was counted on ({@link
 * WorkingCalendar#version()}), and the years the count reached that the calendar counted provisionally, without
 * their State Council notice. What was recorded stays the truth whatever calendar is in force later: a work order's
 * fold reads it and never counts again. Only a {@code DeadlineRevised} event, recorded when a provisional year's
 * notice arrives, puts another deadline in its place.
 *
 * @param at the due instant, at the calendar zone's offset; not null
 * @param calendarVersion the version of the calendar that counted it; not blank
 * @param provisionalYears the provisional years the count reached, empty for a firm deadline; not null
 */
public record CountedDeadline(OffsetDateTime at, String calendarVersion, SortedSet<Integer> provisionalYears) {

  /**
   * Checks the components and copies the years.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the version is blank
   */
  public CountedDeadline {
    requireNonNull(at, "at");
    requireNonNull(calendarVersion, "calendarVersion");
    checkArgument(!calendarVersion.isBlank(), "calendar version must not be blank");
    provisionalYears = ImmutableSortedSet.copyOf(requireNonNull(provisionalYears, "provisionalYears"));
  }

  /**
   * A firm deadline: every year it reached was counted with its notice.
   *
   * @param at the due instant; not null
   * @param calendarVersion the version of the calendar that counted it; not blank
   */
  public CountedDeadline(OffsetDateTime at, String calendarVersion) {
    this(at, calendarVersion, ImmutableSortedSet.of());
  }

  /**
   * Whether the count reached a year without its notice: the date stands until the year's arrangement is published,
   * and may then be revised.
   *
   * @return true if {@link #provisionalYears()} is not empty
   */
  public boolean provisional() {
    return !provisionalYears.isEmpty();
  }
}
