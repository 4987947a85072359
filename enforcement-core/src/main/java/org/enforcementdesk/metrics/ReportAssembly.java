package org.enforcementdesk.metrics;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.enforcementdesk.notify.NotificationKind;

/** Turns the three windows' counters and the host's figures into the report's measures. */
final class ReportAssembly {

  private ReportAssembly() {}

  static IndicatorReport assemble(Windows windows, HostFigures host, ReportPeriod period, ZoneId zone, Instant asOf) {
    Map<IndicatorId, Indicator> indicators = new EnumMap<>(IndicatorId.class);
    for (IndicatorId id : IndicatorId.values()) {
      indicators.put(
          id,
          new Indicator(
              id,
              measure(id, windows, Windows.CURRENT, host),
              measure(id, windows, Windows.PREVIOUS, host),
              measure(id, windows, Windows.YEAR_EARLIER, host),
              breakdowns(id, windows, host)));
    }
    return new IndicatorReport(
        period, period.previous(), period.yearEarlier(), zone, asOf, ImmutableMap.copyOf(indicators));
  }

  private static Measure measure(IndicatorId id, Windows windows, int window, HostFigures host) {
    Tally tally = windows.tally(window);
    ReportPeriod period = windows.period(window);
    switch (id) {
      case CASE_VISIT_RATIO:
        return overCases(tally.numerator(IndicatorId.VISITS), host.enforcementCases(period));
      case PETITION_RATIO:
        return overCases(tally.numerator(IndicatorId.PETITIONS), host.enforcementCases(period));
      case NOTIFICATIONS_PUSHED:
        return host.notificationsPushed(period)
            .map(byKind -> Measure.count(byKind.values().stream().mapToLong(Long::longValue).sum()))
            .orElse(Measure.notApplicable(Unit.COUNT, "no notification count from the host"));
      default:
        break;
    }
    switch (id.unit()) {
      case RATE:
        return Measure.rate(tally.numerator(id), tally.denominator(id));
      case COUNT:
        return Measure.count(tally.numerator(id));
      case DURATION:
        SampleSet set = SampleSet.of(id);
        long samples = tally.sampleCount(set);
        if (samples == 0) {
          return Measure.duration(0, 0);
        }
        boolean median = SampleSet.isMedian(id);
        return Measure.duration(samples, tally.quantile(set, median ? 1 : 9, median ? 2 : 10));
      default:
        throw new IllegalStateException("no formula for " + id.id());
    }
  }

  private static Measure overCases(long numerator, Optional<Long> cases) {
    return cases
        .map(count -> Measure.ratio(numerator, count))
        .orElse(Measure.notApplicable(Unit.RATIO, "no enforcement case count from the host"));
  }

  private static ImmutableMap<String, ImmutableSortedMap<String, Measure>> breakdowns(
      IndicatorId id, Windows windows, HostFigures host) {
    Tally tally = windows.tally(Windows.CURRENT);
    ReportPeriod period = windows.period(Windows.CURRENT);
    ImmutableMap.Builder<String, ImmutableSortedMap<String, Measure>> breakdowns = ImmutableMap.builder();
    for (String dimension : id.breakdowns()) {
      ImmutableSortedMap.Builder<String, Measure> byKey = ImmutableSortedMap.naturalOrder();
      if (id == IndicatorId.NOTIFICATIONS_PUSHED) {
        Optional<ImmutableMap<NotificationKind, Long>> pushed = host.notificationsPushed(period);
        for (NotificationKind kind : NotificationKind.values()) {
          byKey.put(
              kind.name(),
              pushed
                  .map(counts -> Measure.count(counts.getOrDefault(kind, 0L)))
                  .orElse(Measure.notApplicable(Unit.COUNT, "no notification count from the host")));
        }
      } else if (id == IndicatorId.CASE_VISIT_RATIO) {
        Optional<Long> cases = host.enforcementCases(period);
        tally.breakdown(IndicatorId.VISITS, dimension)
            .forEach((key, counts) -> byKey.put(key, overCases(counts[0], cases)));
      } else {
        tally.breakdown(id, dimension).forEach(
            (key, counts) -> {
              // A count taken back to zero (an overdue item closed in time) is as if never counted.
              if (counts[0] != 0 || counts[1] != 0) {
                byKey.put(key, id.unit() == Unit.RATE ? Measure.rate(counts[0], counts[1]) : Measure.count(counts[0]));
              }
            });
      }
      breakdowns.put(dimension, byKey.build());
    }
    return breakdowns.build();
  }
}
