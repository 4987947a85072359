package org.enforcementdesk.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * When a {@link Period} started at a given moment is due, as computed by {@link WorkingCalendar#due}, with the
 * derivation that shows why: the counting rule applied (民法典 Arts. 201, 203 for day periods), each day skipped and
 * why (weekend, named holiday, closure), make-up working days counted, the office windows used.
 *
 * <p>A deadline whose count reached a year without its State Council notice is <em>provisional</em> ({@link
 * #provisionalYears()}): the calendar derived that year's holidays from the national regulation, and the date may
 * move when the notice is published. Its derivation says which year and which rule.
 *
 * <p>The derivation is worked out on first request, by repeating the count with a trace, so that computing deadlines
 * builds no text. Immutable and thread-safe; two deadlines are equal when start, period and due instant are equal
 * (the derivation explains the value, it is not part of it).
 */
public final class Deadline {

  private final WorkingCalendar calendar;
  private final OffsetDateTime start;
  private final Period period;
  private final OffsetDateTime dueAt;
  private final ImmutableSortedSet<Integer> provisionalYears;
  // Worked out on first request; a race computes the same steps twice, harmlessly.
  private volatile ImmutableList<DerivationStep> derivation;

  Deadline(WorkingCalendar calendar, OffsetDateTime start, Period period, OffsetDateTime dueAt,
      ImmutableSortedSet<Integer> provisionalYears) {
    this.calendar = calendar;
    this.start = start;
    this.period = period;
    this.dueAt = dueAt;
    this.provisionalYears = provisionalYears;
  }

  /**
   * When the period started, at the calendar zone's offset (the same instant the caller gave).
   *
   * @return the start, not null
   */
  public OffsetDateTime start() {
    return start;
  }

  /**
   * The period that was counted.
   *
   * @return the period, not null
   */
  public Period period() {
    return period;
  }

  /**
   * The due instant, at the calendar zone's offset: the work is on time if done before or at it.
   *
   * @return the due instant, not null
   */
  public OffsetDateTime dueAt() {
    return dueAt;
  }

  /**
   * This deadline as an event records it: the due instant and the version of the calendar that counted it.
   *
   * @return the recorded form, not null
   */
  public CountedDeadline counted() {
    return new CountedDeadline(dueAt, calendar.version(), provisionalYears);
  }

  /**
   * The years the count reached that the calendar counts provisionally ({@link YearBasis#PROVISIONAL}): holidays
   * derived from the national regulation because the year's notice is not loaded yet.
   *
   * @return the years in ascending order, empty for a firm deadline, not null
   */
  public ImmutableSortedSet<Integer> provisionalYears() {
    return provisionalYears;
  }

  /**
   * Whether the deadline is provisional: the date stands until the notice of each {@link #provisionalYears() year}
   * is published, and may then be revised.
   *
   * @return true if the count reached a provisional year
   */
  public boolean isProvisional() {
    return !provisionalYears.isEmpty();
  }

  /**
   * The steps that lead from the start to the due instant, in date order.
   *
   * @return the steps, not empty, not null
   */
  public ImmutableList<DerivationStep> derivation() {
    ImmutableList<DerivationStep> steps = derivation;
    if (steps == null) {
      steps = calendar.derive(this);
      derivation = steps;
    }
    return steps;
  }

  /**
   * The derivation as text, one step a line under a heading line.
   *
   * <pre>
   * 3 working days from 2026-02-13T16:00+08:00: due 2026-02-25T17:30+08:00
   *   2026-02-13 (Fri) received at 16:00 (+08:00); 3 working days: the day of receipt does not count, ...
   *   2026-02-14 (Sat) working day 1 of 3: make-up working day (调休)
   *   2026-02-15 (Sun) skipped: 春节 holiday
   *   ...
   * </pre>
   *
   * @return multi-line text ending without a line break, not null
   */
  public String explain() {
    StringBuilder sb = new StringBuilder(toString());
    for (DerivationStep step : derivation()) {
      sb.append("\n  ").append(step);
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Deadline)) {
      return false;
    }
    Deadline other = (Deadline) o;
    return start.equals(other.start) && period.equals(other.period) && dueAt.equals(other.dueAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, period, dueAt);
  }

  /**
   * The heading line of {@link #explain()}.
   *
   * @return e.g. {@code "3 working days from 2026-02-13T16:00+08:00: due 2026-02-25T17:30+08:00"}, followed for a
   *     provisional deadline by {@code " (provisional: 2027 counted without its notice)"}
   */
  @Override
  public String toString() {
    String heading = period + " from " + start + ": due " + dueAt;
    return provisionalYears.isEmpty()
        ? heading
        : heading + " (provisional: " + Texts.years(provisionalYears) + " counted without "
            + (provisionalYears.size() == 1 ? "its notice)" : "their notices)");
  }
}
