package org.enforcementdesk.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgTest {

  @ParameterizedTest
  @CsvSource({"0, 0", "12, 12", "12.04, 12", "12.05, 12.1", "372.55, 372.6", "-3.5, -3.5", "0.333333, 0.3"})
  void num_anyValue_atMostOneDecimalWithADot(double value, String written) {
    assertThat(Svg.num(value)).isEqualTo(written);
  }

  @Test
  void fit_textThatFits_isKept() {
    assertThat(Svg.fit("民间借贷纠纷", 166, 12)).isEqualTo("民间借贷纠纷");
  }

  @Test
  void fit_textTooWide_isCutWithAnEllipsisWithinTheWidth() {
    String fitted = Svg.fit("人民法院在线服务 online service mini-program", 150, 12);
    assertThat(fitted).startsWith("人民法院在线服务").endsWith("…");
    assertThat(Svg.width(fitted, 12)).isLessThanOrEqualTo(150);
  }

  @ParameterizedTest
  @CsvSource({"1, 4, 1", "4, 4, 1", "5, 4, 2", "74, 4, 20", "288, 4, 100", "200, 4, 50", "1000, 4, 500"})
  void niceStep_maximum_roundStepForAboutThatManyTicks(long max, int ticks, long step) {
    assertThat(Svg.niceStep(max, ticks)).isEqualTo(step);
  }
}
