package org.enforcementdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CourtCodeTest {

  @ParameterizedTest
  @CsvSource({
    "最高法, 最高法, '', SUPREME",
    "闽, 闽, '', HIGH",
    "闽03, 闽, 03, INTERMEDIATE",
    "闽0322, 闽, 0322, BASIC",
    "京0491, 京, 0491, BASIC",
    "内0123, 内, 0123, BASIC",
    "黔01, 黔, 01, INTERMEDIATE",
    "新, 新, '', HIGH",
  })
  void parse_validCode_readsProvinceDigitsAndLevel(String text, String province, String digits, CourtLevel level) {
    CourtCode code = CourtCode.parse(text);

    assertThat(code.province()).isEqualTo(province);
    assertThat(code.digits()).isEqualTo(digits);
    assertThat(code.level()).isEqualTo(level);
    assertThat(code.format()).isEqualTo(text);
    assertThat(code).hasToString(text).isEqualTo(CourtCode.of(province, digits));
  }

  @Test
  void parse_allThirtyOneProvinces_areHighCourts() {
    for (char province : "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋内陕吉闽黔粤青藏川宁琼".toCharArray()) {
      assertThat(CourtCode.parse(String.valueOf(province)).level()).isEqualTo(CourtLevel.HIGH);
    }
  }

  @Test
  void supremeCourt_isTheCode最高法() {
    assertThat(CourtCode.supremeCourt()).isEqualTo(CourtCode.parse("最高法")).isEqualTo(CourtCode.of("最高法", ""));
  }

  @Test
  void parse_surroundingWhitespace_isIgnored() {
    assertThat(CourtCode.parse(" 闽03\t")).isEqualTo(CourtCode.of("闽", "03"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "闽032    | court code \"闽032\": court code must have 0, 2 or 4 digits after the province at index 1, found 3",
        "闽03a    | court code \"闽03a\": unexpected text after the court code at index 3, found \"a\"",
        "X03      | court code \"X03\": court code must start with a province abbreviation or 最高法 at index 0, found 'X'",
        "蒙01     | found '蒙' (court codes write Inner Mongolia as 内)",
        "贵01     | found '贵' (court codes write Guizhou as 黔)",
        "闽00     | court code \"闽00\": court code digits \"00\" at index 1: prefecture part \"00\" names no",
        "闽0300   | court code digits \"0300\" at index 1: county part \"00\" names no basic court",
        "最高法01 | the supreme court code 最高法 takes no digits at index 3, found '0'",
      })
  void parse_invalidCode_saysWhatAndWhere(String text, String messageFragment) {
    assertThatThrownBy(() -> CourtCode.parse(text))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(messageFragment);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void parse_emptyOrBlank_isRejected(String text) {
    assertThatThrownBy(() -> CourtCode.parse(text))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("court code ");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "蒙  | 01    | unknown province abbreviation \"蒙\" (court codes write Inner Mongolia as 内)",
        "闽南 | 01    | unknown province abbreviation \"闽南\"",
        "闽  | 3     | court code digits must be none, 2 or 4 ASCII digits, found \"3\"",
        "闽  | ０３  | court code digits must be none, 2 or 4 ASCII digits, found \"０３\"",
        "闽  | 0022  | court code digits \"0022\": prefecture part \"00\" names no intermediate or basic court",
        "最高法 | 01 | the supreme court code 最高法 takes no digits, found \"01\"",
      })
  void of_invalidParts_isRejected(String province, String digits, String message) {
    assertThatThrownBy(() -> CourtCode.of(province, digits))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void of_nullParts_throwNullPointerException() {
    assertThatThrownBy(() -> CourtCode.of(null, "01"))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("province must not be null");
    assertThatThrownBy(() -> CourtCode.of("闽", null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("digits must not be null");
    assertThatThrownBy(() -> CourtCode.parse(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("court code must not be null");
  }

  @Test
  void equals_sameProvinceAndDigits_isEqualWithSameHashCode() {
    assertThat(CourtCode.of("闽", "03")).isEqualTo(CourtCode.parse("闽03")).hasSameHashCodeAs(CourtCode.parse("闽03"));
    assertThat(CourtCode.of("闽", "03")).isNotEqualTo(CourtCode.of("闽", "0322")).isNotEqualTo(CourtCode.of("粤", "03"));
    assertThat(CourtCode.of("闽", "03")).isNotEqualTo("闽03").isNotEqualTo(null);
  }
}
