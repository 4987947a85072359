package org.enforcementdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.enforcementdesk.testing.SampleRequests;
import org.junit.jupiter.api.Test;

class RequestTest {

  private final Request sample = SampleRequests.seizureRenewal();

  @Test
  void toString_hidesPersonalDataAndFreeText() {
    assertThat(sample.toString())
        .contains("R-2026-000123", "（2025）闽0322执1234号", "HOTLINE", "SEIZURE_RENEWAL", "138****0000")
        .doesNotContain("13800000000", "张三", "续封。", "35032219900101123X");
  }

  @Test
  void build_missingRequiredField_namesIt() {
    assertThatThrownBy(() -> sample.toBuilder().build().toBuilder().id(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> Request.builder().id(RequestId.of("R-1")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("request field channel is required but was not set");
  }

  @Test
  void build_withoutCaseNumber_requiresCaseNotYetFiled() {
    Request.Builder noCase =
        Request.builder()
            .id(sample.id())
            .channel(sample.channel())
            .type(sample.type())
            .receivedAt(sample.receivedAt())
            .requester(sample.requester());
    assertThatThrownBy(noCase::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("request R-2026-000123: caseNumber is required unless facts.caseNotYetFiled is true");
    Request preEnforcement = noCase.facts(RequestFacts.builder().caseNotYetFiled(true).build()).build();
    assertThat(preEnforcement.caseNumber()).isEmpty();
  }

  @Test
  void text_isStrippedAndBounded() {
    assertThat(sample.toBuilder().text("  催办  ").build().unmaskedText()).isEqualTo("催办");
    assertThatThrownBy(() -> sample.toBuilder().text("字".repeat(Request.MAX_TEXT_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must be at most 5000 characters, has 5001");
  }

  @Test
  void equals_coversEveryField() {
    assertThat(sample.toBuilder().build()).isEqualTo(sample).hasSameHashCodeAs(sample);
    assertThat(sample.toBuilder().channel(Channel.APP).build()).isNotEqualTo(sample);
    assertThat(sample.toBuilder().text("other").build()).isNotEqualTo(sample);
  }
}
