package org.enforcementdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.ResolutionKind;
import org.junit.jupiter.api.Test;

/**
 * The seed court's published figures (DOMAIN.md section 2) as test vectors, through histories that produce them and
 * the report's real formulas: 166 of 394 pre-enforcement cases resolved (42.13%), 170 of 419 delegated cases
 * resolved, 37 of 79 risk cases resolved, 99.78% finished on time, the case-visit ratio down 5.87% year on year.
 */
class SeedFiguresTest {

  private static final ReportPeriod YEAR = ReportPeriod.year(2025);

  /** A Beijing time in 2025: the {@code i}-th thing's day (spread over 250 days from 2 January), {@code plus} days on. */
  private static String day(int i, int plus, String hhmm) {
    return LocalDate.of(2025, 1, 2).plusDays(i % 250 + plus) + "T" + hhmm;
  }

  private static String day(int i, String hhmm) {
    return day(i, 0, hhmm);
  }

  @Test
  void preEnforcement_166of394_is42point13percent() {
    History h = new History();
    for (int i = 0; i < 394; i++) {
      History.Order order =
          h.order("PE-" + i, day(i, "09:00")).notYetFiled().accepted()
              .delegated(day(i, "10:00"), History.TEAM, day(i, 20, "17:30"), true);
      if (i < 166) {
        order.resolved(day(i, 10, "11:00"), ResolutionKind.VOLUNTARY_PERFORMANCE);
      } else {
        order.returned(day(i, 20, "09:00"));
      }
    }
    Indicator rate = h.report(YEAR, HostFigures.none()).indicator(IndicatorId.PRE_ENFORCEMENT_RESOLUTION_RATE);
    assertThat(rate.current()).isEqualTo(Measure.rate(166, 394));
    assertThat(rate.current().display()).isEqualTo("42.13%");
    assertThat(rate.current().value()).contains(new BigDecimal("0.421320"));
  }

  @Test
  void delegatedToVillages_170of419() {
    History h = new History();
    for (int i = 0; i < 419; i++) {
      History.Order order =
          h.order("V-" + i, day(i, "09:00")).accepted()
              .delegated(day(i, "10:00"), History.VILLAGE, day(i, 7, "17:30"), false);
      if (i < 170) {
        order.resolved(day(i, 3, "11:00"), ResolutionKind.SETTLEMENT);
      } else {
        order.returned(day(i, 7, "09:00"));
      }
    }
    Indicator rate = h.report(YEAR, HostFigures.none()).indicator(IndicatorId.DELEGATED_RESOLUTION_RATE);
    assertThat(rate.current()).isEqualTo(Measure.rate(170, 419));
    assertThat(rate.current().display()).isEqualTo("40.57%");
  }

  @Test
  void riskCases_37of79() {
    History h = new History();
    for (int i = 0; i < 79; i++) {
      History.Case risky = h.onCase("（2024）闽0322执" + (i + 1) + "号").risk(day(i, "09:00"), RiskKind.values()[i % 4]);
      risky.risk(day(i, 1, "09:00"), RiskKind.REPEATED_VISITS); // joins the open risk case
      if (i < 37) {
        risky.riskClosed(day(i, 30, "09:00"));
      }
    }
    IndicatorReport report = h.report(YEAR, HostFigures.none());
    assertThat(report.indicator(IndicatorId.RISK_CASES_SCREENED).current()).isEqualTo(Measure.count(79));
    assertThat(report.indicator(IndicatorId.RISK_CASES_RESOLVED).current()).isEqualTo(Measure.count(37));
    assertThat(report.indicator(IndicatorId.RISK_RESOLUTION_RATE).current()).isEqualTo(Measure.rate(37, 79));
    assertThat(report.indicator(IndicatorId.RISK_RESOLUTION_RATE).current().display()).isEqualTo("46.84%");
  }

  @Test
  void onTime_6379of6393_is99point78percent() {
    History h = new History();
    for (int i = 0; i < 6393; i++) {
      History.Order order = h.order("R-" + i, day(i, "09:00")).accepted();
      // 14 of them resolved a month late; the rest the next day, well within 5 working days.
      order.resolved(i < 14 ? day(i, 40, "10:00") : day(i, 1, "10:00"));
    }
    IndicatorReport report = h.report(YEAR, HostFigures.none());
    assertThat(report.indicator(IndicatorId.REQUESTS_RECEIVED).current()).isEqualTo(Measure.count(6393));
    Indicator gross = report.indicator(IndicatorId.ON_TIME_RATE_GROSS);
    assertThat(gross.current()).isEqualTo(Measure.rate(6379, 6393));
    assertThat(gross.current().display()).isEqualTo("99.78%");
    assertThat(report.indicator(IndicatorId.ON_TIME_RATE_NET).current()).isEqualTo(Measure.rate(6379, 6393));
  }

  @Test
  void caseVisitRatio_downFivePoint87PercentYearOnYear() {
    // 2025: 6393 visits over 4000 enforcement cases (1.59825); 2024: 6452 over 3800 (1.69789...).
    // 1.59825 / 1.697894... - 1 = -0.058687..., shown as -5.87%.
    History h = new History();
    History.Case thisYear = h.onCase("（2025）闽0322执1号");
    for (int i = 0; i < 6393; i++) {
      thisYear.contact(day(i, "09:00"), ContactKind.VISIT);
    }
    History.Case lastYear = h.onCase("（2024）闽0322执1号");
    for (int i = 0; i < 6452; i++) {
      lastYear.contact(LocalDate.of(2024, 1, 2).plusDays(i % 300) + "T09:00", ContactKind.CALL);
    }
    HostFigures host =
        HostFigures.builder().enforcementCases(YEAR, 4000).enforcementCases(YEAR.yearEarlier(), 3800).build();
    Indicator ratio = h.report(YEAR, host).indicator(IndicatorId.CASE_VISIT_RATIO);
    assertThat(ratio.current()).isEqualTo(Measure.ratio(6393, 4000));
    assertThat(ratio.yearEarlier()).isEqualTo(Measure.ratio(6452, 3800));
    assertThat(ratio.changeYearOverYear().display()).isEqualTo("-5.87%");
    assertThat(ratio.changeYearOverYear().relative()).contains(new BigDecimal("-0.058687"));
  }

  @Test
  void theFormulasAlone() {
    assertThat(Measure.rate(166, 394).display()).isEqualTo("42.13%");
    assertThat(Measure.rate(170, 419).display()).isEqualTo("40.57%");
    assertThat(Measure.rate(37, 79).display()).isEqualTo("46.84%");
    assertThat(Measure.rate(6379, 6393).display()).isEqualTo("99.78%");
    assertThat(Change.between(Measure.ratio(6393, 4000), Measure.ratio(6452, 3800)).display()).isEqualTo("-5.87%");
  }
}
