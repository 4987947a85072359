package org.enforcementdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The tables ({@link TableCounter}) against the walk ({@link DeadlineCounter}, {@link OfficeTimeCursor}) they replace
 * on the hot path, to the nanosecond, over 2024-2028: the noticed years and the provisional 2027 and 2028, starts
 * with seconds and nanoseconds anywhere and on office-hour edges, periods that cross years. Also a calendar in a zone
 * of another whole-minute offset with closures and its own hours, where the tables' arithmetic could go wrong.
 */
class TablesAgreeWithTheWalkTest {

  private static final WorkingCalendar CHINA = WorkingCalendar.china();
  private static final WorkingCalendar KATHMANDU =
      WorkingCalendar.builder()
          .zone(ZoneId.of("Asia/Kathmandu"))
          .officeHours(MonthDay.of(3, 1), MonthDay.of(10, 31), OfficeHours.parse("09:15-13:00, 13:45:30-17:00"))
          .officeHours(MonthDay.of(11, 1), MonthDay.of(2, 29), OfficeHours.parse("10:00-16:00"))
          .closure(LocalDate.of(2026, 12, 31), "年终结算 closing of accounts")
          .closure(LocalDate.of(2027, 3, 1), "全院业务培训 court-wide training")
          .build();

  private static final ZonedDateTime FIRST = ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
  private static final ZonedDateTime LAST = ZonedDateTime.of(2028, 12, 31, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
  private static final int DAYS = (int) Duration.between(FIRST, LAST).toDays();

  /** Office-hour edges of both calendars, in seconds of the day. */
  private static final int[] EDGES = {28_800, 33_300, 36_000, 43_200, 46_800, 49_530, 52_200, 54_000, 57_600, 61_200,
      63_000, 64_800};

  /** Instants anywhere, and within a nanosecond of an office-hour edge, where off-by-one mistakes live. */
  private static final Gen<Instant> INSTANTS =
      longs()
          .between(FIRST.toEpochSecond(), LAST.toEpochSecond())
          .zip(integers().between(0, 999_999_999), (s, n) -> Instant.ofEpochSecond(s, n))
          .mix(
              integers()
                  .between(0, DAYS)
                  .zip(
                      integers().between(0, EDGES.length - 1),
                      integers().between(-1, 1),
                      (day, edge, shift) -> FIRST.plusDays(day).plusSeconds(EDGES[edge]).toInstant().plusNanos(shift)),
              50);

  private static QuickTheory qt(long seed) {
    return QuickTheory.qt().withFixedSeed(seed).withExamples(400);
  }

  @Test
  void workingHours_agreeWithTheWalk() {
    qt(11L)
        .forAll(INSTANTS, longs().between(1, 400L * 3600 * 1_000_000_000L))
        .checkAssert((start, nanos) -> {
          for (WorkingCalendar calendar : new WorkingCalendar[] {CHINA, KATHMANDU}) {
            agree(calendar, start, Period.workingMinutes(nanos / 60_000_000_000L + 1));
            Duration amount = Duration.ofNanos(nanos);
            assertThat(calendar.plusWorkingTime(start, amount).toInstant())
                .as("%s of office time from %s", amount, start)
                .isEqualTo(DeadlineCounter.workingHours(calendar, start, amount, Trace.OFF));
          }
        });
  }

  @Test
  void workingAndNaturalDays_agreeWithTheWalk() {
    qt(12L)
        .forAll(INSTANTS, integers().between(1, 400))
        .checkAssert((start, days) -> {
          for (WorkingCalendar calendar : new WorkingCalendar[] {CHINA, KATHMANDU}) {
            agree(calendar, start, Period.workingDays(days));
            agree(calendar, start, Period.naturalDays(days));
          }
        });
  }

  @Test
  void workingTimeBetween_agreesWithTheWalk() {
    qt(13L)
        .forAll(INSTANTS, INSTANTS)
        .checkAssert((a, b) -> {
          Instant from = a.isBefore(b) ? a : b;
          Instant to = a.isBefore(b) ? b : a;
          for (WorkingCalendar calendar : new WorkingCalendar[] {CHINA, KATHMANDU}) {
            assertThat(calendar.workingTimeBetween(from, to))
                .as("%s to %s", from, to)
                .isEqualTo(walkedWorkingTime(calendar, from, to));
          }
        });
  }

  @Test
  void nextOpening_agreesWithTheWalk() {
    qt(14L)
        .forAll(INSTANTS)
        .checkAssert(instant -> {
          for (WorkingCalendar calendar : new WorkingCalendar[] {CHINA, KATHMANDU}) {
            OfficeTimeCursor office = new OfficeTimeCursor(calendar, instant, LocalDate.MAX, Trace.OFF);
            office.next();
            assertThat(calendar.nextOpening(instant).toInstant()).as("%s", instant).isEqualTo(office.start());
          }
        });
  }

  @Test
  void everyDayOf2024To2028_workingDayTable_agreesWithTheDayNotes() {
    for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() <= 2028; d = d.plusDays(1)) {
      assertThat(CHINA.isWorkingDay(d)).as("%s", d).isEqualTo(CHINA.note(d).isWorking());
      assertThat(KATHMANDU.isWorkingDay(d)).as("%s", d).isEqualTo(KATHMANDU.note(d).isWorking());
    }
  }

  @Test
  void aZoneWithDaylightSavingTime_isWalked_andStillAgrees() {
    WorkingCalendar berlin = WorkingCalendar.builder().zone(ZoneId.of("Europe/Berlin")).build();
    Instant start = ZonedDateTime.of(2026, 3, 27, 16, 0, 0, 0, ZoneId.of("Europe/Berlin")).toInstant();
    agree(berlin, start, Period.workingHours(5));
    agree(berlin, start, Period.workingDays(3));
    assertThat(berlin.due(start, Period.workingHours(5)).dueAt().toLocalTime()).isEqualTo(LocalTime.of(11, 30));
  }

  private static void agree(WorkingCalendar calendar, Instant start, Period period) {
    Instant walked = DeadlineCounter.due(calendar, start, period, Trace.OFF);
    assertThat(calendar.due(start, period).dueAt().toInstant()).as("%s from %s", period, start).isEqualTo(walked);
  }

  /** The walk {@code workingTimeBetween} did before the tables. */
  private static Duration walkedWorkingTime(WorkingCalendar calendar, Instant from, Instant to) {
    OfficeTimeCursor office = new OfficeTimeCursor(calendar, from, calendar.dateOf(to.minusNanos(1)), Trace.OFF);
    Duration total = Duration.ZERO;
    while (office.next() && office.start().isBefore(to)) {
      Instant end = office.end().isBefore(to) ? office.end() : to;
      total = total.plus(Duration.between(office.start(), end));
    }
    return total;
  }
}
