package org.enforcementdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EnforcementCaseTypeTest {

  @ParameterizedTest
  @CsvSource({
    "执, FIRST_ENFORCEMENT",
    "执恢, RESTORED_ENFORCEMENT",
    "执保, PRESERVATION",
    "执异, OBJECTION",
    "执复, REVIEW",
    "执监, SUPERVISION",
    "执协, COORDINATION",
    "执他, OTHER",
  })
  void fromCode_everyEnforcementCode_returnsItsType(String code, EnforcementCaseType expected) {
    assertThat(EnforcementCaseType.fromCode(code)).isEqualTo(expected);
    assertThat(expected.code()).isEqualTo(code);
  }

  @ParameterizedTest
  @EnumSource(EnforcementCaseType.class)
  void fromCode_ofCode_returnsSameType(EnforcementCaseType type) {
    assertThat(EnforcementCaseType.fromCode(type.code())).isSameAs(type);
    assertThat(type.description()).isNotBlank();
  }

  @Test
  void codes_areDistinct() {
    assertThat(Arrays.stream(EnforcementCaseType.values()).map(EnforcementCaseType::code)).doesNotHaveDuplicates();
  }

  @Test
  void fromCode_preEnforcement_saysItIsNotACaseType() {
    assertThatThrownBy(() -> EnforcementCaseType.fromCode("执前"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("there is no case type \"执前\": pre-enforcement work is not a case type");
  }

  @Test
  void fromCode_unknownCode_namesItAndListsTheKnownOnes() {
    assertThatThrownBy(() -> EnforcementCaseType.fromCode("民初"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown enforcement case type code \"民初\"; known codes: 执, 执恢, 执保, 执异, 执复, 执监, 执协, 执他");
  }

  @Test
  void fromCode_null_throwsNullPointerException() {
    assertThatThrownBy(() -> EnforcementCaseType.fromCode(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("code must not be null");
  }

  @Test
  void longestCodeFirst_putsEveryTwoCharacterCodeBeforeBare执() {
    assertThat(EnforcementCaseType.longestCodeFirst()).last().isEqualTo(EnforcementCaseType.FIRST_ENFORCEMENT);
    assertThat(EnforcementCaseType.longestCodeFirst()).containsExactlyInAnyOrder(EnforcementCaseType.values());
  }
}
