package org.enforcementdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class PeriodTest {

  @ParameterizedTest
  @CsvSource({
    "3 working days,     WORKING_DAYS,  3,  ",
    "1 working day,      WORKING_DAYS,  1,  ",
    "7 natural days,     NATURAL_DAYS,  7,  ",
    "30 natural minutes, NATURAL_HOURS, ,   PT30M",
    "2 natural hours,    NATURAL_HOURS, ,   PT2H",
    "4 working hours,    WORKING_HOURS, ,   PT4H",
    "1 working minute,   WORKING_HOURS, ,   PT1M",
  })
  void parse_canonicalText_readsKindAndLengthAndPrintsTheSameText(
      String text, PeriodKind kind, Integer days, Duration duration) {
    Period p = Period.parse(text);

    assertThat(p.kind()).isEqualTo(kind);
    if (kind.countsDays()) {
      assertThat(p.days()).isEqualTo(days);
    } else {
      assertThat(p.duration()).isEqualTo(duration);
    }
    assertThat(p).hasToString(text);
  }

  @ParameterizedTest
  @CsvSource({
    "'  3   Working   DAYS ', 3 working days",
    "120 natural minutes,     2 natural hours",
    "90 working minutes,      90 working minutes",
    "007 natural days,        7 natural days",
  })
  void parse_looseText_givesTheCanonicalPeriod(String text, String canonical) {
    assertThat(Period.parse(text)).hasToString(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "3", "working days", "3 workdays", "3 working weeks", "three working days", "-3 working days",
        "3.5 working hours", "3 working day", "1 working days", "3 days", "3 natural", "3 working days later"
      })
  void parse_badText_throwsQuotingItAndListingTheForms(String text) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"")
        .hasMessageContaining("'<n> working days'")
        .hasMessageContaining("'<n> natural minutes'");
  }

  @ParameterizedTest
  @CsvSource({
    "0 working days,                  working days must be positive: 0",
    "0 natural hours,                 natural hours must be positive: 0",
    "0 natural minutes,               natural minutes must be positive: 0",
    "99999999999 working days,        period is too long",
    "99999999999999999999 natural days, period is too long",
  })
  void parse_zeroOrHugeNumber_throwsNamingTheValue(String text, String message) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void factories_readAsEnglish_matchTheTextForm() {
    assertThat(Period.naturalHours(2)).isEqualTo(Period.parse("2 natural hours"));
    assertThat(Period.naturalMinutes(30)).isEqualTo(Period.parse("30 natural minutes"));
    assertThat(Period.workingHours(4)).isEqualTo(Period.parse("4 working hours"));
    assertThat(Period.workingMinutes(240)).isEqualTo(Period.workingHours(4));
    assertThat(Period.workingDays(3)).isEqualTo(Period.parse("3 working days"));
    assertThat(Period.naturalDays(7)).isEqualTo(Period.parse("7 natural days"));
    assertThat(Period.of(PeriodKind.WORKING_HOURS, Duration.ofMinutes(90))).isEqualTo(Period.workingMinutes(90));
    assertThat(Period.of(PeriodKind.NATURAL_DAYS, 7)).isEqualTo(Period.naturalDays(7));
  }

  @Test
  void factories_nonPositiveLength_throwNamingTheValue() {
    assertThatThrownBy(() -> Period.workingDays(0)).hasMessage("working days must be positive: 0");
    assertThatThrownBy(() -> Period.naturalDays(-1)).hasMessage("natural days must be positive: -1");
    assertThatThrownBy(() -> Period.workingHours(0)).hasMessage("working hours must be positive: 0");
    assertThatThrownBy(() -> Period.workingMinutes(-5)).hasMessage("working minutes must be positive: -5");
    assertThatThrownBy(() -> Period.naturalHours(Long.MAX_VALUE)).hasMessageContaining("too long");
  }

  @Test
  void of_durationThatIsNotWholeMinutesOrPositive_throws() {
    assertThatThrownBy(() -> Period.of(PeriodKind.WORKING_HOURS, Duration.ofSeconds(90)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole minutes: PT1M30S");
    assertThatThrownBy(() -> Period.of(PeriodKind.NATURAL_HOURS, Duration.ZERO))
        .hasMessageContaining("must be positive: PT0S");
    assertThatThrownBy(() -> Period.of(PeriodKind.WORKING_HOURS, Duration.ofMinutes(-90)))
        .hasMessageContaining("must be positive: PT-1H-30M");
  }

  @Test
  void of_kindThatDoesNotMatchTheLength_throws() {
    assertThatThrownBy(() -> Period.of(PeriodKind.WORKING_DAYS, Duration.ofHours(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count days, not a duration: PT2H");
    assertThatThrownBy(() -> Period.of(PeriodKind.WORKING_HOURS, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not days: 3");
  }

  @Test
  void accessors_ofTheOtherKind_throwIllegalState() {
    assertThatThrownBy(() -> Period.workingDays(3).duration()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Period.workingHours(3).days()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void plus_sameKind_addsLengths() {
    assertThat(Period.workingDays(3).plus(Period.workingDays(2))).isEqualTo(Period.workingDays(5));
    assertThat(Period.naturalMinutes(30).plus(Period.naturalMinutes(90))).isEqualTo(Period.naturalHours(2));
  }

  @Test
  void plus_otherKind_throwsNamingBoth() {
    assertThatThrownBy(() -> Period.workingDays(3).plus(Period.naturalDays(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot add 3 natural days to 3 working days: the kinds differ");
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    assertThatThrownBy(() -> Period.workingDays(Integer.MAX_VALUE).plus(Period.workingDays(1)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void equals_sameKindAndLength_isEqualWithTheSameHash() {
    assertThat(Period.workingMinutes(120)).isEqualTo(Period.workingHours(2)).hasSameHashCodeAs(Period.workingHours(2));
    assertThat(Period.workingHours(2)).isNotEqualTo(Period.naturalHours(2));
    assertThat(Period.workingDays(2)).isNotEqualTo(Period.naturalDays(2)).isNotEqualTo(null).isNotEqualTo("2");
  }

  @Test
  void parse_ofToString_givesTheSamePeriod() {
    qt().withFixedSeed(20260213L).withExamples(500).forAll(periods()).checkAssert(p -> {
      assertThat(Period.parse(p.toString())).isEqualTo(p);
      assertThat(Period.parse(p.toString())).hasToString(p.toString());
    });
  }

  @Test
  void plus_isAssociativeAndCommutative() {
    Gen<Integer> minutes = integers().between(1, 100_000);
    qt().withFixedSeed(7L).withExamples(200).forAll(minutes, minutes, minutes).checkAssert((a, b, c) -> {
      Period pa = Period.workingMinutes(a);
      Period pb = Period.workingMinutes(b);
      Period pc = Period.workingMinutes(c);
      assertThat(pa.plus(pb).plus(pc)).isEqualTo(pa.plus(pb.plus(pc)));
      assertThat(pa.plus(pb)).isEqualTo(pb.plus(pa));
    });
  }

  private static Gen<Period> periods() {
    Gen<PeriodKind> kinds = integers().between(0, 3).map(i -> PeriodKind.values()[i]);
    Gen<Integer> lengths = integers().between(1, 1_000_000);
    return kinds.zip(lengths, (kind, n) -> kind.countsDays()
        ? Period.of(kind, n)
        : Period.of(kind, Duration.ofMinutes(n)));
  }
}
