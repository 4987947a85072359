package org.enforcementdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The fast calendar against the {@link NaiveCalendar} oracle, and the laws of deadline arithmetic, on generated starts
 * across 2024-2026 (starts end in October 2026 so that no deadline leaves the shipped data). Seeds are fixed so the
 * build is repeatable; periods are bounded (60 working hours, 30 days) because the oracle walks by the minute.
 */
class WorkingCalendarPropertiesTest {

  private static final WorkingCalendar CHINA = WorkingCalendar.china();
  private static final NaiveCalendar ORACLE = new NaiveCalendar();

  private static final ZonedDateTime FIRST = ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, NaiveCalendar.SHANGHAI);
  private static final ZonedDateTime LAST = ZonedDateTime.of(2026, 10, 31, 0, 0, 0, 0, NaiveCalendar.SHANGHAI);
  private static final int MINUTES = (int) Duration.between(FIRST, LAST).toMinutes();

  /** Office-hour edges of both seasons (08:00, 12:00, 14:30, 15:00, 17:30, 18:00), in minutes of the day. */
  private static final int[] EDGES = {480, 720, 870, 900, 1050, 1080};

  /**
   * Whole-minute starts, which the oracle can walk exactly: half anywhere, half within a minute of an office-hour
   * edge, where off-by-one mistakes live and uniform minutes rarely land.
   */
  private static final Gen<ZonedDateTime> MINUTE_STARTS =
      integers()
          .between(0, MINUTES)
          .map(m -> FIRST.plusMinutes(m))
          .mix(
              integers()
                  .between(0, MINUTES / 1440 - 1)
                  .zip(
                      integers().between(0, EDGES.length - 1),
                      integers().between(-1, 1),
                      (day, edge, shift) -> FIRST.plusDays(day).plusMinutes(EDGES[edge] + shift)),
              50);

  /** Starts with seconds and nanoseconds, for the laws that need no oracle. */
  private static final Gen<Instant> INSTANTS =
      longs()
          .between(FIRST.toEpochSecond(), LAST.toEpochSecond())
          .zip(integers().between(0, 999_999_999), (s, n) -> Instant.ofEpochSecond(s, n));

  private static final Gen<Integer> WORKING_MINUTES = integers().between(1, 60 * 60);
  private static final Gen<Integer> DAYS = integers().between(1, 30);

  private static QuickTheory qt(long seed, int examples) {
    return QuickTheory.qt().withFixedSeed(seed).withExamples(examples);
  }

  @Test
  void isWorkingDay_everyDayOf2024To2026_agreesWithTheOracle() {
    for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
      assertThat(CHINA.isWorkingDay(d)).as("%s", d).isEqualTo(ORACLE.isWorkingDay(d));
    }
  }

  @Test
  void dueWorkingHours_generatedStarts_agreesWithTheOracle() {
    qt(1L, 300)
        .forAll(MINUTE_STARTS, WORKING_MINUTES)
        .checkAssert((start, minutes) -> agree(start, Period.workingMinutes(minutes)));
  }

  @Test
  void dueNaturalHours_generatedStarts_agreesWithTheOracle() {
    qt(2L, 200)
        .forAll(MINUTE_STARTS, WORKING_MINUTES)
        .checkAssert((start, minutes) -> agree(start, Period.naturalMinutes(minutes)));
  }

  @Test
  void dueWorkingDays_generatedStarts_agreesWithTheOracle() {
    qt(3L, 300).forAll(MINUTE_STARTS, DAYS).checkAssert((start, days) -> agree(start, Period.workingDays(days)));
  }

  @Test
  void dueNaturalDays_generatedStarts_agreesWithTheOracle() {
    qt(4L, 300).forAll(MINUTE_STARTS, DAYS).checkAssert((start, days) -> agree(start, Period.naturalDays(days)));
  }

  @Test
  void nextOpening_generatedInstants_agreesWithTheOracle() {
    qt(5L, 300).forAll(MINUTE_STARTS).checkAssert(at ->
        assertThat(CHINA.nextOpening(at.toInstant()).toInstant())
            .as("next opening after %s", at)
            .isEqualTo(ORACLE.nextOpening(at).toInstant()));
  }

  @Test
  void workingTimeBetween_generatedIntervals_agreesWithTheOracle() {
    Gen<Integer> lengths = integers().between(0, 10 * 24 * 60);
    qt(6L, 200).forAll(MINUTE_STARTS, lengths).checkAssert((from, minutes) -> {
      ZonedDateTime to = from.plusMinutes(minutes);
      assertThat(CHINA.workingTimeBetween(from.toInstant(), to.toInstant()))
          .as("office time in [%s, %s)", from, to)
          .isEqualTo(ORACLE.workingTimeBetween(from, to));
    });
  }

  @Test
  void plusWorkingTime_isTheInverseOfWorkingTimeBetween() {
    Gen<Long> amounts = longs().between(0, 60L * 3600 * 1_000_000_000L);
    qt(12L, 300).forAll(INSTANTS, amounts).checkAssert((from, nanos) -> {
      Duration amount = Duration.ofNanos(nanos);
      Instant to = CHINA.plusWorkingTime(from, amount).toInstant();
      assertThat(to).isAfterOrEqualTo(from);
      assertThat(CHINA.workingTimeBetween(from, to)).as("office time from %s to %s", from, to).isEqualTo(amount);
    });
  }

  @Test
  void due_anyKind_isNotBeforeTheStart() {
    qt(7L, 400).forAll(INSTANTS, periods()).checkAssert((start, period) ->
        assertThat(CHINA.due(start, period).dueAt().toInstant()).isAfterOrEqualTo(start));
  }

  @Test
  void due_longerPeriod_isNotEarlier() {
    qt(8L, 400).forAll(INSTANTS, periods(), integers().between(0, 20)).checkAssert((start, period, extra) -> {
      Period longer = extra == 0 ? period : period.plus(sameKind(period, extra));
      assertThat(CHINA.due(start, longer).dueAt()).isAfterOrEqualTo(CHINA.due(start, period).dueAt());
    });
  }

  @Test
  void dueWorkingHours_lands_insideOfficeHoursOrAtAWindowEnd() {
    qt(9L, 400).forAll(INSTANTS, WORKING_MINUTES).checkAssert((start, minutes) -> {
      OffsetDateTime due = CHINA.due(start, Period.workingMinutes(minutes)).dueAt();
      LocalDate day = due.toLocalDate();
      LocalTime time = due.toLocalTime();
      assertThat(CHINA.isWorkingDay(day)).as("due %s on a working day", due).isTrue();
      // Strictly after a window's opening (a positive period has counted some office time there) and not after its end.
      assertThat(CHINA.officeHours(day).windows())
          .as("due %s within a window (start, end]", due)
          .anyMatch(w -> time.isAfter(w.start()) && !time.isAfter(w.end()));
    });
  }

  /**
   * Holds for every start: a first period used up at a window's end leaves the continuation to start at the next
   * opening, which is exactly where the longer period goes on counting; one used up inside a window continues there.
   */
  @Test
  void dueWorkingHours_continuedFromADeadline_equalsTheSumPeriod() {
    qt(10L, 400).forAll(INSTANTS, WORKING_MINUTES, WORKING_MINUTES).checkAssert((start, a, b) -> {
      Period pa = Period.workingMinutes(a);
      Period pb = Period.workingMinutes(b);
      OffsetDateTime first = CHINA.due(start, pa).dueAt();
      assertThat(CHINA.due(first, pb).dueAt()).isEqualTo(CHINA.due(start, pa.plus(pb)).dueAt());
    });
  }

  /** Also holds for working days: the first deadline lies on the a-th working day, and b more follow it. */
  @Test
  void dueWorkingDays_continuedFromADeadline_equalsTheSumPeriod() {
    Gen<Integer> halves = integers().between(1, 15); // a + b stays within the shipped years
    qt(11L, 300).forAll(INSTANTS, halves, halves).checkAssert((start, a, b) -> {
      OffsetDateTime first = CHINA.due(start, Period.workingDays(a)).dueAt();
      assertThat(CHINA.due(first, Period.workingDays(b)).dueAt())
          .isEqualTo(CHINA.due(start, Period.workingDays(a + b)).dueAt());
    });
  }

  @Test
  void workingTimeBetween_startAndWorkingHoursDeadline_isThePeriod() {
    qt(12L, 400).forAll(INSTANTS, WORKING_MINUTES).checkAssert((start, minutes) -> {
      Period p = Period.workingMinutes(minutes);
      Instant due = CHINA.due(start, p).dueAt().toInstant();
      assertThat(CHINA.workingTimeBetween(start, due)).isEqualTo(p.duration());
    });
  }

  private static void agree(ZonedDateTime start, Period period) {
    assertThat(CHINA.due(start.toOffsetDateTime(), period).dueAt().toInstant())
        .as("%s from %s", period, start)
        .isEqualTo(ORACLE.due(start, period).toInstant());
  }

  private static Gen<Period> periods() {
    return integers().between(0, 3).zip(integers().between(1, 30 * 60), (kind, n) -> {
      switch (kind) {
        case 0:
          return Period.naturalMinutes(n);
        case 1:
          return Period.workingMinutes(n);
        case 2:
          return Period.workingDays(1 + n % 30);
        default:
          return Period.naturalDays(1 + n % 30);
      }
    });
  }

  private static Period sameKind(Period p, int n) {
    return p.kind().countsDays() ? Period.of(p.kind(), n) : Period.of(p.kind(), Duration.ofMinutes(n * 17L));
  }
}
