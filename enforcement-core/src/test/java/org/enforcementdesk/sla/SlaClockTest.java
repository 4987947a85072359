package org.enforcementdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked SLA clocks on the default calendar (Asia/Shanghai; winter office hours 08:00-12:00 and 14:30-17:30,
 * summer 08:00-12:00 and 15:00-18:00). Each case says in a comment why the answer is what it is.
 */
class SlaClockTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.china();
  private static final PauseReason MATERIALS = PauseReason.of(PauseKind.WAITING_FOR_PARTY_MATERIALS);

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  private static SlaClock clock(Period period, String start) {
    return SlaClock.start(SlaTarget.RESOLUTION, period, at(start), CALENDAR);
  }

  @Test
  void dueAt_withoutPauses_isTheCalendarDeadline() {
    SlaClock clock = clock(Period.workingDays(3), "2026-02-13T16:00+08:00");
    // The calendar's hand case: make-up Saturday 02-14 counts, the Spring Festival 02-15..23 does not.
    assertThat(clock.dueAt()).contains(OffsetDateTime.parse("2026-02-25T17:30+08:00"));
  }

  @Test
  void workingHours_pauseInsideOfficeHours_isCreditedExactly() {
    // Tuesday 2026-03-03 09:00 + 4 working hours = 13:00 of office time: 09:00-12:00 (3h) then 14:30-15:30.
    // Paused 10:00-11:00 (1h of office time): due one office hour later, 16:30.
    SlaClock clock =
        clock(Period.workingHours(4), "2026-03-03T09:00+08:00")
            .pause(MATERIALS, at("2026-03-03T10:00+08:00"))
            .resume(at("2026-03-03T11:00+08:00"));
    assertThat(clock.dueAt()).contains(OffsetDateTime.parse("2026-03-03T16:30+08:00"));
    assertThat(clock.pauses().get(0).length()).contains(Duration.ofHours(1));
  }

  @Test
  void workingHours_pauseOutsideOfficeHours_creditsNothing() {
    // Paused from 18:00 to 08:00 the next morning: no office time passed, so the deadline stays where it was.
    SlaClock unpaused = clock(Period.workingHours(8), "2026-03-03T09:00+08:00");
    SlaClock paused =
        unpaused.pause(MATERIALS, at("2026-03-03T18:00+08:00")).resume(at("2026-03-04T08:00+08:00"));
    assertThat(paused.dueAt()).isEqualTo(unpaused.dueAt());
  }

  @Test
  void naturalHours_pauseIsCreditedInNaturalTime() {
    // 2 natural hours from 22:00 is midnight; a 30-minute pause at 22:30 moves it to 00:30.
    SlaClock clock =
        clock(Period.naturalHours(2), "2026-03-03T22:00+08:00")
            .pause(PauseReason.of(PauseKind.SUSPENDED_BY_LAW), at("2026-03-03T22:30+08:00"))
            .resume(at("2026-03-03T23:00+08:00"));
    assertThat(clock.dueAt()).contains(OffsetDateTime.parse("2026-03-04T00:30+08:00"));
  }

  @Test
  void workingDays_pauseOverTwoWorkingDays_extendsByTwoDays() {
    // Monday 2026-03-02 10:00 + 5 working days: due Monday 2026-03-09 17:30.
    // Paused Wednesday 03-04 09:00 to Thursday 03-05 15:00: Wednesday and Thursday each stood paused, +2 working
    // days, so due Wednesday 2026-03-11 17:30.
    SlaClock clock = clock(Period.workingDays(5), "2026-03-02T10:00+08:00");
    assertThat(clock.dueAt()).contains(OffsetDateTime.parse("2026-03-09T17:30+08:00"));
    SlaClock paused =
        clock.pause(MATERIALS, at("2026-03-04T09:00+08:00")).resume(at("2026-03-05T15:00+08:00"));
    assertThat(paused.dueAt()).contains(OffsetDateTime.parse("2026-03-11T17:30+08:00"));
  }

  @Test
  void workingDays_pauseOverAWeekend_creditsNoWorkingDay() {
    // Paused Saturday 03-07 to Sunday 03-08 (not working days): nothing to credit.
    SlaClock clock = clock(Period.workingDays(5), "2026-03-02T10:00+08:00");
    SlaClock paused =
        clock.pause(MATERIALS, at("2026-03-07T09:00+08:00")).resume(at("2026-03-08T20:00+08:00"));
    assertThat(paused.dueAt()).isEqualTo(clock.dueAt());
  }

  @Test
  void naturalDays_twoPausesOnOneDay_creditThatDayOnce() {
    // 7 natural days from Monday 2026-03-02: last day Monday 03-09, a working day: due 03-09 17:30.
    // Two pauses on Tuesday 03-03 credit one day: due Tuesday 03-10 17:30.
    SlaClock clock =
        clock(Period.naturalDays(7), "2026-03-02T10:00+08:00")
            .pause(MATERIALS, at("2026-03-03T09:00+08:00"))
            .resume(at("2026-03-03T10:00+08:00"))
            .pause(PauseReason.other("鉴定机构来函"), at("2026-03-03T15:00+08:00"))
            .resume(at("2026-03-03T16:00+08:00"));
    assertThat(clock.dueAt()).contains(OffsetDateTime.parse("2026-03-10T17:30+08:00"));
  }

  @Test
  void withPeriod_urgencyRaisedAfterAPause_recomputesFromTheStartAndKeepsThePause() {
    // Started Tuesday 09:00 with 5 working days; paused 10:00-11:00; then raised to 4 working hours: the deadline is
    // computed from 09:00 with the paused office hour credited: 09:00 + 4h + 1h of office time = 16:30.
    SlaClock clock =
        clock(Period.workingDays(5), "2026-03-03T09:00+08:00")
            .pause(MATERIALS, at("2026-03-03T10:00+08:00"))
            .resume(at("2026-03-03T11:00+08:00"))
            .withPeriod(Period.workingHours(4));
    assertThat(clock.dueAt()).contains(OffsetDateTime.parse("2026-03-03T16:30+08:00"));
    assertThat(clock.pauses()).hasSize(1);
  }

  @Test
  void status_walksThroughOnTrackAtRiskBreachedAndMetLate() {
    // 4 working hours from Tuesday 09:00: due 15:30 (09:00-12:00, 14:30-15:30). 75% is 3 office hours: 12:00.
    SlaClock clock = clock(Period.workingHours(4), "2026-03-03T09:00+08:00");
    SlaStatus early = clock.status(at("2026-03-03T10:00+08:00"));
    assertThat(early.state()).isEqualTo(SlaState.ON_TRACK);
    assertThat(early.remainingWorking()).isEqualTo(Duration.ofHours(3));
    assertThat(early.remainingNatural()).isEqualTo(Duration.ofMinutes(330));
    assertThat(early.usedShare()).isEqualTo(0.25);

    // At 13:00 (lunch break) 3 of 4 office hours are used: at risk.
    assertThat(clock.status(at("2026-03-03T13:00+08:00")).state()).isEqualTo(SlaState.AT_RISK);

    SlaStatus late = clock.status(at("2026-03-03T17:00+08:00"));
    assertThat(late.state()).isEqualTo(SlaState.BREACHED);
    assertThat(late.overdueWorking()).isEqualTo(Duration.ofMinutes(90));
    assertThat(late.overdueNatural()).isEqualTo(Duration.ofMinutes(90));
    assertThat(late.remainingWorking()).isZero();

    SlaStatus done = clock.stop(at("2026-03-04T08:30+08:00")).status(at("2026-03-05T08:00+08:00"));
    assertThat(done.state()).isEqualTo(SlaState.MET_LATE);
    // Late by 15:30-17:30 the day before (2h) and 08:00-08:30 (30 min) of office time; 17 natural hours.
    assertThat(done.overdueWorking()).isEqualTo(Duration.ofMinutes(150));
    assertThat(done.overdueNatural()).isEqualTo(Duration.ofHours(17));
  }

  @Test
  void atRiskAt_isWhenThreeQuartersOfTheCountedTimeAreUsed() {
    // 4 working hours from Tuesday 09:00: 75% is 3 office hours, used up at 12:00.
    SlaClock clock = clock(Period.workingHours(4), "2026-03-03T09:00+08:00");
    assertThat(clock.atRiskAt()).contains(OffsetDateTime.parse("2026-03-03T12:00+08:00"));
    // Paused 10:00-11:00 the deadline moves to 16:30 and 75% is still 3 office hours: 09:00-10:00 (1h),
    // 11:00-12:00 (2h) and 14:30-15:30 (3h), so at risk at 15:30.
    SlaClock paused = clock.pause(MATERIALS, at("2026-03-03T10:00+08:00")).resume(at("2026-03-03T11:00+08:00"));
    assertThat(paused.atRiskAt()).contains(OffsetDateTime.parse("2026-03-03T15:30+08:00"));
    assertThat(paused.status(at("2026-03-03T15:29+08:00")).state()).isEqualTo(SlaState.ON_TRACK);
    assertThat(paused.status(at("2026-03-03T15:30+08:00")).state()).isEqualTo(SlaState.AT_RISK);
    assertThat(paused.pause(MATERIALS, at("2026-03-03T12:00+08:00")).atRiskAt()).isEmpty();
  }

  @Test
  void status_pausedBeforeTheDeadline_isPausedWithAProvisionalDeadline() {
    SlaClock clock =
        clock(Period.workingHours(4), "2026-03-03T09:00+08:00").pause(MATERIALS, at("2026-03-03T10:00+08:00"));
    assertThat(clock.dueAt()).isEmpty();
    SlaStatus status = clock.status(at("2026-03-03T16:00+08:00"));
    assertThat(status.state()).isEqualTo(SlaState.PAUSED);
    // One office hour used before the pause; 3 remain from 16:00: 16:00-17:30 then 08:00-09:30 next day.
    assertThat(status.dueAt()).isEqualTo(OffsetDateTime.parse("2026-03-04T09:30+08:00"));
    assertThat(status.remainingWorking()).isEqualTo(Duration.ofHours(3));
  }

  @Test
  void status_pausedAfterTheDeadline_staysBreached() {
    SlaClock clock =
        clock(Period.workingHours(1), "2026-03-03T09:00+08:00").pause(MATERIALS, at("2026-03-03T11:00+08:00"));
    assertThat(clock.status(at("2026-03-03T11:30+08:00")).state()).isEqualTo(SlaState.BREACHED);
  }

  @Test
  void status_atAPastInstant_ignoresLaterChanges() {
    SlaClock clock =
        clock(Period.workingHours(4), "2026-03-03T09:00+08:00")
            .pause(MATERIALS, at("2026-03-03T10:00+08:00"))
            .resume(at("2026-03-03T15:00+08:00"))
            .stop(at("2026-03-03T16:00+08:00"));
    SlaStatus then = clock.status(at("2026-03-03T09:30+08:00"));
    assertThat(then.state()).isEqualTo(SlaState.ON_TRACK);
    assertThat(then.dueAt()).isEqualTo(OffsetDateTime.parse("2026-03-03T15:30+08:00"));
    assertThat(clock.status(at("2026-03-03T12:00+08:00")).state()).isEqualTo(SlaState.PAUSED);
    assertThat(clock.status(at("2026-03-04T12:00+08:00")).state()).isEqualTo(SlaState.MET);
  }

  @Test
  void stop_whilePaused_closesThePause() {
    SlaClock clock =
        clock(Period.workingDays(1), "2026-03-03T09:00+08:00")
            .pause(MATERIALS, at("2026-03-03T10:00+08:00"))
            .stop(at("2026-03-03T11:00+08:00"));
    assertThat(clock.isPaused()).isFalse();
    assertThat(clock.pauses().get(0).resumedAt()).contains(at("2026-03-03T11:00+08:00"));
    assertThat(clock.status(at("2026-03-03T11:00+08:00")).state()).isEqualTo(SlaState.MET);
  }

  @Test
  void commands_inTheWrongState_failNamingTheState() {
    SlaClock clock = clock(Period.workingDays(1), "2026-03-03T09:00+08:00");
    assertThatThrownBy(() -> clock.resume(at("2026-03-03T10:00+08:00")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("RESOLUTION clock is not paused; it cannot resume");
    SlaClock paused = clock.pause(MATERIALS, at("2026-03-03T10:00+08:00"));
    assertThatThrownBy(() -> paused.pause(MATERIALS, at("2026-03-03T11:00+08:00")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("RESOLUTION clock is already paused since 2026-03-03T02:00:00Z");
    SlaClock stopped = clock.stop(at("2026-03-03T12:00+08:00"));
    assertThatThrownBy(() -> stopped.stop(at("2026-03-03T13:00+08:00"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> stopped.withPeriod(Period.workingDays(2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("its period can no longer change");
  }

  @Test
  void commands_goingBackInTime_fail() {
    SlaClock clock = clock(Period.workingDays(1), "2026-03-03T09:00+08:00");
    assertThatThrownBy(() -> clock.pause(MATERIALS, at("2026-03-03T08:00+08:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot pause at 2026-03-03T00:00:00Z, before its last change");
    assertThatThrownBy(() -> clock.status(at("2026-03-03T08:00+08:00"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pauseReason_otherNeedsWords() {
    assertThatThrownBy(() -> PauseReason.other("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a pause for another reason must say what it is");
    assertThat(PauseReason.of(PauseKind.APPRAISAL_OR_AUCTION).note()).isEmpty();
  }

  @Test
  void withAtRiskShare_outOfRange_fails() {
    SlaClock clock = clock(Period.workingDays(1), "2026-03-03T09:00+08:00");
    assertThatThrownBy(() -> clock.withAtRiskShare(1.0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(clock.withAtRiskShare(0.5).atRiskShare()).isEqualTo(0.5);
  }
}
