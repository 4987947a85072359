package org.enforcementdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The derivation a clerk reads: the counting rule, each day skipped and why, the office windows used. */
class DeadlineTest {

  private static final WorkingCalendar CHINA = WorkingCalendar.china();

  @Test
  void explain_workingDaysOverTheSpringFestival_showsRuleMakeUpDayAndEachHolidayDay() {
    Deadline d = CHINA.due(OffsetDateTime.parse("2026-02-13T16:00+08:00"), Period.parse("3 working days"));

    assertThat(d.explain())
        .startsWith("3 working days from 2026-02-13T16:00+08:00: due 2026-02-25T17:30+08:00\n")
        .contains(
            "  2026-02-13 (Fri) received at 16:00 (+08:00); 3 working days: the day of receipt does not count,"
                + " counting starts the next day (民法典 Art. 201)\n"
                + "  2026-02-14 (Sat) working day 1 of 3: make-up working day (调休)\n"
                + "  2026-02-15 (Sun) skipped: 春节 holiday\n"
                + "  2026-02-16 (Mon) skipped: 春节 holiday\n")
        .contains(
            "  2026-02-23 (Mon) skipped: 春节 holiday\n"
                + "  2026-02-24 (Tue) working day 2 of 3\n"
                + "  2026-02-25 (Wed) working day 3 of 3\n"
                + "  2026-02-25 (Wed) due at close of office hours, 17:30 (+08:00) (民法典 Art. 203: the last day ends"
                + " when business stops)");
    assertThat(d.derivation()).hasSize(14).extracting(DerivationStep::date).isSorted();
  }

  @Test
  void explain_naturalDaysEndingInAHoliday_citesTheRestDayExtension() {
    Deadline d = CHINA.due(OffsetDateTime.parse("2026-09-28T10:00+08:00"), Period.naturalDays(7));

    assertThat(d.derivation())
        .extracting(DerivationStep::toString)
        .containsExactly(
            "2026-09-28 (Mon) received at 10:00 (+08:00); 7 natural days: the day of receipt does not count,"
                + " counting starts the next day (民法典 Art. 201)",
            "2026-10-05 (Mon) day 7 of 7 after the day of receipt, not a working day (国庆节 holiday): the period"
                + " ends on the next working day (民法典 Art. 203)",
            "2026-10-06 (Tue) skipped: 国庆节 holiday",
            "2026-10-07 (Wed) skipped: 国庆节 holiday",
            "2026-10-08 (Thu) due at close of office hours, 17:30 (+08:00) (民法典 Art. 203: the last day ends when"
                + " business stops)");
  }

  @Test
  void explain_workingHoursFromTheLunchBreak_showsTheOpeningAndTheWindowsUsed() {
    Deadline d = CHINA.due(OffsetDateTime.parse("2026-05-29T12:30+08:00"), Period.workingHours(6));

    assertThat(d.derivation())
        .extracting(DerivationStep::toString)
        .containsExactly(
            "2026-05-29 (Fri) received at 12:30 (+08:00); 6 working hours: counts office time only, skipping lunch"
                + " breaks, nights, weekends, holidays and closures",
            "2026-05-29 (Fri) received outside office hours: counting starts at the next opening, 14:30 (+08:00)",
            "2026-05-29 (Fri) office window 14:30-17:30: counted 14:30-17:30 (3h), total 3h of 6h",
            "2026-05-30 (Sat) skipped: weekend",
            "2026-05-31 (Sun) skipped: weekend",
            "2026-06-01 (Mon) office window 08:00-12:00: counted 08:00-11:00 (3h), total 6h of 6h",
            "2026-06-01 (Mon) due at 11:00 (+08:00), when the office time is used up");
  }

  @Test
  void explain_workingHoursUsedUpAtAWindowEnd_saysSo() {
    Deadline d = CHINA.due(OffsetDateTime.parse("2026-03-10T10:00+08:00"), Period.workingHours(2));

    assertThat(d.explain())
        .endsWith(
            "2026-03-10 (Tue) due at 12:00 (+08:00): used up exactly at the end of office window 08:00-12:00, so due"
                + " then, not at the next opening");
  }

  @Test
  void explain_workingHoursOnAMakeUpDay_namesIt() {
    Deadline d = CHINA.due(OffsetDateTime.parse("2026-02-14T10:00+08:00"), Period.workingHours(1));

    assertThat(d.explain())
        .contains("2026-02-14 (Sat) office window 08:00-12:00 of a make-up working day (调休): counted 10:00-11:00");
  }

  @Test
  void explain_naturalHours_citesTheExactMoment() {
    Deadline d = CHINA.due(OffsetDateTime.parse("2026-02-14T23:00+08:00"), Period.naturalHours(2));

    assertThat(d.explain())
        .isEqualTo(
            "2 natural hours from 2026-02-14T23:00+08:00: due 2026-02-15T01:00+08:00\n"
                + "  2026-02-14 (Sat) received at 23:00 (+08:00); 2 natural hours: runs from that exact moment, nights,"
                + " weekends and holidays included (民法典 Art. 201)\n"
                + "  2026-02-15 (Sun) due at 01:00 (+08:00), 2 natural hours after receipt");
  }

  @Test
  void start_givenInAnotherOffset_isKeptAsTheSameInstantInTheCalendarZone() {
    Deadline d = CHINA.due(OffsetDateTime.parse("2026-02-13T08:00Z"), Period.workingDays(3));

    assertThat(d.start()).hasToString("2026-02-13T16:00+08:00");
    assertThat(d.period()).isEqualTo(Period.workingDays(3));
    assertThat(d).hasToString("3 working days from 2026-02-13T16:00+08:00: due 2026-02-25T17:30+08:00");
  }

  @Test
  void equals_sameStartPeriodAndDue_isEqualWhateverTheInputOffset() {
    Deadline utc = CHINA.due(OffsetDateTime.parse("2026-02-13T08:00Z"), Period.workingDays(3));
    Deadline local = CHINA.due(OffsetDateTime.parse("2026-02-13T16:00+08:00"), Period.workingDays(3));
    Deadline other = CHINA.due(OffsetDateTime.parse("2026-02-13T16:00+08:00"), Period.workingDays(2));

    assertThat(utc).isEqualTo(local).hasSameHashCodeAs(local).isNotEqualTo(other).isNotEqualTo(null);
  }

  @Test
  void derivation_askedTwice_isTheSameList() {
    Deadline d = CHINA.due(OffsetDateTime.parse("2026-02-13T16:00+08:00"), Period.workingDays(3));

    assertThat(d.derivation()).isSameAs(d.derivation());
  }
}
