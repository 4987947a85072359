package org.enforcementdesk.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-worked deadlines on the default calendar (Asia/Shanghai, Fujian hours: winter 08:00-12:00 + 14:30-17:30,
 * summer 1 June to 30 September 08:00-12:00 + 15:00-18:00; China 2024-2026 holidays). Each row's reasoning is in the
 * comment above it; the property tests check the same arithmetic against a naive oracle on generated starts.
 */
class WorkingCalendarTest {

  private static final WorkingCalendar CHINA = WorkingCalendar.china();

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 1. Friday 16:00 before the 2026 Spring Festival. The day of receipt never counts. Sat 02-14 is a make-up
        //    working day: day 1. 02-15..02-23 are the 春节 holiday (weekend days inside it included). Tue 02-24 is
        //    day 2, Wed 02-25 day 3; February is winter, so close of office hours is 17:30.
        "2026-02-13T16:00+08:00 | 3 working days    | 2026-02-25T17:30+08:00",
        // 2a. Received 12:30 in the winter lunch break (Tue 2026-03-10): counting starts at 14:30, 2 hours later.
        "2026-03-10T12:30+08:00 | 2 working hours   | 2026-03-10T16:30+08:00",
        // 2b. The same in summer (Tue 2026-07-07): the afternoon window opens at 15:00, so due 17:00.
        "2026-07-07T12:30+08:00 | 2 working hours   | 2026-07-07T17:00+08:00",
        // 3a. Received on the make-up Saturday 2026-02-14 at 10:00: it is a working day, so 10:00-12:00 (2h) and
        //     14:30-17:30 (3h) count; the holiday 02-15..02-23 is skipped; the 6th hour is 08:00-09:00 on Tue 02-24.
        "2026-02-14T10:00+08:00 | 6 working hours   | 2026-02-24T09:00+08:00",
        // 3b. Received on the make-up Saturday 2026-02-14: it does not count as the day of receipt; the next working
        //     day after it is Tue 02-24 (the holiday lies between).
        "2026-02-14T10:00+08:00 | 1 working day     | 2026-02-24T17:30+08:00",
        // 3c. Received on the make-up Sunday 2026-09-20 at 16:00: working hours run 16:00-18:00 (summer) that day,
        //     then 08:00-09:00 on Mon 09-21.
        "2026-09-20T16:00+08:00 | 3 working hours   | 2026-09-21T09:00+08:00",
        // 4a. 7 natural days from Mon 2026-09-28: the 7th day after it is 10-05, inside 国庆节 (10-01..10-07), so
        //     the period ends on the next working day, Thu 10-08 (民法典 Art. 203); October is winter: 17:30.
        "2026-09-28T10:00+08:00 | 7 natural days    | 2026-10-08T17:30+08:00",
        // 4b. 12 natural days from 09-28 end on Sat 10-10, a make-up working day: no extension.
        "2026-09-28T10:00+08:00 | 12 natural days   | 2026-10-10T17:30+08:00",
        // 4c. 5 natural days from Mon 2026-03-09 end on Sat 03-14, an ordinary weekend: extended to Mon 03-16.
        "2026-03-09T10:00+08:00 | 5 natural days    | 2026-03-16T17:30+08:00",
        // 5a. Fri 2026-05-29 16:30 (winter): 16:30-17:30 is 1h; the weekend is skipped; Mon 06-01 has summer hours:
        //     08:00-12:00 makes 5h, and the 6th hour runs 15:00-16:00 (not 14:30-15:30).
        "2026-05-29T16:30+08:00 | 6 working hours   | 2026-06-01T16:00+08:00",
        // 5b. One working day from Fri 05-29 ends on Mon 06-01, which closes at 18:00 in summer.
        "2026-05-29T16:30+08:00 | 1 working day     | 2026-06-01T18:00+08:00",
        // 5c. The other switch: Wed 09-30 (summer) at 17:00 has 1h left; Thu 10-01 starts the 国庆节 holiday; the
        //     next working day is Thu 10-08 with winter hours: 08:00-09:00.
        "2026-09-30T17:00+08:00 | 2 working hours   | 2026-10-08T09:00+08:00",
        // 6a. A start in UTC: 08:00Z is 16:00 in Shanghai, case 1 again; the result carries +08:00.
        "2026-02-13T08:00Z      | 3 working days    | 2026-02-25T17:30+08:00",
        // 6b. 20:00Z on Mon 03-09 is already Tue 03-10 04:00 in Shanghai: the day of receipt is 03-10, so one
        //     working day is Wed 03-11.
        "2026-03-09T20:00Z      | 1 working day     | 2026-03-11T17:30+08:00",
        // 6c. -03:00 (São Paulo): 2026-03-09T23:30-03:00 is Tue 03-10 10:30 in Shanghai; 10:30-12:00 is 1h30,
        //     the last 30 minutes run 14:30-15:00 after the lunch break.
        "2026-03-09T23:30-03:00 | 2 working hours   | 2026-03-10T15:00+08:00",
        // Used up exactly at a window's end: due at 12:00, not at the next opening 14:30.
        "2026-03-10T10:00+08:00 | 2 working hours   | 2026-03-10T12:00+08:00",
        // Natural hours skip nothing: Saturday night into a holiday Sunday.
        "2026-02-14T23:00+08:00 | 2 natural hours   | 2026-02-15T01:00+08:00",
        "2026-03-10T17:10+08:00 | 30 natural minutes | 2026-03-10T17:40+08:00",
        // Received before opening: the day of receipt still does not count.
        "2026-03-10T07:00+08:00 | 1 working day     | 2026-03-11T17:30+08:00",
        // Received after closing: working hours start at the next opening, Wed 08:00.
        "2026-03-10T19:00+08:00 | 4 working hours   | 2026-03-11T12:00+08:00",
        // Friday evening: the weekend is skipped; Monday 08:00-12:00 and 14:30-15:30.
        "2026-03-13T18:00+08:00 | 5 working hours   | 2026-03-16T15:30+08:00",
      })
  void due_handWorkedCase_fallsWhereWorkedOut(OffsetDateTime start, String period, String due) {
    Deadline deadline = CHINA.due(start, Period.parse(period));

    assertThat(deadline.dueAt()).hasToString(due);
    assertThat(deadline.dueAt().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
  }

  @Test
  void isWorkingDay_aroundNationalDay2026_followsTheNotice() {
    assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 9, 30))).isTrue();
    assertThat(LocalDate.of(2026, 10, 1).datesUntil(LocalDate.of(2026, 10, 8))).noneMatch(CHINA::isWorkingDay);
    assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
    assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 10, 10))).as("make-up Saturday").isTrue();
    assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 10, 11))).as("ordinary Sunday").isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "2026-05-31, 08:00-12:00, 14:30-17:30",
    "2026-06-01, 08:00-12:00, 15:00-18:00",
    "2026-09-30, 08:00-12:00, 15:00-18:00",
    "2026-10-01, 08:00-12:00, 14:30-17:30",
    "2024-02-29, 08:00-12:00, 14:30-17:30",
  })
  void officeHours_aroundTheSeasonSwitches_areFujians(LocalDate date, String morning, String afternoon) {
    assertThat(CHINA.officeHours(date)).isEqualTo(OfficeHours.parse(morning + ", " + afternoon));
  }

  @ParameterizedTest
  @CsvSource({
    // Inside office hours: the instant itself.
    "2026-03-10T09:15:30+08:00, 2026-03-10T09:15:30+08:00",
    "2026-03-10T08:00+08:00,    2026-03-10T08:00+08:00",
    // A window's end is closed: the next window.
    "2026-03-10T12:00+08:00,    2026-03-10T14:30+08:00",
    "2026-07-07T12:00+08:00,    2026-07-07T15:00+08:00",
    // Friday after closing: Monday morning.
    "2026-03-13T17:30+08:00,    2026-03-16T08:00+08:00",
    // Inside the Spring Festival: the first working day after it.
    "2026-02-16T10:00+08:00,    2026-02-24T08:00+08:00",
    // Given in UTC, answered in +08:00.
    "2026-03-10T04:00Z,         2026-03-10T14:30+08:00",
  })
  void nextOpening_instant_isItselfOrTheNextWindowOnAWorkingDay(OffsetDateTime at, String opening) {
    assertThat(CHINA.nextOpening(at.toInstant())).hasToString(opening);
  }

  @ParameterizedTest
  @CsvSource({
    // A whole winter working day: 4h + 3h.
    "2026-03-10T00:00+08:00, 2026-03-11T00:00+08:00, PT7H",
    // A whole summer working day: 4h + 3h.
    "2026-07-07T00:00+08:00, 2026-07-08T00:00+08:00, PT7H",
    // Lunch break only.
    "2026-03-10T12:00+08:00, 2026-03-10T14:30+08:00, PT0S",
    // Friday 17:00 to Monday 09:00: 30 minutes + 1 hour.
    "2026-03-13T17:00+08:00, 2026-03-16T09:00+08:00, PT1H30M",
    // The whole Spring Festival week: nothing.
    "2026-02-15T00:00+08:00, 2026-02-24T00:00+08:00, PT0S",
    // Empty interval.
    "2026-03-10T09:00+08:00, 2026-03-10T09:00+08:00, PT0S",
    // Ends at midnight before 2027: never asks about 2027, which has no data.
    "2026-12-31T00:00+08:00, 2027-01-01T00:00+08:00, PT7H",
    // Seconds count too.
    "2026-03-10T11:59:30+08:00, 2026-03-10T14:30:15+08:00, PT45S",
  })
  void workingTimeBetween_interval_countsOfficeTimeOnly(OffsetDateTime from, OffsetDateTime to, Duration time) {
    assertThat(CHINA.workingTimeBetween(from.toInstant(), to.toInstant())).isEqualTo(time);
  }

  @Test
  void workingTimeBetween_endBeforeStart_throwsNamingBoth() {
    Instant later = Instant.parse("2026-03-10T02:00:00Z");
    Instant earlier = Instant.parse("2026-03-10T01:00:00Z");

    assertThatThrownBy(() -> CHINA.workingTimeBetween(later, earlier))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("working time interval ends before it starts: 2026-03-10T02:00:00Z > 2026-03-10T01:00:00Z");
  }

  @Test
  void due_yearWithoutDataUnderFail_failsNamingTheYearAndHowToAddIt() {
    WorkingCalendar strict = WorkingCalendar.builder().whenYearMissing(MissingYearPolicy.FAIL).build();
    // 1 working day from Thu 2026-12-31 would be in 2027, which the shipped table does not cover.
    assertThatThrownBy(() -> strict.due(OffsetDateTime.parse("2026-12-31T10:00+08:00"), Period.workingDays(1)))
        .isInstanceOfSatisfying(MissingYearException.class, e -> assertThat(e.year()).isEqualTo(2027))
        .hasMessageContaining("no holiday data for 2027 in holidays-cn.yaml (2024-2026)")
        .hasMessageContaining("HolidayTable.china().extendedWith(HolidayTable.fromFile(path))")
        .hasMessageContaining(".whenYearMissing(MissingYearPolicy.PROVISIONAL)");
    assertThatThrownBy(() -> strict.isWorkingDay(LocalDate.of(2027, 1, 4)))
        .isInstanceOf(MissingYearException.class)
        .hasMessageContaining("2027");
    // An interval that ends at midnight of 1 January never asks about the new year.
    assertThat(strict.workingTimeBetween(Instant.parse("2026-12-31T00:00:00Z"), Instant.parse("2026-12-31T16:00:00Z")))
        .isEqualTo(Duration.ofHours(7));
  }

  @Test
  void due_yearWithoutDataUnderWeekendsOnly_countsWeekdaysAndWarnsOncePerYear() {
    WorkingCalendar fallback = WorkingCalendar.builder().whenYearMissing(MissingYearPolicy.WEEKENDS_ONLY).build();
    String log =
        stderrOf(
            () -> {
              // Thu 2026-12-31 + 1 working day: Fri 2027-01-01 counts (no data, so no New Year holiday).
              assertThat(fallback.due(OffsetDateTime.parse("2026-12-31T10:00+08:00"), Period.workingDays(1)).dueAt())
                  .hasToString("2027-01-01T17:30+08:00");
              // Fri 2027-01-01 + 1 working day: Sat and Sun are skipped, Mon 01-04.
              assertThat(fallback.due(OffsetDateTime.parse("2027-01-01T10:00+08:00"), Period.workingDays(1)).dueAt())
                  .hasToString("2027-01-04T17:30+08:00");
              assertThat(fallback.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse();
            });

    assertThat(log).containsOnlyOnce("WARN").contains("no holiday data for 2027").contains("WEEKENDS_ONLY");
    assertThat(fallback.due(OffsetDateTime.parse("2027-01-01T10:00+08:00"), Period.workingDays(1)).explain())
        .contains("working day (no holiday data for this year: weekends only)");
  }

  @Test
  void due_closureOnAWorkingDay_isSkippedByName() {
    WorkingCalendar court = WorkingCalendar.builder().closure(LocalDate.of(2026, 3, 11), "全院业务培训").build();

    // Tue 03-10 + 1 working day: Wed 03-11 is closed, so Thu 03-12.
    Deadline d = court.due(OffsetDateTime.parse("2026-03-10T10:00+08:00"), Period.workingDays(1));

    assertThat(d.dueAt()).hasToString("2026-03-12T17:30+08:00");
    assertThat(d.explain()).contains("2026-03-11 (Wed) skipped: court closure: 全院业务培训");
    assertThat(court.isWorkingDay(LocalDate.of(2026, 3, 11))).isFalse();
    assertThat(court.closures()).containsEntry(LocalDate.of(2026, 3, 11), "全院业务培训");
    assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 3, 11))).as("the shared default is unchanged").isTrue();
  }

  @Test
  void due_closureOnAMakeUpDay_closesIt() {
    WorkingCalendar court = WorkingCalendar.builder().closure(LocalDate.of(2026, 2, 14), "停电 power cut").build();

    assertThat(court.isWorkingDay(LocalDate.of(2026, 2, 14))).isFalse();
  }

  @Test
  void builder_closureTwiceOrBlank_throws() {
    WorkingCalendarBuilder b = WorkingCalendar.builder().closure(LocalDate.of(2026, 3, 11), "training");

    assertThatThrownBy(() -> b.closure(LocalDate.of(2026, 3, 11), "again"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("closure on 2026-03-11 given twice: training and again");
    assertThatThrownBy(() -> b.closure(LocalDate.of(2026, 3, 12), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("closure name must not be blank: \" \" on 2026-03-12");
  }

  @Test
  void builder_officeHoursLeavingADayUncovered_throwsNamingIt() {
    WorkingCalendarBuilder b =
        WorkingCalendar.builder()
            .officeHours(MonthDay.of(3, 1), MonthDay.of(2, 28), OfficeHours.parse("09:00-17:00"));

    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("office hours do not cover 02-29");
  }

  @Test
  void builder_officeHoursOverlapping_throwsNamingTheDayAndRanges() {
    WorkingCalendarBuilder b =
        WorkingCalendar.builder()
            .officeHours(MonthDay.of(6, 1), MonthDay.of(9, 30), OfficeHours.parse("08:00-12:00, 15:00-18:00"))
            .officeHours(MonthDay.of(9, 30), MonthDay.of(6, 1), OfficeHours.parse("08:00-12:00, 14:30-17:30"));

    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "office hours overlap on 06-01: 06-01..09-30 08:00-12:00, 15:00-18:00 and"
                + " 09-30..06-01 08:00-12:00, 14:30-17:30");
  }

  @Test
  void builder_ownHoursAndZone_areUsed() {
    WorkingCalendar utc =
        WorkingCalendar.builder().zone(ZoneId.of("UTC")).officeHours(OfficeHours.parse("09:00-17:00")).build();

    // Tue 2026-03-10 16:00Z: 1h left that day, 7h on Wed 09:00-16:00.
    assertThat(utc.due(Instant.parse("2026-03-10T16:00:00Z"), Period.workingHours(8)).dueAt())
        .hasToString("2026-03-11T16:00Z");
    assertThat(utc.officeHours(LocalDate.of(2026, 7, 1))).hasToString("09:00-17:00");
    assertThat(utc.zone()).isEqualTo(ZoneId.of("UTC"));
  }

  @Test
  void builder_ownHolidayTable_replacesTheShippedOne() {
    HolidayTable court =
        HolidayTable.from(
            new ByteArrayInputStream(
                "2027:\n  source: court notice (gov.cn)\n  holidays:\n    - {name: 元旦, off: [2027-01-01, 2027-01-01]}\n"
                    .getBytes(UTF_8)),
            "holidays-court.yaml");
    WorkingCalendar calendar =
        WorkingCalendar.builder().holidays(court).whenYearMissing(MissingYearPolicy.FAIL).build();

    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(calendar.holidays()).isSameAs(court);
    assertThat(calendar.basis(2027)).isEqualTo(YearBasis.NOTICE);
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2026, 3, 10)))
        .isInstanceOf(MissingYearException.class)
        .hasMessageContaining("holidays-court.yaml");
  }

  @Test
  void due_nullArguments_throwNullPointer() {
    assertThatThrownBy(() -> CHINA.due((OffsetDateTime) null, Period.workingDays(1)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CHINA.due(Instant.EPOCH, null)).isInstanceOf(NullPointerException.class);
  }

  /** Runs {@code action} and returns what it wrote to System.err, where slf4j-simple logs. */
  private static String stderrOf(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(UTF_8);
  }
}
