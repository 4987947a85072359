package org.enforcementdesk.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * An official public holiday as days off (放假), e.g. 春节 2026-02-15..2026-02-23. The range includes the weekends the
 * State Council notice folds into it; weekend days that merely adjoin it are not part of it.
 *
 * @param name the holiday's name as the notice gives it, e.g. {@code 春节}, not blank, not null
 * @param first the first day off, not null
 * @param last the last day off, inclusive, not before {@code first}, not null
 */
public record Holiday(String name, LocalDate first, LocalDate last) {

  /**
   * Checks that the holiday is named and does not end before it starts.
   *
   * @param name the holiday's name, not blank, not null
   * @param first the first day off, not null
   * @param last the last day off, not before {@code first}, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank or {@code last} is before {@code first}
   */
  public Holiday {
    checkNotNull(name, "name");
    checkNotNull(first, "first");
    checkNotNull(last, "last");
    checkArgument(!name.isBlank(), "holiday name must not be blank: \"%s\"", name);
    checkArgument(!last.isBefore(first), "holiday %s ends before it starts: %s..%s", name, first, last);
  }

  /**
   * Whether {@code date} is one of this holiday's days off.
   *
   * @param date a date, not null
   * @return true if {@code first <= date <= last}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /**
   * A short form for messages.
   *
   * @return e.g. {@code "春节 2026-02-15..2026-02-23"}
   */
  @Override
  public String toString() {
    return name + " " + first + ".." + last;
  }
}
