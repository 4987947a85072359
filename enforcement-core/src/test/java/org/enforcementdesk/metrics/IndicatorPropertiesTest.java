package org.enforcementdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * Laws of the indicators over random histories: a period split in two adds up to the whole; every rate lies in
 * [0, 1]; a zero denominator is never a value; the gross on-time count never exceeds the net one; the same history
 * gives the same JSON; a stream fed event by event gives what it gives whole.
 */
class IndicatorPropertiesTest {

  private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

  @Test
  void twoDisjointPeriods_addUpToTheirUnion() {
    qt().withFixedSeed(701L).withExamples(60)
        .forAll(longs().all(), integers().between(1, 100), integers().between(1, 100))
        .checkAssert(
            (seed, firstDays, secondDays) -> {
              History h = RandomHistories.of(seed);
              LocalDate a = FIRST.plusDays(seed % 40 < 0 ? -(seed % 40) : seed % 40);
              LocalDate b = a.plusDays(firstDays);
              LocalDate c = b.plusDays(secondDays);
              ReportPeriod left = ReportPeriod.between(a, b);
              ReportPeriod right = ReportPeriod.between(b, c);
              ReportPeriod union = ReportPeriod.between(a, c);
              HostFigures host =
                  HostFigures.builder()
                      .enforcementCases(left, 40)
                      .enforcementCases(right, 60)
                      .enforcementCases(union, 100)
                      .build();
              IndicatorReport l = h.report(left, host);
              IndicatorReport r = h.report(right, host);
              IndicatorReport u = h.report(union, host);
              for (IndicatorId id : IndicatorId.values()) {
                Measure lm = l.indicator(id).current();
                Measure rm = r.indicator(id).current();
                Measure um = u.indicator(id).current();
                if (id == IndicatorId.NOTIFICATIONS_PUSHED) {
                  continue; // the host's figure, not the history's
                }
                if (id.unit() == Unit.DURATION) {
                  assertThat(um.samples()).as(id.id()).isEqualTo(lm.samples() + rm.samples());
                  continue;
                }
                assertThat(um.denominator()).as(id.id()).isEqualTo(lm.denominator() + rm.denominator());
                if (id.isCohort()) {
                  // A cohort's outcome may come after the part's end but before the union's.
                  assertThat(um.numerator()).as(id.id()).isGreaterThanOrEqualTo(lm.numerator() + rm.numerator());
                  continue;
                }
                assertThat(um.numerator()).as(id.id()).isEqualTo(lm.numerator() + rm.numerator());
                for (String dimension : id.breakdowns()) {
                  if (dimension.equals("sub_period")) {
                    continue; // keys are days of the period: the union's series is the two series side by side
                  }
                  assertThat(keyed(u, id, dimension, Measure::numerator))
                      .as(id.id() + " by " + dimension)
                      .isEqualTo(merged(l, r, id, dimension, Measure::numerator));
                  if (id.unit() == Unit.RATE) { // a ratio's keys share the period's case count
                    assertThat(keyed(u, id, dimension, Measure::denominator))
                        .isEqualTo(merged(l, r, id, dimension, Measure::denominator));
                  }
                }
              }
            });
  }

  @Test
  void ratesLieInZeroToOne_andZeroDenominatorsAreNotApplicable() {
    qt().withFixedSeed(702L).withExamples(80)
        .forAll(longs().all(), integers().between(1, 6))
        .checkAssert(
            (seed, month) -> {
              IndicatorReport report = RandomHistories.of(seed).report(ReportPeriod.month(2026, month), HostFigures.none());
              for (Indicator indicator : report.indicators()) {
                checkMeasure(indicator.current());
                checkMeasure(indicator.previous());
                checkMeasure(indicator.yearEarlier());
                indicator.breakdowns().values().forEach(byKey -> byKey.values().forEach(this::checkMeasure));
              }
            });
  }

  private void checkMeasure(Measure measure) {
    if (measure.unit() == Unit.RATE || measure.unit() == Unit.RATIO) {
      assertThat(measure.isApplicable()).isEqualTo(measure.denominator() != 0);
    }
    if (measure.unit() == Unit.RATE && measure.isApplicable()) {
      assertThat(measure.value().orElseThrow()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
      assertThat(measure.numerator()).isBetween(0L, measure.denominator());
    }
    if (!measure.isApplicable()) {
      assertThat(measure.value()).isEmpty();
      assertThat(measure.display()).isEqualTo("n/a");
    }
    if (measure.unit() == Unit.COUNT && measure.isApplicable()) {
      assertThat(measure.numerator()).isNotNegative();
    }
  }

  @Test
  void grossOnTime_neverExceedsNetOnTime() {
    qt().withFixedSeed(703L).withExamples(80)
        .forAll(longs().all(), integers().between(1, 6))
        .checkAssert(
            (seed, month) -> {
              IndicatorReport report = RandomHistories.of(seed).report(ReportPeriod.month(2026, month), HostFigures.none());
              Measure gross = report.indicator(IndicatorId.ON_TIME_RATE_GROSS).current();
              Measure net = report.indicator(IndicatorId.ON_TIME_RATE_NET).current();
              assertThat(gross.denominator()).isEqualTo(net.denominator());
              assertThat(gross.numerator()).isLessThanOrEqualTo(net.numerator());
            });
  }

  @Test
  void theSameHistory_givesByteIdenticalJson_fedWholeOrEventByEvent() {
    qt().withFixedSeed(704L).withExamples(40)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              ReportPeriod quarter = ReportPeriod.quarter(2026, 1);
              History h = RandomHistories.of(seed);
              String whole = h.report(quarter, HostFigures.none()).toJson();
              IndicatorAccumulator byEvent = IndicatorAccumulator.of(quarter, History.CALENDAR);
              h.streams().forEach(stream -> stream.forEach(byEvent::accept));
              h.caseStreams().forEach(stream -> stream.forEach(byEvent::acceptCase));
              assertThat(byEvent.report(HostFigures.none()).toJson()).isEqualTo(whole);
              assertThat(RandomHistories.of(seed).report(quarter, HostFigures.none()).toJson()).isEqualTo(whole);
            });
  }

  /** The generator is worth its name: over a few seeds, every indicator of the history counts something. */
  @Test
  void randomHistories_exerciseEveryIndicator() {
    ReportPeriod half = ReportPeriod.between(FIRST, FIRST.plusMonths(12));
    java.util.Set<IndicatorId> seen = java.util.EnumSet.noneOf(IndicatorId.class);
    for (long seed = 0; seed < 20; seed++) {
      IndicatorReport report =
          RandomHistories.of(seed)
              .report(half, HostFigures.builder().enforcementCases(half, 10).build());
      for (Indicator indicator : report.indicators()) {
        if (indicator.current().numerator() > 0) {
          seen.add(indicator.id());
        }
      }
    }
    assertThat(java.util.EnumSet.complementOf(java.util.EnumSet.copyOf(seen)))
        .containsExactly(IndicatorId.NOTIFICATIONS_PUSHED);
  }

  private static Map<String, Long> keyed(
      IndicatorReport report, IndicatorId id, String dimension, ToLongFunction<Measure> count) {
    Map<String, Long> counts = new TreeMap<>();
    report.indicator(id).breakdown(dimension).forEach((key, measure) -> counts.put(key, count.applyAsLong(measure)));
    return counts;
  }

  private static Map<String, Long> merged(
      IndicatorReport left, IndicatorReport right, IndicatorId id, String dimension, ToLongFunction<Measure> count) {
    Map<String, Long> counts = keyed(left, id, dimension, count);
    keyed(right, id, dimension, count).forEach((key, n) -> counts.merge(key, n, Long::sum));
    return counts;
  }
}
