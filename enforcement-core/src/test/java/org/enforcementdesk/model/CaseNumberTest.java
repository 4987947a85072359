package org.enforcementdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CaseNumberTest {

  @ParameterizedTest
  @CsvSource({
    // input,                      year, court,  level,        type, serial, suffix, printed
    "（2024）闽0322执1234号,        2024, 闽0322, BASIC,        执,   1234,   0, （2024）闽0322执1234号",
    "（2019）黔0102执47号,          2019, 黔0102, BASIC,        执,   47,     0, （2019）黔0102执47号",
    "（2024）闽03执恢12号,          2024, 闽03,   INTERMEDIATE, 执恢, 12,     0, （2024）闽03执恢12号",
    "（2022）京0105执保888号,       2022, 京0105, BASIC,        执保, 888,    0, （2022）京0105执保888号",
    "（2021）粤0306执异1001号,      2021, 粤0306, BASIC,        执异, 1001,   0, （2021）粤0306执异1001号",
    "（2023）闽执复5号,             2023, 闽,     HIGH,         执复, 5,      0, （2023）闽执复5号",
    "（2020）最高法执监123号,       2020, 最高法, SUPREME,      执监, 123,    0, （2020）最高法执监123号",
    "（2024）沪01执协3号,           2024, 沪01,   INTERMEDIATE, 执协, 3,      0, （2024）沪01执协3号",
    "（2024）内0123执他7号,         2024, 内0123, BASIC,        执他, 7,      0, （2024）内0123执他7号",
    "（2024）闽0322执1234号之一,    2024, 闽0322, BASIC,        执,   1234,   1, （2024）闽0322执1234号之一",
    "（2016）新01执1号之十二,       2016, 新01,   INTERMEDIATE, 执,   1,      12, （2016）新01执1号之十二",
    "（2024）渝05执恢999999号之九十九, 2024, 渝05, INTERMEDIATE, 执恢, 999999, 99, （2024）渝05执恢999999号之九十九",
    "(2024)闽0322执1234号,          2024, 闽0322, BASIC,        执,   1234,   0, （2024）闽0322执1234号",
    "(2018)云0114执恢1302号之二,    2018, 云0114, BASIC,        执恢, 1302,   2, （2018）云0114执恢1302号之二",
    "（1949）琼执1号,               1949, 琼,     HIGH,         执,   1,      0, （1949）琼执1号",
    "（2999）藏01执他10号,          2999, 藏01,   INTERMEDIATE, 执他, 10,     0, （2999）藏01执他10号",
  })
  void parse_realFormats_readsEveryPart(
      String input,
      int year,
      String court,
      CourtLevel level,
      String typeCode,
      int serial,
      int suffix,
      String printed) {
    CaseNumber number = CaseNumber.parse(input);

    assertThat(number.year()).isEqualTo(year);
    assertThat(number.courtCode()).isEqualTo(CourtCode.parse(court));
    assertThat(number.courtCode().level()).isEqualTo(level);
    assertThat(number.type()).isEqualTo(EnforcementCaseType.fromCode(typeCode));
    assertThat(number.serial()).isEqualTo(serial);
    assertThat(number.suffixOrdinal()).isEqualTo(suffix);
    assertThat(number.hasSuffix()).isEqualTo(suffix != 0);
    assertThat(number.format()).isEqualTo(printed);
    assertThat(number).hasToString(printed);
    assertThat(CaseNumber.parse(printed)).isEqualTo(number);
  }

  @Test
  void parse_halfWidthBrackets_acceptsAndPrintsFullWidth() {
    CaseNumber number = CaseNumber.parse("(2024)闽0322执1234号");

    assertThat(number.format()).isEqualTo("（2024）闽0322执1234号");
    assertThat(number).isEqualTo(CaseNumber.parse("（2024）闽0322执1234号"));
  }

  @Test
  void parse_longestTypeCode_winsOverBare执() {
    CaseNumber number = CaseNumber.parse("（2024）闽0322执恢12号");

    assertThat(number.type()).isEqualTo(EnforcementCaseType.RESTORED_ENFORCEMENT);
    assertThat(number.serial()).isEqualTo(12);
  }

  @Test
  void parse_surroundingWhitespace_isTrimmed() {
    assertThat(CaseNumber.parse(" \t\u3000（2024）闽0322执1234号之一\n "))
        .isEqualTo(CaseNumber.of(2024, CourtCode.of("闽", "0322"), EnforcementCaseType.FIRST_ENFORCEMENT, 1234, 1));
  }

  @Test
  void parse_anyCharSequence_isRead() {
    assertThat(CaseNumber.parse(new StringBuilder("（2024）闽03执恢12号"))).hasToString("（2024）闽03执恢12号");
  }

  static Stream<Arguments> invalidInputs() {
    return Stream.of(
        arguments("", "case number is empty"),
        arguments("   ", "case number \"   \" is blank"),
        arguments("\u3000\t", "case number \"\u3000\t\" is blank"),
        arguments("2024闽0322执1234号", "must start with '（' or '(' at index 0, found '2'"),
        arguments("【2024】闽0322执1234号", "must start with '（' or '(' at index 0, found '【'"),
        arguments("（2024)闽0322执1234号", "brackets must match: '（' at index 0 is closed by ')' at index 5"),
        arguments("(2024）闽0322执1234号", "brackets must match: '(' at index 0 is closed by '）' at index 5"),
        arguments("（2024闽0322执1234号", "missing '）' after the year at index 5, found '闽'"),
        arguments("（24）闽0322执1234号", "year must be 4 digits at index 3, found '）'"),
        arguments("（20245）闽0322执1234号", "year must be 4 digits at index 1, found a fifth digit at index 5"),
        arguments("（２０２４）闽0322执1234号", "year must be 4 digits at index 1, found '２'"),
        arguments("（1948）闽0322执1234号", "year 1948 at index 1 is outside 1949..2999"),
        arguments("（3000）闽0322执1234号", "year 3000 at index 1 is outside 1949..2999"),
        arguments("（0000）闽0322执1234号", "year 0000 at index 1 is outside 1949..2999"),
        arguments("（2024）X0322执1234号", "a province abbreviation or 最高法 at index 6, found 'X'"),
        arguments("（2024）台01执1号", "a province abbreviation or 最高法 at index 6, found '台'"),
        arguments("（2024）蒙01执1号", "at index 6, found '蒙' (court codes write Inner Mongolia as 内)"),
        arguments("（2024）贵01执1号", "at index 6, found '贵' (court codes write Guizhou as 黔)"),
        arguments("（2024）执1号", "a province abbreviation or 最高法 at index 6, found '执'"),
        arguments("（2024）闽032执1234号", "must have 0, 2 or 4 digits after the province at index 7, found 3 digits"),
        arguments("（2024）闽032212执1号", "must have 0, 2 or 4 digits after the province at index 7, found 6 digits"),
        arguments("（2024）闽00执1号", "court code digits \"00\" at index 7: prefecture part \"00\" names no"),
        arguments("（2024）闽0300执1号", "court code digits \"0300\" at index 7: county part \"00\" names no basic court"),
        arguments("（2024）最高法01执1号", "the supreme court code 最高法 takes no digits at index 9, found '0'"),
        arguments("（2024）闽0322执前1号", "there is no case type \"执前\" at index 11: pre-enforcement work is not a case type"),
        arguments("（2024）闽0322民初1号", "unknown case type at index 11, found '民'; enforcement codes are 执, 执恢"),
        arguments("（2024）闽0322执行1号", "unknown case type \"执行\" at index 11; enforcement codes are"),
        arguments("（2015）闽0322执字第1号", "unknown case type \"执字\" at index 11"),
        arguments("（2024）闽0322", "unknown case type at index 11, found end of input"),
        arguments("（2024）闽0322执恢X号", "serial must be digits at index 13, found 'X'"),
        arguments("（2024）闽0322执号", "serial must be digits at index 12, found '号'"),
        arguments("（2024）闽0322执 1号", "serial must be digits at index 12, found U+0020"),
        arguments("（2024）闽0322执01234号", "serial must not start with '0' at index 12, found \"01234\""),
        arguments("（2024）闽0322执0号", "serial must not start with '0' at index 12, found \"0\""),
        arguments("（2024）闽0322执1234567号", "serial must have at most 6 digits at index 12, found 7"),
        arguments("（2024）闽0322执99999999999999999999号", "serial must have at most 6 digits at index 12, found 20"),
        arguments("（2024）闽0322执1234", "missing '号' after the serial at index 16, found end of input"),
        arguments("（2024）闽0322执1234 号", "missing '号' after the serial at index 16, found U+0020"),
        arguments("（2024）闽0322执1234号abc", "unexpected text after '号' at index 17, found \"abc\""),
        arguments("（2024）闽0322执1234号号", "unexpected text after '号' at index 17, found \"号\""),
        arguments("（2024）闽0322执1234号 之一", "unexpected text after '号' at index 17, found \" 之一\""),
        arguments("（2024）闽0322执1234号之", "missing a Chinese numeral after '之' at index 18, found end of input"),
        arguments("（2024）闽0322执1234号之一十", "must be a Chinese numeral 一..九十九 at index 18, found \"一十\""),
        arguments("（2024）闽0322执1234号之一百", "must be a Chinese numeral 一..九十九 at index 18, found \"一百\""),
        arguments("（2024）闽0322执1234号之1", "must be a Chinese numeral 一..九十九 at index 18, found \"1\""),
        arguments("（2024）闽0322执1234号之一X", "must be a Chinese numeral 一..九十九 at index 18, found \"一X\""),
        arguments("  2024", "case number \"  2024\": must start with '（' or '(' at index 2, found '2'"));
  }

  @ParameterizedTest
  @MethodSource("invalidInputs")
  void parse_invalidInput_throwsIllegalArgumentSayingWhatAndWhere(String input, String messageFragment) {
    assertThatThrownBy(() -> CaseNumber.parse(input))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(messageFragment);
  }

  @Test
  void parse_invalidInput_quotesTheInputFirst() {
    assertThatThrownBy(() -> CaseNumber.parse("（2024）闽0322执恢X号"))
        .hasMessage("case number \"（2024）闽0322执恢X号\": serial must be digits at index 13, found 'X'");
  }

  @Test
  void parse_longInvalidInput_isCutInTheMessage() {
    String input = "（2024）闽0322执1234号" + "x".repeat(1000);

    assertThatThrownBy(() -> CaseNumber.parse(input))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("case number \"（2024）闽0322执1234号xxxxxxxxxxxxxxxxxxxxxxx...\" (1017 chars): ")
        .hasMessageContaining("unexpected text after '号' at index 17")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThatThrownBy(() -> CaseNumber.parse(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("case number must not be null");
  }

  @Test
  void of_validParts_printsThem() {
    CourtCode court = CourtCode.of("闽", "0322");

    assertThat(CaseNumber.of(2024, court, EnforcementCaseType.RESTORED_ENFORCEMENT, 12))
        .hasToString("（2024）闽0322执恢12号")
        .isEqualTo(CaseNumber.of(2024, court, EnforcementCaseType.RESTORED_ENFORCEMENT, 12, 0));
    assertThat(CaseNumber.of(2020, CourtCode.supremeCourt(), EnforcementCaseType.SUPERVISION, 1, 3))
        .hasToString("（2020）最高法执监1号之三");
  }

  static Stream<Arguments> invalidParts() {
    CourtCode court = CourtCode.of("闽", "0322");
    EnforcementCaseType type = EnforcementCaseType.FIRST_ENFORCEMENT;
    return Stream.of(
        arguments(1948, court, type, 1, 0, IllegalArgumentException.class, "year must be in 1949..2999: 1948"),
        arguments(3000, court, type, 1, 0, IllegalArgumentException.class, "year must be in 1949..2999: 3000"),
        arguments(2024, court, type, 0, 0, IllegalArgumentException.class, "serial must be in 1..999999: 0"),
        arguments(2024, court, type, -5, 0, IllegalArgumentException.class, "serial must be in 1..999999: -5"),
        arguments(
            2024, court, type, 1_000_000, 0, IllegalArgumentException.class, "serial must be in 1..999999: 1000000"),
        arguments(2024, court, type, 1, -1, IllegalArgumentException.class, "suffix ordinal must be in 0..99: -1"),
        arguments(2024, court, type, 1, 100, IllegalArgumentException.class, "suffix ordinal must be in 0..99: 100"),
        arguments(2024, null, type, 1, 0, NullPointerException.class, "courtCode must not be null"),
        arguments(2024, court, null, 1, 0, NullPointerException.class, "type must not be null"));
  }

  @ParameterizedTest
  @MethodSource("invalidParts")
  void of_invalidParts_isRejectedWithTheValue(
      int year,
      CourtCode court,
      EnforcementCaseType type,
      int serial,
      int suffix,
      Class<? extends RuntimeException> exception,
      String message) {
    assertThatThrownBy(() -> CaseNumber.of(year, court, type, serial, suffix))
        .isExactlyInstanceOf(exception)
        .hasMessage(message);
  }

  @Test
  void equals_comparesEveryPart() {
    CaseNumber base = CaseNumber.parse("（2024）闽0322执1234号");

    assertThat(base)
        .isEqualTo(CaseNumber.parse("(2024)闽0322执1234号"))
        .hasSameHashCodeAs(CaseNumber.parse("(2024)闽0322执1234号"))
        .isNotEqualTo(CaseNumber.parse("（2023）闽0322执1234号"))
        .isNotEqualTo(CaseNumber.parse("（2024）闽0321执1234号"))
        .isNotEqualTo(CaseNumber.parse("（2024）闽0322执恢1234号"))
        .isNotEqualTo(CaseNumber.parse("（2024）闽0322执1235号"))
        .isNotEqualTo(CaseNumber.parse("（2024）闽0322执1234号之一"))
        .isNotEqualTo("（2024）闽0322执1234号")
        .isNotEqualTo(null);
  }
}
