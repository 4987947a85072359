package org.enforcementdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportPeriodTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @ParameterizedTest
  @CsvSource({
    "DAY, 2026-03-05, 2026-03-05, 2026-03-04, 2025-03-05",
    "DAY, 2024-02-29, 2024-02-29, 2024-02-28, 2023-02-28",
    "WEEK, 2026-03-05, 2026-W10, 2026-W09, 2025-W10",
    "WEEK, 2026-12-31, 2026-W53, 2026-W52, 2025-W52",
    "MONTH, 2026-03-05, 2026-03, 2026-02, 2025-03",
    "MONTH, 2026-01-20, 2026-01, 2025-12, 2025-01",
    "QUARTER, 2026-02-01, 2026-Q1, 2025-Q4, 2025-Q1",
    "YEAR, 2026-07-01, 2026, 2025, 2025",
  })
  void labels_previousAndYearEarlier(String granularity, LocalDate day, String label, String previous, String year) {
    ReportPeriod period =
        switch (Granularity.valueOf(granularity)) {
          case DAY -> ReportPeriod.day(day);
          case WEEK -> ReportPeriod.week(day);
          case MONTH -> ReportPeriod.month(day.getYear(), day.getMonthValue());
          case QUARTER -> ReportPeriod.quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
          default -> ReportPeriod.year(day.getYear());
        };
    assertThat(period.label()).isEqualTo(label);
    assertThat(period.previous().label()).isEqualTo(previous);
    assertThat(period.yearEarlier().label()).isEqualTo(year);
    assertThat(period.previous().end()).isEqualTo(period.start());
  }

  @Test
  void month_isHalfOpenInTheCalendarsZone() {
    ReportPeriod march = ReportPeriod.month(2026, 3);
    assertThat(march.startIn(SHANGHAI)).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
    assertThat(march.endIn(SHANGHAI)).isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
    assertThat(march.lengthInDays()).isEqualTo(31);
  }

  @Test
  void between_movesBackByItsOwnLength() {
    ReportPeriod range = ReportPeriod.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 11));
    assertThat(range.previous()).isEqualTo(ReportPeriod.between(LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 1)));
    assertThat(range.yearEarlier().label()).isEqualTo("2025-03-01..2025-03-11");
  }

  @Test
  void between_endingOnTheTwentyNinthOfFebruary_hasAYearEarlierOfTheSameLength() {
    ReportPeriod range = ReportPeriod.between(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29));
    assertThat(range.yearEarlier())
        .isEqualTo(ReportPeriod.between(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 1)));
    assertThat(ReportPeriod.between(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1)).yearEarlier())
        .isEqualTo(ReportPeriod.between(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 1)));
  }

  @Test
  void between_endNotAfterStart_isRefusedNamingBoth() {
    assertThatThrownBy(() -> ReportPeriod.between(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period end 2026-03-01 must be after its start 2026-03-05");
    assertThatThrownBy(() -> ReportPeriod.between(null, LocalDate.of(2026, 3, 1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("start");
    assertThatThrownBy(() -> ReportPeriod.month(2026, 13)).hasMessage("month must be 1-12: 13");
    assertThatThrownBy(() -> ReportPeriod.quarter(2026, 0)).hasMessage("quarter must be 1-4: 0");
  }
}
