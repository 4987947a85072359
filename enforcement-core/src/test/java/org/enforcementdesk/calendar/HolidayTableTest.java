package org.enforcementdesk.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HolidayTableTest {

  private static final String FILE = "holidays-court.yaml";

  @Test
  void china_shippedFile_coversTwentyFourToTwentySixWithNamedHolidays() {
    HolidayTable china = HolidayTable.china();

    assertThat(china.years()).containsExactly(2024, 2025, 2026);
    assertThat(china.holidayOn(LocalDate.of(2026, 2, 16))).map(Holiday::name).hasValue("春节");
    assertThat(china.holidayOn(LocalDate.of(2026, 2, 24))).isEmpty();
    assertThat(china.holidayOn(LocalDate.of(2027, 1, 1))).isEmpty();
    assertThat(china.isMakeUpWorkday(LocalDate.of(2026, 2, 14))).isTrue();
    assertThat(china.isMakeUpWorkday(LocalDate.of(2026, 2, 15))).isFalse();
    assertThat(china.source(2026)).contains("2026").contains("content_7047091");
    assertThat(china).hasToString("holidays-cn.yaml (2024-2026)");
  }

  @Test
  void accessors_yearNotCovered_throwNamingTheYear() {
    assertThatThrownBy(() -> HolidayTable.china().holidays(2027))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no holiday data for 2027 in holidays-cn.yaml (2024-2026)");
  }

  @Test
  void from_validFile_readsEveryEntry() {
    HolidayTable table = read(VALID);

    assertThat(table.sourceName()).isEqualTo(FILE);
    assertThat(table.holidays(2026))
        .containsExactly(
            new Holiday("春节", LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23)),
            new Holiday("国庆节", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)));
    assertThat(table.makeUpWorkdays(2026)).containsExactly(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 10, 10));
    assertThat(table.source(2026)).isEqualTo("court notice 2026");
  }

  @Test
  void extendedWith_nextYearsNotice_addsItsYearsAndKeepsTheOthers() {
    // Next year's notice (dates here are a sample, not the State Council's), and a corrected 2026 with no holidays.
    HolidayTable newer =
        read("2027:\n  source: s27\n  holidays:\n    - {name: 元旦, off: [2027-01-01, 2027-01-01]}\n"
            + "2026:\n  source: corrected\n  holidays: []\n");

    HolidayTable table = HolidayTable.china().extendedWith(newer);

    assertThat(table.years()).containsExactly(2024, 2025, 2026, 2027);
    assertThat(table.holidayOn(LocalDate.of(2027, 1, 1))).map(Holiday::name).hasValue("元旦");
    assertThat(table.holidayOn(LocalDate.of(2025, 10, 1))).map(Holiday::name).hasValue("国庆节、中秋节");
    assertThat(table.source(2026)).isEqualTo("corrected");
    assertThat(table.holidays(2026)).isEmpty();
    assertThat(table.sourceName()).isEqualTo("holidays-cn.yaml + " + FILE);
  }

  @Test
  void from_yearWithoutMakeUpDays_hasNone() {
    HolidayTable table = read("2026:\n  source: s\n  holidays: []\n");
    assertThat(table.holidays(2026)).isEmpty();
    assertThat(table.makeUpWorkdays(2026)).isEmpty();
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of(
            "unknown key in a year",
            VALID.replace("makeup_workdays:", "makeup_days:"),
            FILE + ":6:3: year 2026, unknown key 'makeup_days' (expected: source, holidays, makeup_workdays)"),
        Arguments.of(
            "unknown key in a holiday",
            VALID.replace("{name: 春节, off:", "{name: 春节, of:"),
            FILE + ":4:18: year 2026, holiday 春节: unknown or repeated key 'of' (expected: name, off)"),
        Arguments.of(
            "bad date",
            VALID.replace("2026-02-23", "2026-02-30"),
            FILE + ":4:36: year 2026, holiday 春节: bad date '2026-02-30' (expected yyyy-mm-dd)"),
        Arguments.of(
            "off range ending before it starts",
            VALID.replace("[2026-02-15, 2026-02-23]", "[2026-02-23, 2026-02-15]"),
            FILE + ":4:18: year 2026, holiday 春节: off range ends before it starts: [2026-02-23, 2026-02-15]"),
        Arguments.of(
            "off with three dates",
            VALID.replace("[2026-02-15, 2026-02-23]", "[2026-02-15, 2026-02-20, 2026-02-23]"),
            FILE + ":4:18: year 2026, holiday 春节: off must be a list of two dates [first, last]"),
        Arguments.of(
            "holiday without name",
            VALID.replace("{name: 春节, off:", "{off:"),
            FILE + ":4:7: year 2026, holiday #1: missing name"),
        Arguments.of(
            "holiday outside its year",
            VALID.replace("[2026-02-15, 2026-02-23]", "[2025-12-31, 2026-01-02]"),
            FILE + ":4:24: year 2026, holiday 春节: date 2025-12-31 lies outside its year 2026"),
        Arguments.of(
            "overlapping holidays",
            VALID.replace("[2026-10-01, 2026-10-07]", "[2026-02-20, 2026-02-27]"),
            FILE + ":5:7: year 2026, holiday 国庆节: overlaps holiday 春节 2026-02-15..2026-02-23"),
        Arguments.of(
            "make-up day on a weekday",
            VALID.replace("2026-10-10]", "2026-10-09]"),
            FILE + ":6:33: year 2026, make-up working day 2026-10-09: is a Friday, not a weekend day"),
        Arguments.of(
            "make-up day inside a holiday",
            VALID.replace("2026-10-10]", "2026-10-03]"),
            FILE + ":6:33: year 2026, make-up working day 2026-10-03: lies inside holiday 国庆节 2026-10-01..2026-10-07"),
        Arguments.of(
            "make-up day outside its year",
            VALID.replace("2026-10-10]", "2027-01-09]"),
            FILE + ":6:33: year 2026, make-up working day: date 2027-01-09 lies outside its year 2026"),
        Arguments.of(
            "make-up day listed twice",
            VALID.replace("2026-10-10]", "2026-02-14]"),
            FILE + ":6:33: year 2026, make-up working day 2026-02-14: listed twice"),
        Arguments.of(
            "missing source",
            VALID.replace("  source: court notice 2026\n", ""),
            FILE + ":1:1: year 2026, missing source (cite the notice the dates come from)"),
        Arguments.of(
            "year that is not a year",
            VALID.replace("2026:\n", "twenty-six:\n"),
            FILE + ":1:1: year key must be a year like 2026: 'twenty-six'"),
        Arguments.of(
            "year listed twice", VALID + VALID, FILE + ":7:1: year 2026 appears twice"),
        Arguments.of(
            "not YAML", VALID.replace("[2026-02-15,", "[2026-02-15,,]]"), FILE + ":4:"),
        Arguments.of("empty file", "", FILE + ":1:1: expected a mapping of years (2026: ...)"),
        Arguments.of("a list, not years", "- 2026\n", FILE + ":1:1: expected a mapping of years (2026: ...)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void from_badEntry_throwsNamingFileLineYearAndEntry(String what, String yaml, String problem) {
    assertThatThrownBy(() -> read(yaml))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("holiday file " + FILE + " has ")
        .hasMessageContaining("nothing was loaded")
        .hasMessageContaining(problem);
  }

  @Test
  void from_severalProblemsInSeveralYears_listsEveryOneAndLoadsNothing() {
    String yaml =
        "2025:\n  source: s\n  holidays:\n    - {name: 元旦, off: [2025-01-01, 2025-01-01]}\n"
            + VALID.replace("2026-02-23", "2026-02-30").replace("2026-10-10]", "2026-10-09]");

    assertThatThrownBy(() -> read(yaml))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("holiday file " + FILE + " has 2 problems, nothing was loaded:")
        .hasMessageContaining("bad date '2026-02-30'")
        .hasMessageContaining("make-up working day 2026-10-09: is a Friday");
  }

  @Test
  void fromFile_badFile_namesThePath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("holidays-court.yaml");
    Files.writeString(file, VALID.replace("2026-02-23", "2026-02-30"), UTF_8);

    assertThatThrownBy(() -> HolidayTable.fromFile(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file + ":4:36: year 2026, holiday 春节: bad date '2026-02-30'");
  }

  @Test
  void fromFile_goodFile_isNamedAfterThePath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("holidays-court.yaml");
    Files.writeString(file, VALID, UTF_8);

    assertThat(HolidayTable.fromFile(file).sourceName()).isEqualTo(file.toString());
  }

  @Test
  void fromFile_missingFile_throwsUncheckedIo(@TempDir Path dir) {
    assertThatThrownBy(() -> HolidayTable.fromFile(dir.resolve("absent.yaml")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("absent.yaml");
  }

  private static final String VALID =
      "2026:\n"
          + "  source: court notice 2026\n"
          + "  holidays:\n"
          + "    - {name: 春节, off: [2026-02-15, 2026-02-23]}\n"
          + "    - {name: 国庆节, off: [2026-10-01, 2026-10-07]}\n"
          + "  makeup_workdays: [2026-02-14, 2026-10-10]\n";

  private static HolidayTable read(String yaml) {
    return HolidayTable.from(new ByteArrayInputStream(yaml.getBytes(UTF_8)), FILE);
  }
}
