package org.enforcementdesk.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.enforcementdesk.metrics.Change;
import org.enforcementdesk.metrics.IndicatorId;
import org.enforcementdesk.metrics.Measure;
import org.enforcementdesk.metrics.ReportPeriod;
import org.enforcementdesk.metrics.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FiguresTest {

  static Stream<Arguments> periods() {
    return Stream.of(
        Arguments.of(ReportPeriod.year(2026), "2026年"),
        Arguments.of(ReportPeriod.quarter(2026, 1), "2026年第1季度"),
        Arguments.of(ReportPeriod.month(2026, 3), "2026年3月"),
        Arguments.of(ReportPeriod.week(LocalDate.of(2026, 3, 5)), "2026年第10周"),
        Arguments.of(ReportPeriod.day(LocalDate.of(2026, 3, 5)), "2026年3月5日"),
        Arguments.of(ReportPeriod.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)), "2026-03-01至2026-03-31"));
  }

  @ParameterizedTest
  @MethodSource("periods")
  void periodZh_everyGranularity_asAChineseReportNamesIt(ReportPeriod period, String name) {
    assertThat(Figures.periodZh(period)).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource({"PT12S, 12秒", "PT40M, 40分", "PT5H20M, 5小时20分", "PT5H, 5小时", "PT76H, 3天4小时", "PT48H, 2天"})
  void humanDuration_anyDuration_daysHoursOrMinutes(String iso, String human) {
    assertThat(Figures.humanDuration(Duration.parse(iso))).isEqualTo(human);
  }

  @Test
  void value_notApplicable_saysSoWithTheReasonOnHover() {
    assertThat(Figures.value(Measure.rate(0, 0)))
        .isEqualTo("<span class=\"na\" title=\"zero denominator\">不适用 n/a</span>");
    assertThat(Figures.value(Measure.notApplicable(Unit.RATIO, "no enforcement case count from the host")))
        .contains("不适用 n/a", "no enforcement case count from the host");
  }

  @Test
  void value_duration_daysAndHoursWithTheExactFormOnHover() {
    assertThat(Figures.value(Measure.duration(3, 30 * 3600))).isEqualTo("<span title=\"PT30H\">1天6小时</span>");
  }

  @Test
  void change_lowerIsBetter_aFallIsGoodNews() {
    Change fall = Change.between(Measure.ratio(6393, 4000), Measure.ratio(6452, 3800));
    assertThat(Figures.change(IndicatorId.CASE_VISIT_RATIO, fall)).isEqualTo("<span class=\"chg good\">▼ -5.87%</span>");
    assertThat(Figures.change(IndicatorId.SATISFACTION_RATE, Change.between(Measure.rate(1, 2), Measure.rate(3, 4))))
        .isEqualTo("<span class=\"chg bad\">▼ -33.33%</span>");
    assertThat(Figures.change(IndicatorId.REQUESTS_RECEIVED, Change.between(Measure.count(6), Measure.count(1))))
        .isEqualTo("<span class=\"chg flat\">▲ +500.00%</span>");
  }

  @Test
  void change_fromZero_notApplicableNeverInfinite() {
    assertThat(Figures.change(IndicatorId.PETITIONS, Change.between(Measure.count(3), Measure.count(0))))
        .isEqualTo("<span class=\"chg na\" title=\"earlier value is zero\">不适用 n/a</span>");
  }
}
