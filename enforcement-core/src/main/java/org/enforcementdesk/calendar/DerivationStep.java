package org.enforcementdesk.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * One line of a {@link Deadline}'s derivation: a date and what the counting did on it, e.g. {@code 2026-02-16 (Mon)
 * skipped: 春节 holiday}. Times in the text are local times of the calendar's zone, with the offset.
 *
 * @param date the date the step is about, not null
 * @param text what happened, in English with the Chinese legal terms, not null
 */
public record DerivationStep(LocalDate date, String text) {

  /**
   * Checks that nothing is missing.
   *
   * @param date the date the step is about, not null
   * @param text what happened, not null
   * @throws NullPointerException if an argument is null
   */
  public DerivationStep {
    checkNotNull(date, "date");
    checkNotNull(text, "text");
  }

  /**
   * The step as one line of {@link Deadline#explain()}.
   *
   * @return e.g. {@code "2026-02-14 (Sat) working day 1 of 3: make-up working day (调休)"}
   */
  @Override
  public String toString() {
    return date + " (" + Texts.shortDayOfWeek(date) + ") " + text;
  }
}
