package org.enforcementdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestFactsTest {

  @Test
  void none_hasNoFactsAndNoFlags() {
    RequestFacts none = RequestFacts.none();
    assertThat(none.seizureExpiresOn()).isEmpty();
    assertThat(none.amountAtStake()).isEmpty();
    assertThat(none.isLivelihood()).isFalse();
    assertThat(none.other()).isEmpty();
    assertThat(none).hasToString("RequestFacts[]");
  }

  @ParameterizedTest
  @CsvSource({"100, 100.00", "100.5, 100.50", "0.01, 0.01", "1.000, 1.00"})
  void amountAtStake_isNormalisedToFen(String given, String kept) {
    assertThat(RequestFacts.builder().amountAtStake(new BigDecimal(given)).build().amountAtStake())
        .contains(new BigDecimal(kept));
  }

  @ParameterizedTest
  @CsvSource({
    "-1, 'amountAtStakeYuan cannot be negative: -1'",
    "0.001, 'amountAtStakeYuan has more than two decimal places (fen): 0.001'",
    "10000000000000.01, 'amountAtStakeYuan is implausibly large: 10000000000000.01'",
  })
  void amountAtStake_invalid_failsNamingTheValue(String given, String message) {
    assertThatThrownBy(() -> RequestFacts.builder().amountAtStake(new BigDecimal(given)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void other_typedFactName_isRefused() {
    assertThatThrownBy(() -> RequestFacts.builder().other("livelihood", "true"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fact \"livelihood\" is a typed fact; set it with its own method");
  }

  @Test
  void other_isKeptSortedByName() {
    RequestFacts facts = RequestFacts.builder().other("zeta", "1").other("alpha", "\"a\"").build();
    assertThat(facts.other()).containsExactly(java.util.Map.entry("alpha", "\"a\""), java.util.Map.entry("zeta", "1"));
  }

  @Test
  void toBuilder_givesEqualFacts() {
    RequestFacts facts =
        RequestFacts.builder()
            .seizureExpiresOn(LocalDate.of(2026, 3, 6))
            .causeOfAction("民间借贷")
            .livelihood(true)
            .other("x", "1")
            .build();
    assertThat(facts.toBuilder().build()).isEqualTo(facts).hasSameHashCodeAs(facts);
    assertThat(facts.toBuilder().livelihood(false).build()).isNotEqualTo(facts);
  }

  @Test
  void toString_listsSetFactsInFixedOrder() {
    RequestFacts facts =
        RequestFacts.builder().caseNotYetFiled(true).livelihood(true).causeOfAction("追索劳动报酬").build();
    assertThat(facts).hasToString("RequestFacts[causeOfAction=追索劳动报酬, livelihood, caseNotYetFiled]");
  }
}
