package org.enforcementdesk.metrics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The three windows one pass fills: the report period, the previous period and the same period a year earlier, each
 * {@code [start, cutoff)} with the cutoff its end or the report's as-of instant, whichever is earlier. A thing falls
 * into a window by its attribution instant; the windows it falls into are given as a bit mask, so that an event
 * outside all three costs two comparisons each and nothing else.
 */
final class Windows {

  static final int CURRENT = 0;
  static final int PREVIOUS = 1;
  static final int YEAR_EARLIER = 2;

  private final List<ReportPeriod> periods;
  private final ZoneId zone;
  private final Instant[] starts = new Instant[3];
  private final Instant[] cutoffs = new Instant[3];
  private final Tally[] tallies = {new Tally(), new Tally(), new Tally()};

  Windows(ReportPeriod period, ZoneId zone, Instant asOf) {
    this.periods = List.of(period, period.previous(), period.yearEarlier());
    this.zone = zone;
    for (int w = 0; w < 3; w++) {
      starts[w] = periods.get(w).startIn(zone);
      Instant end = periods.get(w).endIn(zone);
      cutoffs[w] = asOf.isBefore(end) ? asOf : end;
    }
  }

  ReportPeriod period(int window) {
    return periods.get(window);
  }

  Tally tally(int window) {
    return tallies[window];
  }

  /** The windows {@code at} falls into. */
  int at(Instant at) {
    int mask = 0;
    for (int w = 0; w < 3; w++) {
      if (!at.isBefore(starts[w]) && at.isBefore(cutoffs[w])) {
        mask |= 1 << w;
      }
    }
    return mask;
  }

  /** Of the windows a cohort entered ({@code mask}), those whose cutoff comes after its outcome {@code at}. */
  int outcomeWithin(int mask, Instant at) {
    int within = 0;
    for (int w = 0; w < 3; w++) {
      if ((mask & (1 << w)) != 0 && at.isBefore(cutoffs[w])) {
        within |= 1 << w;
      }
    }
    return within;
  }

  void add(int mask, IndicatorId id, long numerator, long denominator) {
    for (int w = 0; mask != 0 && w < 3; w++) {
      if ((mask & (1 << w)) != 0) {
        tallies[w].add(id, numerator, denominator);
      }
    }
  }

  void addBy(int mask, IndicatorId id, String dimension, String key, long numerator, long denominator) {
    for (int w = 0; mask != 0 && w < 3; w++) {
      if ((mask & (1 << w)) != 0) {
        tallies[w].addBy(id, dimension, key, numerator, denominator);
      }
    }
  }

  void sample(int mask, SampleSet set, long seconds) {
    for (int w = 0; mask != 0 && w < 3; w++) {
      if ((mask & (1 << w)) != 0) {
        tallies[w].sample(set, seconds);
      }
    }
  }

  /**
   * The sub-period of the report period an instant falls into, for the volume's time series: the month for a year or
   * quarter ({@code 2026-03}), the day for a month, week or custom range ({@code 2026-03-05}), the hour for a day
   * ({@code 2026-03-05T14}).
   */
  String subPeriod(Instant at) {
    LocalDateTime local = LocalDateTime.ofInstant(at, zone);
    switch (periods.get(CURRENT).granularity()) {
      case YEAR:
      case QUARTER:
        return local.toLocalDate().toString().substring(0, 7);
      case DAY:
        int hour = local.getHour();
        return local.toLocalDate() + "T" + (hour < 10 ? "0" : "") + hour;
      default:
        return local.toLocalDate().toString();
    }
  }
}
