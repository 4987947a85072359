package org.enforcementdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.order.RecordedEvent;
import org.junit.jupiter.api.Test;

/** Bad input is refused with an error that names the field and the value; nothing is counted. */
class BadInputTest {

  private static final ReportPeriod MARCH = ReportPeriod.month(2026, 3);

  @Test
  void negativeHostCounts_areRefusedNamingTheFieldAndPeriod() {
    assertThatThrownBy(() -> HostFigures.builder().enforcementCases(MARCH, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("enforcementCases for 2026-03 cannot be negative: -1");
    assertThatThrownBy(() -> HostFigures.builder().notificationsPushed(MARCH, Map.of(NotificationKind.PROGRESS, -3L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("notificationsPushed PROGRESS for 2026-03 cannot be negative: -3");
  }

  @Test
  void nulls_areRefusedNamingTheArgument() {
    assertThatThrownBy(() -> IndicatorAccumulator.of(null, History.CALENDAR)).hasMessage("period");
    assertThatThrownBy(() -> IndicatorAccumulator.of(MARCH, null)).hasMessage("calendar");
    assertThatThrownBy(() -> IndicatorAccumulator.of(MARCH, History.CALENDAR).report(null)).hasMessage("host");
    assertThatThrownBy(() -> IndicatorAccumulator.of(MARCH, History.CALENDAR).accept(null)).hasMessage("event");
    assertThatThrownBy(() -> HostFigures.builder().enforcementCases(null, 1)).hasMessage("period");
    assertThatThrownBy(() -> Indicators.over(null, MARCH, History.CALENDAR, HostFigures.none())).hasMessage("ledger");
  }

  @Test
  void asOfBeforeThePeriod_isRefused() {
    assertThatThrownBy(() -> IndicatorAccumulator.of(MARCH, History.CALENDAR, History.at("2026-02-28T23:59")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("asOf 2026-02-28T15:59:00Z is before the start of period 2026-03 (2026-02-28T16:00:00Z)");
  }

  @Test
  void streamsOutOfOrderOrWithoutSubmitted_areRefused() {
    History h = new History();
    h.order("R1", "2026-03-02T09:00").accepted().resolved("2026-03-03T09:00");
    List<RecordedEvent> stream = h.streams().get(0);
    IndicatorAccumulator accumulator = IndicatorAccumulator.of(MARCH, History.CALENDAR);
    assertThatThrownBy(() -> accumulator.acceptStream(stream.subList(1, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event Accepted of R1 is version 2, expected 1");
    assertThatThrownBy(() -> accumulator.accept(new RecordedEvent(1, stream.get(1).event())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stream of R1 does not begin with Submitted but with Accepted");
  }

  @Test
  void aRateWithMoreAboveTheLineThanBelow_isRefused() {
    assertThatThrownBy(() -> Measure.rate(5, 4)).hasMessage("a rate's numerator exceeds its denominator: 5 of 4");
    assertThat(Measure.rate(0, 0).notApplicableReason()).contains("zero denominator");
    assertThat(Measure.ratio(3, 0).display()).isEqualTo("n/a");
  }
}
