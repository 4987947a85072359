package org.enforcementdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

  @ParameterizedTest
  @CsvSource({
    "1, 一", "2, 二", "9, 九", "10, 十", "11, 十一", "19, 十九", "20, 二十", "21, 二十一", "40, 四十", "99, 九十九",
  })
  void format_andParse_agreeWithTheWrittenForm(int n, String numeral) {
    assertThat(ChineseNumerals.format(n)).isEqualTo(numeral);
    assertThat(ChineseNumerals.parse(numeral)).isEqualTo(n);
  }

  @Test
  void parse_ofFormat_isIdentityOverTheWholeRange() {
    for (int n = 1; n <= ChineseNumerals.MAX; n++) {
      assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).isEqualTo(n);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "〇", "零", "一十", "一十一", "十十", "二二", "一百", "十零", "壹", "1", "九十九九"})
  void parse_nonCanonicalOrOutOfRange_returnsZero(String text) {
    assertThat(ChineseNumerals.parse(text)).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 100})
  void format_outOfRange_isRejected(int n) {
    assertThatThrownBy(() -> ChineseNumerals.format(n))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("numeral must be in 1..99: " + n);
  }
}
