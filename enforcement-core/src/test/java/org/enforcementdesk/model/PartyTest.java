package org.enforcementdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartyTest {

  private static final Party APPLICANT =
      Party.of("P-1", PartyRole.APPLICANT, "张三").withPhone("13800000000").withIdNumber("35032219900101123X");

  @Test
  void toString_masksNamePhoneAndIdNumber() {
    assertThat(APPLICANT.toString())
        .isEqualTo("Party[id=P-1, role=APPLICANT, name=张*, phone=138****0000, idNumber=350***********123X]")
        .doesNotContain("13800000000", "张三", "35032219900101123X");
  }

  @Test
  void accessors_returnUnmaskedValues() {
    assertThat(APPLICANT.unmaskedName()).isEqualTo("张三");
    assertThat(APPLICANT.unmaskedPhone()).contains("13800000000");
    assertThat(APPLICANT.unmaskedIdNumber()).contains("35032219900101123X");
  }

  @Test
  void equals_coversEveryField() {
    Party same = Party.of("P-1", PartyRole.APPLICANT, "张三").withPhone("13800000000").withIdNumber("35032219900101123X");
    assertThat(APPLICANT).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(APPLICANT).isNotEqualTo(same.withPhone("13900000000"));
    assertThat(APPLICANT).isNotEqualTo(Party.of("P-1", PartyRole.AGENT, "张三"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12", "phone", "138-0000-00x0", "++8613800000000"})
  void withPhone_malformed_failsWithoutQuotingTheNumber(String phone) {
    assertThatThrownBy(() -> APPLICANT.withPhone(phone))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("party phone must be")
        .hasMessageNotContaining(phone.length() > 7 ? phone : "\u0000");
  }

  @Test
  void of_blankName_fails() {
    assertThatThrownBy(() -> Party.of("P-1", PartyRole.APPLICANT, "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("party name must not be blank");
  }

  @Test
  void of_malformedId_failsQuotingIt() {
    assertThatThrownBy(() -> Party.of("P 1", PartyRole.APPLICANT, "张三"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"P 1\"");
  }

  @Test
  void of_nullRole_failsNamingIt() {
    assertThatThrownBy(() -> Party.of("P-1", null, "张三"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("party role");
  }
}
