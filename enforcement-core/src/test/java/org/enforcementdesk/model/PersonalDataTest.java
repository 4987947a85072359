package org.enforcementdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTest {

  @ParameterizedTest
  @CsvSource({
    "13800000000, 138****0000",
    "0594-1234567, 059*****4567",
    "1234567, *******",
    "123, ***",
  })
  void maskPhone_keepsFirstThreeAndLastFour(String phone, String masked) {
    assertThat(PersonalData.maskPhone(phone)).isEqualTo(masked);
  }

  @Test
  void maskIdNumber_keepsFirstThreeAndLastFour() {
    assertThat(PersonalData.maskIdNumber("35032219900101123X")).isEqualTo("350***********123X");
  }

  @ParameterizedTest
  @CsvSource({"张三丰, 张**", "李四, 李*", "王, 王*", "Ann Smith, A********"})
  void maskName_keepsFirstCharacterOnly(String name, String masked) {
    assertThat(PersonalData.maskName(name)).isEqualTo(masked);
  }

  @Test
  void maskName_supplementaryCharacter_keepsWholeCodePoint() {
    assertThat(PersonalData.maskName("𠀀明")).isEqualTo("𠀀*");
  }

  @Test
  void mask_null_givesNull() {
    assertThat(PersonalData.maskPhone(null)).isNull();
    assertThat(PersonalData.maskIdNumber(null)).isNull();
    assertThat(PersonalData.maskName(null)).isNull();
  }
}
