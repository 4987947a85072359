package org.enforcementdesk.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One check across every calendar data file the library ships (every {@code holidays-*.yaml} beside {@link
 * HolidayTable}), in the spirit of Jollyday's HolidayFilesIntegrityTest: each parses strictly, cites its sources, has
 * consecutive years, and keeps the laws of the format even where the reader is not the one checking them. The facts
 * of the Chinese file are pinned year by year.
 */
class HolidayFilesIntegrityTest {

  static List<Path> shippedFiles() throws IOException, URISyntaxException {
    Path dir = Path.of(HolidayTable.class.getResource("holidays-cn.yaml").toURI()).getParent();
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().matches("holidays-.*\\.yaml"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void shippedFiles_includeTheChineseCalendar() throws Exception {
    assertThat(shippedFiles()).extracting(f -> f.getFileName().toString()).contains("holidays-cn.yaml");
  }

  @ParameterizedTest
  @MethodSource("shippedFiles")
  void shippedFile_parsesStrictlyWithConsecutiveYearsAndCitesSources(Path file) throws IOException {
    HolidayTable table = HolidayTable.fromFile(file);
    String text = Files.readString(file, UTF_8);

    assertThat(table.years()).isNotEmpty();
    assertThat(table.years().last() - table.years().first() + 1).isEqualTo(table.years().size());
    assertThat(text).startsWith("#").contains("Sources:");
    for (int year : table.years()) {
      assertThat(table.source(year)).as("source of %s", year).contains(String.valueOf(year)).contains("gov.cn");
      assertThat(table.holidays(year)).as("holidays of %s", year).isNotEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("shippedFiles")
  void shippedFile_everyMakeUpDayIsAWeekendOutsideEveryHoliday(Path file) {
    HolidayTable table = HolidayTable.fromFile(file);
    for (int year : table.years()) {
      for (LocalDate day : table.makeUpWorkdays(year)) {
        assertThat(day.getYear()).isEqualTo(year);
        assertThat(isWeekend(day)).as("make-up day %s is a weekend day", day).isTrue();
        assertThat(table.holidays(year)).as("make-up day %s", day).noneMatch(h -> h.contains(day));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("shippedFiles")
  void shippedFile_holidaysLieInTheirYearAndDoNotOverlap(Path file) {
    HolidayTable table = HolidayTable.fromFile(file);
    for (int year : table.years()) {
      ImmutableList<Holiday> holidays = table.holidays(year);
      for (int i = 0; i < holidays.size(); i++) {
        Holiday h = holidays.get(i);
        assertThat(h.first().getYear()).as("%s", h).isEqualTo(year);
        assertThat(h.last().getYear()).as("%s", h).isEqualTo(year);
        if (i > 0) {
          assertThat(h.first()).as("%s after %s", h, holidays.get(i - 1)).isAfter(holidays.get(i - 1).last());
        }
      }
    }
  }

  /**
   * The Chinese file year by year. Working days worked out by hand: weekdays of the year, minus holiday days that
   * fall on weekdays, plus make-up days. 2024: 262 - 19 + 8 = 251 (the figure commonly published for 2024); 2025:
   * 261 - 18 + 5 = 248; 2026: 261 - 19 + 6 = 248.
   */
  @ParameterizedTest
  @CsvSource({
    "2024, 7, 8, 28, 251",
    "2025, 6, 5, 28, 248",
    "2026, 7, 6, 33, 248",
  })
  void chinaFile_year_hasTheNoticesCounts(
      int year, int holidays, int makeUpDays, int daysOff, int workingDays) {
    HolidayTable china = HolidayTable.china();

    assertThat(china.holidays(year)).hasSize(holidays);
    assertThat(china.makeUpWorkdays(year)).hasSize(makeUpDays);
    assertThat(china.holidays(year).stream().mapToLong(h -> h.first().until(h.last()).getDays() + 1).sum())
        .isEqualTo(daysOff);
    assertThat(
            LocalDate.of(year, 1, 1)
                .datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(d -> china.isMakeUpWorkday(d) || (!isWeekend(d) && china.holidayOn(d).isEmpty())))
        .hasSize(workingDays);
  }

  /** The statutory days (全国年节及纪念日放假办法) that every year's notice must give off: 1 Jan, 1 May, 1-3 Oct. */
  @ParameterizedTest
  @CsvSource({"2024", "2025", "2026"})
  void chinaFile_year_givesTheStatutoryDaysOff(int year) {
    HolidayTable china = HolidayTable.china();
    for (LocalDate day :
        List.of(
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 5, 1),
            LocalDate.of(year, 10, 1),
            LocalDate.of(year, 10, 2),
            LocalDate.of(year, 10, 3))) {
      assertThat(china.holidayOn(day)).as("%s", day).isPresent();
    }
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
