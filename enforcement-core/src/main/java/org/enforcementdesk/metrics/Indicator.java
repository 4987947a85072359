package org.enforcementdesk.metrics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Objects;

/**
 * One indicator of a report: its value in the report period, beside the previous period and the same period a year
 * earlier, the changes against both, and its breakdowns in the report period (each dimension's keys sorted, each
 * with its own measure: for a rate, the rate within that key).
 *
 * <p>Immutable.
 */
public final class Indicator {

  private final IndicatorId id;
  private final Measure current;
  private final Measure previous;
  private final Measure yearEarlier;
  private final ImmutableMap<String, ImmutableSortedMap<String, Measure>> breakdowns;

  /**
   * An indicator's values.
   *
   * @param id which indicator; not null
   * @param current its value in the report period; not null
   * @param previous its value in the previous period; not null
   * @param yearEarlier its value in the same period a year earlier; not null
   * @param breakdowns its breakdowns in the report period, by dimension then key; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a measure's unit is not the indicator's
   */
  public Indicator(
      IndicatorId id,
      Measure current,
      Measure previous,
      Measure yearEarlier,
      ImmutableMap<String, ImmutableSortedMap<String, Measure>> breakdowns) {
    this.id = requireNonNull(id, "id");
    this.current = checkUnit(id, requireNonNull(current, "current"));
    this.previous = checkUnit(id, requireNonNull(previous, "previous"));
    this.yearEarlier = checkUnit(id, requireNonNull(yearEarlier, "yearEarlier"));
    this.breakdowns = requireNonNull(breakdowns, "breakdowns");
  }

  private static Measure checkUnit(IndicatorId id, Measure measure) {
    if (measure.unit() != id.unit()) {
      throw new IllegalArgumentException(id.id() + " is a " + id.unit() + ", not a " + measure.unit());
    }
    return measure;
  }

  /** Which indicator, with its names and definition; not null. */
  public IndicatorId id() {
    return id;
  }

  /** The definition: numerator, denominator, period attribution, filters; not null. */
  public Definition definition() {
    return id.definition();
  }

  /** The value in the report period; not null. */
  public Measure current() {
    return current;
  }

  /** The value in the previous period of the same granularity; not null. */
  public Measure previous() {
    return previous;
  }

  /** The value in the same period a year earlier; not null. */
  public Measure yearEarlier() {
    return yearEarlier;
  }

  /** The change against the previous period (环比); not null. */
  public Change changeVsPrevious() {
    return Change.between(current, previous);
  }

  /** The change against the same period a year earlier (同比); not null. */
  public Change changeYearOverYear() {
    return Change.between(current, yearEarlier);
  }

  /** The breakdowns in the report period: dimension (in catalogue order) to key (sorted) to measure; not null. */
  public ImmutableMap<String, ImmutableSortedMap<String, Measure>> breakdowns() {
    return breakdowns;
  }

  /**
   * One dimension's breakdown; empty if the indicator has no such dimension or nothing fell into it.
   *
   * @throws NullPointerException if {@code dimension} is null
   */
  public ImmutableSortedMap<String, Measure> breakdown(String dimension) {
    ImmutableSortedMap<String, Measure> breakdown = breakdowns.get(requireNonNull(dimension, "dimension"));
    return breakdown == null ? ImmutableSortedMap.of() : breakdown;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Indicator that
        && id == that.id
        && current.equals(that.current)
        && previous.equals(that.previous)
        && yearEarlier.equals(that.yearEarlier)
        && breakdowns.equals(that.breakdowns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, current, previous, yearEarlier, breakdowns);
  }

  /** E.g. {@code pre_enforcement_resolution_rate 166/394 = 42.13%}. */
  @Override
  public String toString() {
    return id.id() + " " + current;
  }
}
