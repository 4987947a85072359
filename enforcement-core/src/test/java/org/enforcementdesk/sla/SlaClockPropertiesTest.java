package org.enforcementdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.calendar.PeriodKind;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of SLA clocks over generated starts in 2024-2026, periods of all four kinds, and pauses. */
class SlaClockPropertiesTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.china();
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final PauseReason REASON = PauseReason.of(PauseKind.WAITING_FOR_PARTY_MATERIALS);

  /** A start minute anywhere from 2024-01-01 to late 2026, leaving room for the period to end in 2026. */
  private static final Gen<Instant> STARTS =
      integers()
          .between(0, (3 * 365 - 80) * 24 * 60)
          .map(minutes -> LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(minutes).atZone(SHANGHAI).toInstant());

  private static final Gen<Period> PERIODS =
      integers()
          .between(0, 3)
          .zip(
              integers().between(1, 20),
              (kind, n) ->
                  switch (kind) {
                    case 0 -> Period.naturalMinutes(30L * n);
                    case 1 -> Period.workingHours(n);
                    case 2 -> Period.workingDays(n);
                    default -> Period.naturalDays(n);
                  });

  /** A pause's offset from the start and its length, in minutes, up to about ten days each. */
  private static final Gen<Integer> MINUTES = integers().between(0, 10 * 24 * 60);

  @Test
  void withoutPauses_dueIsTheCalendarDeadline() {
    qt().withFixedSeed(101L).withExamples(300)
        .forAll(STARTS, PERIODS)
        .checkAssert(
            (start, period) ->
                assertThat(SlaClock.start(SlaTarget.RESOLUTION, period, start, CALENDAR).dueAt())
                    .contains(CALENDAR.due(start, period).dueAt()));
  }

  @Test
  void aPauseOfAnyLength_neverMakesTheDeadlineEarlier() {
    qt().withFixedSeed(102L).withExamples(300)
        .forAll(STARTS, PERIODS, MINUTES, MINUTES)
        .checkAssert(
            (start, period, offset, length) -> {
              SlaClock clock = SlaClock.start(SlaTarget.RESOLUTION, period, start, CALENDAR);
              Instant from = start.plusSeconds(60L * offset);
              SlaClock paused = clock.pause(REASON, from).resume(from.plusSeconds(60L * length));
              assertThat(paused.dueAt().orElseThrow()).isAfterOrEqualTo(clock.dueAt().orElseThrow());
            });
  }

  @Test
  void aPauseResumedAtOnce_changesNothing() {
    qt().withFixedSeed(103L).withExamples(300)
        .forAll(STARTS, PERIODS, MINUTES)
        .checkAssert(
            (start, period, offset) -> {
              SlaClock clock = SlaClock.start(SlaTarget.RESOLUTION, period, start, CALENDAR);
              Instant at = start.plusSeconds(60L * offset);
              SlaClock paused = clock.pause(REASON, at).resume(at);
              assertThat(paused.dueAt()).isEqualTo(clock.dueAt());
              Instant later = at.plusSeconds(3600);
              assertThat(paused.status(later).state()).isEqualTo(clock.status(later).state());
            });
  }

  @Test
  void hourPeriods_pausedTimeIsCreditedExactly() {
    qt().withFixedSeed(104L).withExamples(300)
        .forAll(STARTS, PERIODS.assuming(p -> !p.kind().countsDays()), MINUTES, MINUTES)
        .checkAssert(
            (start, period, offset, length) -> {
              Instant from = start.plusSeconds(60L * offset);
              Instant until = from.plusSeconds(60L * length);
              SlaClock paused =
                  SlaClock.start(SlaTarget.RESOLUTION, period, start, CALENDAR).pause(REASON, from).resume(until);
              Instant due = paused.dueAt().orElseThrow().toInstant();
              if (!from.isBefore(CALENDAR.due(start, period).dueAt().toInstant())) {
                return; // paused after the deadline: nothing to credit, checked by the law above
              }
              // Counted time from start to due, less the pause, is exactly the period.
              boolean working = period.kind() == PeriodKind.WORKING_HOURS;
              java.time.Duration counted =
                  working
                      ? CALENDAR.workingTimeBetween(start, due).minus(CALENDAR.workingTimeBetween(from, until))
                      : java.time.Duration.between(start, due).minus(java.time.Duration.between(from, until));
              assertThat(counted).isEqualTo(period.duration());
            });
  }

  @Test
  void atRiskAt_isWhereTheStatusTurnsAtRisk() {
    qt().withFixedSeed(107L).withExamples(200)
        .forAll(STARTS, PERIODS, MINUTES, MINUTES)
        .checkAssert(
            (start, period, offset, length) -> {
              Instant from = start.plusSeconds(60L * offset);
              SlaClock clock =
                  SlaClock.start(SlaTarget.RESOLUTION, period, start, CALENDAR)
                      .pause(REASON, from)
                      .resume(from.plusSeconds(60L * length));
              Instant atRisk = clock.atRiskAt().orElseThrow().toInstant();
              Instant due = clock.dueAt().orElseThrow().toInstant();
              if (atRisk.isAfter(due) || atRisk.isBefore(from.plusSeconds(60L * length))) {
                return; // crossed before the pause ended, or a pause after the breach: covered by the hand cases
              }
              assertThat(clock.status(atRisk).state()).isIn(SlaState.AT_RISK);
              if (atRisk.isAfter(from.plusSeconds(60L * length))) {
                assertThat(clock.status(atRisk.minusNanos(1)).state()).isEqualTo(SlaState.ON_TRACK);
              }
            });
  }

  @Test
  void usedShare_growsWithTimeAndReachesOneAtTheDeadline() {
    qt().withFixedSeed(105L).withExamples(200)
        .forAll(STARTS, PERIODS)
        .checkAssert(
            (start, period) -> {
              SlaClock clock = SlaClock.start(SlaTarget.RESOLUTION, period, start, CALENDAR);
              Instant due = clock.dueAt().orElseThrow().toInstant();
              Instant middle = start.plus(java.time.Duration.between(start, due).dividedBy(2));
              double atMiddle = clock.status(middle).usedShare();
              assertThat(atMiddle).isBetween(0.0, 1.0);
              assertThat(clock.status(due).usedShare()).isEqualTo(1.0);
              assertThat(clock.status(due).state()).isIn(SlaState.AT_RISK);
              assertThat(clock.status(due.plusSeconds(1)).state()).isEqualTo(SlaState.BREACHED);
            });
  }
}
