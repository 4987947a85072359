package org.enforcementdesk.metrics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The indicators of one report period, each beside the previous period and the same period a year earlier, in
 * catalogue order ({@link IndicatorId}). Built by {@link IndicatorAccumulator} or {@link Indicators}; written as JSON
 * by {@link IndicatorJson}.
 *
 * <p>Immutable.
 */
public final class IndicatorReport {

  private final ReportPeriod period;
  private final ReportPeriod previousPeriod;
  private final ReportPeriod yearEarlierPeriod;
  private final ZoneId zone;
  private final Instant asOf;
  private final ImmutableMap<IndicatorId, Indicator> indicators;

  IndicatorReport(
      ReportPeriod period,
      ReportPeriod previousPeriod,
      ReportPeriod yearEarlierPeriod,
      ZoneId zone,
      Instant asOf,
      ImmutableMap<IndicatorId, Indicator> indicators) {
    this.period = period;
    this.previousPeriod = previousPeriod;
    this.yearEarlierPeriod = yearEarlierPeriod;
    this.zone = zone;
    this.asOf = asOf;
    this.indicators = indicators;
  }

  /** The report period; not null. */
  public ReportPeriod period() {
    return period;
  }

  /** The previous period of the same granularity, compared against (环比); not null. */
  public ReportPeriod previousPeriod() {
    return previousPeriod;
  }

  /** The same period a year earlier, compared against (同比); not null. */
  public ReportPeriod yearEarlierPeriod() {
    return yearEarlierPeriod;
  }

  /** The zone that bounds the periods (the calendar's); not null. */
  public ZoneId zone() {
    return zone;
  }

  /** The instant the history was read as of (the period's end unless the host gave another); not null. */
  public OffsetDateTime asOf() {
    return asOf.atZone(zone).toOffsetDateTime();
  }

  /**
   * One indicator.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public Indicator indicator(IndicatorId id) {
    return indicators.get(requireNonNull(id, "id"));
  }

  /** Every indicator, in catalogue order. */
  public ImmutableList<Indicator> indicators() {
    return indicators.values().asList();
  }

  /** The report as stable JSON ({@link IndicatorJson#write}). */
  public String toJson() {
    return IndicatorJson.write(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorReport that
        && period.equals(that.period)
        && zone.equals(that.zone)
        && asOf.equals(that.asOf)
        && indicators.equals(that.indicators);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, zone, asOf, indicators);
  }

  /** E.g. {@code IndicatorReport[MONTH 2026-03, 35 indicators]}. */
  @Override
  public String toString() {
    return "IndicatorReport[" + period + ", " + indicators.size() + " indicators]";
  }
}
