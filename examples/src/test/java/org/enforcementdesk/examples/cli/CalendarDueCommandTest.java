package org.enforcementdesk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CalendarDueCommandTest {

  /** Friday before the 2026 Spring Festival, in the afternoon office window (14:30-17:30 in winter). */
  private static final String FRIDAY = "2026-02-13T16:00+08:00";

  /** A court's own file for a year the shipped data lacks. The 2027 dates are test data, not the State Council's. */
  private static final String COURT_2027 =
      "# A court's own holiday file (test data).\n"
          + "2027:\n"
          + "  source: \"CalendarDueCommandTest, not an official notice\"\n"
          + "  holidays:\n"
          + "    - {name: 元旦, off: [2027-01-01, 2027-01-03]}\n"
          + "  makeup_workdays: [2027-01-09]\n";

  @TempDir Path dir;

  @Test
  void due_handWorkedCase_printsOnlyTheDueInstant() {
    CliRun run = CliRun.of("calendar", "due", "--from", FRIDAY, "--working-days", "3");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out().lines()).containsExactly("2026-02-25T17:30+08:00");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void due_explain_followsWithTheDerivationThroughTheSpringFestival() {
    CliRun run = CliRun.of("calendar", "due", "--from", FRIDAY, "--working-days", "3", "--explain");
    assertThat(run.exitCode()).isEqualTo(0);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("2026-02-25T17:30+08:00");
    assertThat(lines.get(1)).isEqualTo("3 working days from 2026-02-13T16:00+08:00: due 2026-02-25T17:30+08:00");
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).contains("2026-02-14", "working day 1 of 3", "make-up working day", "调休"))
        .anySatisfy(l -> assertThat(l).contains("2026-02-15", "skipped", "春节"))
        .anySatisfy(l -> assertThat(l).contains("2026-02-25", "working day 3 of 3"));
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Sat 02-14 is a make-up working day; 02-15 to 02-23 are the Spring Festival.
        "--working-days 3              | 2026-02-25T17:30+08:00",
        // Day 3 is Mon 02-16, a holiday: the period ends on the next working day, Tue 02-24.
        "--natural-days 3              | 2026-02-24T17:30+08:00",
        // 1.5 hours on Friday until 17:30, then 2.5 from 08:00 on the make-up Saturday.
        "--working-hours 4             | 2026-02-14T10:30+08:00",
        "--working-hours 0.5           | 2026-02-13T16:30+08:00",
        "--natural-hours 24            | 2026-02-14T16:00+08:00",
        "--natural-hours 1.25          | 2026-02-13T17:15+08:00",
        "--period=30_working_minutes   | 2026-02-13T16:30+08:00",
        "--period=1_natural_day        | 2026-02-14T17:30+08:00",
      })
  void due_eachPeriodKind_printsItsDueInstant(String period, String expected) {
    CliRun run = CliRun.of(args("calendar due --from " + FRIDAY + " " + period));
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out().lines()).containsExactly(expected);
  }

  @Test
  void due_startInUtc_printsTheResultAtTheCourtsOffset() {
    CliRun hours = CliRun.of("calendar", "due", "--from", "2026-02-13T08:00Z", "--natural-hours", "1");
    CliRun days = CliRun.of("calendar", "due", "--from", "2026-02-13T08:00Z", "--working-days", "3");
    assertThat(hours.out().lines()).containsExactly("2026-02-13T17:00+08:00");
    assertThat(days.out().lines()).containsExactly("2026-02-25T17:30+08:00");
  }

  @Test
  void due_courtCalendarFile_countsItsHolidaysAndMakeUpDays() throws IOException {
    Path court = write("court.yaml", COURT_2027);
    // Thu 2027-01-07: Friday counts, then the Saturday the court's file declares a working day.
    CliRun run =
        CliRun.of(args("calendar due --from 2027-01-07T10:00+08:00 --working-days 2 --explain --calendar", court));
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out().lines().findFirst()).hasValue("2027-01-09T17:30+08:00");
    assertThat(run.out()).contains("make-up working day");
    // Over the court's New Year holiday: Fri 01-01 to Sun 01-03 are off, Mon and Tue count.
    CliRun holiday = CliRun.of(args("calendar due --from 2026-12-31T10:00+08:00 --working-days 2 --calendar", court));
    assertThat(holiday.out().lines()).containsExactly("2027-01-05T17:30+08:00");
  }

  @Test
  void due_weekendsOnly_countsPlainWeekendsInAYearWithoutData() {
    // 2027 is not in the shipped data: Thu 12-31 and Fri 01-01 count (no holiday known), then Mon 01-04.
    CliRun run = CliRun.of(
        args("calendar due --from 2026-12-30T16:00+08:00 --working-days 3 --when-year-missing weekends-only"));
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out().lines()).containsExactly("2027-01-04T17:30+08:00");
  }

  @Test
  void due_intoAYearWithoutItsNotice_isProvisional_andSaysSo() {
    // Thu 12-31 counts; Fri 01-01 is 元旦 by the regulation; Mon 01-04 and Tue 01-05 count.
    CliRun run = CliRun.of(args("calendar due --from 2026-12-30T16:00+08:00 --working-days 3 --explain"));
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out().lines().limit(2))
        .containsExactly(
            "2027-01-05T17:30+08:00",
            "provisional: no State Council notice for 2027 in holidays-cn.yaml (2024-2026); counted with the holidays"
                + " of 全国年节及纪念日放假办法 (2024 revision, in force since 2025-01-01); the date may move when the"
                + " notice is published");
    assertThat(run.out()).contains("2027 is provisional", "2027-01-01 (Fri) skipped: 元旦 holiday");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void due_courtFileWithTheYear_isAddedToTheShippedData_andTheDeadlineIsFirm() throws IOException {
    Path court = write("court.yaml", COURT_2027);
    CliRun run = runWithCalendar(court);
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out().lines()).containsExactly("2026-02-25T17:30+08:00");
    CliRun late = CliRun.of(args("calendar due --from 2026-12-30T16:00+08:00 --working-days 3 --calendar", court));
    assertThat(late.out().lines()).containsExactly("2027-01-05T17:30+08:00");
  }

  @Test
  void due_help_showsThatExactlyOnePeriodIsRequired() {
    CliRun run = CliRun.of("calendar", "due", "--help");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("(--working-days=N | --natural-days=N | --working-hours=H |");
  }

  static Stream<Arguments> badInput() {
    String from = "calendar due --from " + FRIDAY;
    return Stream.of(
        Arguments.of("calendar due --from 2026-02-13T16:00 --working-days 3", "an offset is required, e.g. " + FRIDAY),
        Arguments.of("calendar due --from 2026-02-13 --working-days 3", "has no time and no offset"),
        Arguments.of("calendar due --from tomorrow --working-days 3", "expected an ISO-8601 date-time with an offset"),
        Arguments.of("calendar due --working-days 3", "Missing required option: '--from=DATE-TIME'"),
        Arguments.of(from, "missing the period: give one of --working-days N"),
        Arguments.of(from + " --working-days 3 --natural-hours 2", "give only one period, not --working-days and"
            + " --natural-hours"),
        Arguments.of(from + " --working-days 3 --working-days 2", "'--working-days' (N) should be specified only once"),
        Arguments.of(from + " --working-days abc", "'--working-days': expected a positive whole number of days"),
        Arguments.of(from + " --working-days 0", "got '0'"),
        Arguments.of(from + " --natural-days -3", "got '-3'"),
        Arguments.of(from + " --working-days 99999999999", "too many days"),
        Arguments.of(from + " --natural-hours 0", "'--natural-hours': expected a positive number of hours"),
        Arguments.of(from + " --natural-hours 1e3", "got '1e3'"),
        Arguments.of(from + " --working-hours 0.01", "'0.01' hours is not a whole number of minutes"),
        Arguments.of(from + " --natural-hours 9999999999999", "ends beyond the dates that can be counted"),
        Arguments.of(from + " --period=3_working_dayz", "unrecognised period: \"3 working dayz\""),
        Arguments.of(from + " --period=0_working_days", "working days must be positive: 0"),
        Arguments.of(from + " --working-days 3 --foo", "Unknown option: '--foo'"),
        Arguments.of(
            "calendar due --from 2026-12-30T16:00+08:00 --working-days 3 --when-year-missing fail",
            "no holiday data for 2027 in holidays-cn.yaml (2024-2026): give a holiday file that has 2027"),
        Arguments.of(
            "calendar due --from 2023-12-28T16:00+08:00 --natural-days 3 --when-year-missing fail",
            "no holiday data for 2023"),
        Arguments.of(
            from + " --working-days 3 --when-year-missing never",
            "'never' is not a policy for a missing year: give provisional, fail or weekends-only"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void due_badInput_exitsTwoWithOneLine(String command, String expected) {
    assertBadInput(CliRun.of(args(command)), expected);
  }

  @Test
  void due_missingCalendarFile_exitsTwoWithOneLine() {
    Path none = dir.resolve("none.yaml");
    assertBadInput(runWithCalendar(none), "no such file: " + none);
    assertBadInput(runWithCalendar(dir), "a directory, not a holiday file: " + dir);
  }

  @Test
  void due_malformedCalendarFile_exitsTwoWithEveryProblemOnOneLine() throws IOException {
    Path invalid = write("invalid.yaml", COURT_2027.replace("  source:", "  sauce:"));
    CliRun run = runWithCalendar(invalid);
    assertBadInput(run, "holiday file " + invalid + " has 2 problems, nothing was loaded: " + invalid + ":");
    assertThat(run.err()).contains("unknown key 'sauce'", "missing source");
    Path notYaml = write("broken.yaml", "2027: [\n");
    assertBadInput(runWithCalendar(notYaml), "not valid YAML");
  }

  @Test
  void due_courtCalendarWithoutTheYear_underFail_namesBothSources() throws IOException {
    Path court = write("court.yaml", COURT_2027);
    assertBadInput(
        CliRun.of(args("calendar due --from 2027-12-30T16:00+08:00 --working-days 3 --when-year-missing fail"
            + " --calendar", court)),
        "no holiday data for 2028 in holidays-cn.yaml + " + court + " (2024-2027)");
  }

  private CliRun runWithCalendar(Path file) {
    return CliRun.of("calendar", "due", "--from", FRIDAY, "--working-days", "3", "--calendar", file.toString());
  }

  private static void assertBadInput(CliRun run, String expected) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith("enforcement: ")
        .contains(expected)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  /** Splits a command on blanks ({@code _} stands for a blank inside an argument), then adds a path as is. */
  private static String[] args(String command, Path file) {
    return Stream.concat(Stream.of(args(command)), Stream.of(file.toString())).toArray(String[]::new);
  }

  /** Splits a command on blanks; {@code _} stands for a blank inside an argument. */
  private static String[] args(String command) {
    return Stream.of(command.trim().split(" +")).map(a -> a.replace('_', ' ')).toArray(String[]::new);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
