package org.enforcementdesk.calendar;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * When a {@link Period} started at a given moment is due, as computed by {@link WorkingCalendar#due}, with the
 * derivation that shows why: the counting rule applied (民法典 Arts. 201, 203 for day periods), each day skipped and
 * why (weekend, named holiday, closure), make-up working days counted, the office windows used.
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
  private final Supplier<ImmutableList<DerivationStep>> derivation;

  Deadline(WorkingCalendar calendar, OffsetDateTime start, Period period, OffsetDateTime dueAt) {
    this.calendar = calendar;
    this.start = start;
    this.period = period;
    this.dueAt = dueAt;
    this.derivation = Suppliers.memoize(() -> this.calendar.derive(this));
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
    return new CountedDeadline(dueAt, calendar.version());
  }

  /**
   * The steps that lead from the start to the due instant, in date order.
   *
   * @return the steps, not empty, not null
   */
  public ImmutableList<DerivationStep> derivation() {
    return derivation.get();
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
   * @return e.g. {@code "3 working days from 2026-02-13T16:00+08:00: due 2026-02-25T17:30+08:00"}
   */
  @Override
  public String toString() {
    return period + " from " + start + ": due " + dueAt;
  }
}
