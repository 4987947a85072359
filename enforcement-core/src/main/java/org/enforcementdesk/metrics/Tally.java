package org.enforcementdesk.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The counters of one window: numerator and denominator of every indicator, its breakdowns, and the durations
 * behind the quantiles. Plain arrays and small hash maps, so that a million requests cost a few million increments
 * and no allocation per event beyond a breakdown key seen for the first time.
 */
final class Tally {

  private static final int INDICATORS = IndicatorId.values().length;

  private final long[] numerators = new long[INDICATORS];
  private final long[] denominators = new long[INDICATORS];
  // Indicator ordinal -> dimension -> key -> {numerator, denominator}; created on first use.
  @SuppressWarnings("unchecked")
  private final Map<String, Map<String, long[]>>[] breakdowns = new Map[INDICATORS];
  private final Samples[] samples = new Samples[SampleSet.values().length];

  Tally() {
    for (int i = 0; i < samples.length; i++) {
      samples[i] = new Samples();
    }
  }

  void add(IndicatorId id, long numerator, long denominator) {
    numerators[id.ordinal()] += numerator;
    denominators[id.ordinal()] += denominator;
  }

  void addBy(IndicatorId id, String dimension, String key, long numerator, long denominator) {
    Map<String, Map<String, long[]>> byDimension = breakdowns[id.ordinal()];
    if (byDimension == null) {
      byDimension = new HashMap<>(8);
      breakdowns[id.ordinal()] = byDimension;
    }
    long[] counts = byDimension.computeIfAbsent(dimension, d -> new HashMap<>(16)).get(key);
    if (counts == null) {
      counts = new long[2];
      byDimension.get(dimension).put(key, counts);
    }
    counts[0] += numerator;
    counts[1] += denominator;
  }

  void sample(SampleSet set, long seconds) {
    samples[set.ordinal()].add(seconds);
  }

  long numerator(IndicatorId id) {
    return numerators[id.ordinal()];
  }

  long denominator(IndicatorId id) {
    return denominators[id.ordinal()];
  }

  /** One dimension's counts by key (unsorted, live); empty if nothing fell into it. */
  Map<String, long[]> breakdown(IndicatorId id, String dimension) {
    Map<String, Map<String, long[]>> byDimension = breakdowns[id.ordinal()];
    Map<String, long[]> byKey = byDimension == null ? null : byDimension.get(dimension);
    return byKey == null ? Map.of() : byKey;
  }

  /** How many durations a set holds. */
  long sampleCount(SampleSet set) {
    return samples[set.ordinal()].size;
  }

  /**
   * The nearest-rank quantile {@code p / q} of a set: the smallest sample such that at least {@code p / q} of all
   * samples are at or below it, i.e. the {@code ceil(n p / q)}-th smallest. Sorts the set in place (a multiset, so
   * nothing changes but order).
   */
  long quantile(SampleSet set, int p, int q) {
    Samples s = samples[set.ordinal()];
    Arrays.sort(s.values, 0, s.size);
    long rank = ((long) s.size * p + q - 1) / q;
    return s.values[(int) Math.max(rank, 1) - 1];
  }

  /** A growable array of seconds. */
  private static final class Samples {
    long[] values = new long[16];
    int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }
  }
}
