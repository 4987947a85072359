package org.enforcementdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"R-2026-000123", "a", "hotline:2026.03.02_17"})
  void of_wellFormed_keepsTextExactly(String text) {
    assertThat(RequestId.of(text).value()).isEqualTo(text);
    assertThat(RequestId.of(text)).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " R-1", "-R", "R 1", "诉求1"})
  void of_malformed_failsQuotingIt(String text) {
    assertThatThrownBy(() -> RequestId.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }

  @ParameterizedTest
  @ValueSource(ints = {65, 200})
  void of_tooLong_fails(int length) {
    assertThatThrownBy(() -> RequestId.of("R".repeat(length))).isInstanceOf(IllegalArgumentException.class);
  }
}
