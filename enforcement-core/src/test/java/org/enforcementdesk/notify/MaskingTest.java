package org.enforcementdesk.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MaskingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "13812345678|138****5678",
        "电话：13812345678。|电话：138****5678。",
        "tel 19900001111, 15012345678|tel 199****1111, 150****5678",
        "138 1234 5678|138****5678",
        "138-1234-5678|138****5678",
        "+8613812345678|+86138****5678",
        "+86 138 1234 5678|+86 138****5678",
        "8613812345678|86138****5678",
        "１３８１２３４５６７８|１３８****５６７８",
        "Tel13812345678|Tel138****5678",
      })
  void mask_mobileNumbers_keepFirstThreeAndLastFour(String text, String masked) {
    assertThat(Masking.mask(text)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "350322199001011234|350***********1234",
        "身份证号35032219900101123X。|身份证号350***********123X。",
        "35032219900101123x|350***********123x",
        "３５０３２２１９９００１０１１２３Ｘ|３５０***********１２３Ｘ",
      })
  void mask_identityNumbers_keepFirstThreeAndLastFour(String text, String masked) {
    assertThat(Masking.mask(text)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "350322900101123|350********1123",
        "旧身份证350322900101123。|旧身份证350********1123。",
        "0591-87654321|0591-****4321",
        "（0591）8765 4321|（0591）****4321",
        "(010)12345678|(010)****5678",
        "座机 0594 2345678|座机 0594 ***5678",
        "01012345678|0101***5678",
      })
  void mask_oldIdentityNumbersAndLandlines_areMaskedToo(String text, String masked) {
    assertThat(Masking.mask(text)).isEqualTo(masked);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "（2025）闽0322执1234号",
        "2026-03-05T17:00+08:00",
        "案款128000元",
        "123456789012",
        "1381234567",
        "12812345678",
        "6222021234567890123",
        "3503221990010112345",
        "0594-12368",
        "R-2026-000123",
      })
  void mask_otherNumbers_areLeftAlone(String text) {
    assertThat(Masking.mask(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"13812345678 350322199001011234", "350322199001011234，13812345678"})
  void mask_phoneAndIdTogether_masksBoth(String text) {
    assertThat(Masking.mask(text)).contains("138****5678").contains("350***********1234").doesNotContain("12345678");
  }
}
