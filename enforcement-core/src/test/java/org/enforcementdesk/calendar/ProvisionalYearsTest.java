package org.enforcementdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A year without a State Council notice is counted provisionally, from the national regulation in force that year:
 * its holidays, the Art. 6 make-up rest days, the flag on every deadline that reaches it, and a derivation that names
 * the year and the rule.
 */
class ProvisionalYearsTest {

  private static final WorkingCalendar CHINA = WorkingCalendar.china();

  @Test
  void year2027_withoutItsNotice_countsTheHolidaysOfThe2024Revision() {
    assertThat(CHINA.basis(2026)).isEqualTo(YearBasis.NOTICE);
    assertThat(CHINA.basis(2027)).isEqualTo(YearBasis.PROVISIONAL);
    assertThat(CHINA.holidaysOf(2027))
        .containsExactly(
            holiday("元旦", "2027-01-01", "2027-01-01"),
            // Eve Fri 02-05, days 1-3 Sat 02-06 to Mon 02-08; Saturday and Sunday made up on Tue and Wed.
            holiday("春节", "2027-02-05", "2027-02-08"),
            holiday("春节补假 (Art. 6)", "2027-02-09", "2027-02-10"),
            holiday("清明节", "2027-04-05", "2027-04-05"),
            // Sat 05-01 and Sun 05-02, made up on Mon and Tue.
            holiday("劳动节", "2027-05-01", "2027-05-02"),
            holiday("劳动节补假 (Art. 6)", "2027-05-03", "2027-05-04"),
            holiday("端午节", "2027-06-09", "2027-06-09"),
            holiday("中秋节", "2027-09-15", "2027-09-15"),
            // Fri 10-01 to Sun 10-03: Saturday and Sunday made up on Mon and Tue.
            holiday("国庆节", "2027-10-01", "2027-10-03"),
            holiday("国庆节补假 (Art. 6)", "2027-10-04", "2027-10-05"));
    assertThat(CHINA.isWorkingDay(LocalDate.of(2027, 2, 10))).isFalse();
    assertThat(CHINA.isWorkingDay(LocalDate.of(2027, 2, 11))).isTrue();
    // No make-up working days: only a notice sets those.
    assertThat(CHINA.isWorkingDay(LocalDate.of(2027, 2, 20))).isFalse();
  }

  @Test
  void year2024_derivedWithThe2013Version_hasNoEveAndOneDayForLabourDay() {
    List<Holiday> derived = StatutoryHolidays.of(2024).holidays();
    assertThat(StatutoryHolidays.of(2024).source()).contains("2013 revision");
    assertThat(derived).contains(
        holiday("春节", "2024-02-10", "2024-02-12"),
        // Sat 02-10 and Sun 02-11 made up on Tue and Wed (Mon 02-12 is the third day itself).
        holiday("春节补假 (Art. 6)", "2024-02-13", "2024-02-14"),
        holiday("劳动节", "2024-05-01", "2024-05-01"));
  }

  @Test
  void overlappingHolidays_countForEach_theLaterOneMadeUpLikeAWeekendDay() {
    // 2028: 国庆 Sun 10-01 to Tue 10-03, 中秋 Tue 10-03. The Sunday is made up on Wed 10-04; the shared Tuesday,
    // the later holiday's, on Thu 10-05.
    assertThat(StatutoryHolidays.of(2028).holidays())
        .contains(
            holiday("国庆节", "2028-10-01", "2028-10-02"),
            holiday("国庆节、中秋节", "2028-10-03", "2028-10-03"),
            holiday("国庆节补假 (Art. 6)", "2028-10-04", "2028-10-04"),
            holiday("中秋节补假 (Art. 6)", "2028-10-05", "2028-10-05"));
    // 2020 (2013 version): 中秋 and 国庆 both on Thu 10-01; the shared day and Sat 10-03 are made up on Mon and Tue.
    assertThat(StatutoryHolidays.of(2020).holidays())
        .contains(
            holiday("中秋节、国庆节", "2020-10-01", "2020-10-01"),
            holiday("国庆节", "2020-10-02", "2020-10-03"),
            holiday("国庆节补假 (Art. 6)", "2020-10-05", "2020-10-06"));
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2025, 2026})
  void derivation_ofAYearWithItsNotice_givesOnlyOfficialDaysOff(int year) {
    HolidayTable official = HolidayTable.china();
    for (Holiday derived : StatutoryHolidays.of(year).holidays()) {
      if (derived.name().endsWith("(Art. 6)")) {
        continue; // make-up rest days: the notice moves them into its own arrangement
      }
      for (LocalDate day = derived.first(); !day.isAfter(derived.last()); day = day.plusDays(1)) {
        assertThat(official.holidayOn(day))
            .as("%s, derived as %s under %s", day, derived.name(), HolidayRegulation.inForce(year))
            .isPresent();
      }
    }
  }

  @Test
  void deadline_reachingAProvisionalYear_saysSoAndItsDerivationNamesTheYearAndTheRule() {
    Deadline late = CHINA.due(OffsetDateTime.parse("2026-12-30T10:00+08:00"), Period.workingDays(3));

    // Thu 12-31 counts; Fri 01-01 is 元旦; Mon 01-04 and Tue 01-05 count.
    assertThat(late.dueAt()).hasToString("2027-01-05T17:30+08:00");
    assertThat(late.isProvisional()).isTrue();
    assertThat(late.provisionalYears()).containsExactly(2027);
    assertThat(late.counted().provisional()).isTrue();
    assertThat(late.counted().provisionalYears()).containsExactly(2027);
    assertThat(late.explain())
        .contains("(provisional: 2027 counted without its notice)")
        .contains("2027 is provisional: no State Council notice for 2027 is loaded")
        .contains("全国年节及纪念日放假办法 (2024 revision, in force since 2025-01-01)")
        .contains("2027-01-01 (Fri) skipped: 元旦 holiday");
  }

  @Test
  void deadline_insideTheNoticedYears_isFirm() {
    Deadline firm = CHINA.due(OffsetDateTime.parse("2026-12-29T10:00+08:00"), Period.workingDays(2));
    assertThat(firm.dueAt()).hasToString("2026-12-31T17:30+08:00");
    assertThat(firm.isProvisional()).isFalse();
    assertThat(firm.explain()).doesNotContain("provisional");
    // Natural hours consult no holiday at all, even across the new year.
    assertThat(CHINA.due(OffsetDateTime.parse("2026-12-31T10:00+08:00"), Period.naturalHours(48)).isProvisional())
        .isFalse();
    // Natural days whose last day is a working day of the noticed year never look further.
    assertThat(CHINA.due(OffsetDateTime.parse("2026-12-01T10:00+08:00"), Period.naturalDays(30)).isProvisional())
        .isFalse();
  }

  @Test
  void version_dependsOnThePolicy() {
    WorkingCalendar strict = WorkingCalendar.builder().whenYearMissing(MissingYearPolicy.FAIL).build();
    assertThat(strict.version()).isNotEqualTo(CHINA.version());
    assertThat(WorkingCalendar.builder().build().version()).isEqualTo(CHINA.version());
  }

  private static Holiday holiday(String name, String first, String last) {
    return new Holiday(name, LocalDate.parse(first), LocalDate.parse(last));
  }
}
