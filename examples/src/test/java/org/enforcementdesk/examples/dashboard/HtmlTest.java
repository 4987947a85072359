package org.enforcementdesk.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "民间借贷纠纷 | 民间借贷纠纷",
      "<script>alert(1)</script> | &lt;script&gt;alert(1)&lt;/script&gt;",
      "a & b | a &amp; b",
      "~say \"hi\" and 'bye'~ | ~say &quot;hi&quot; and &#39;bye&#39;~",
      "&amp; | &amp;amp;"})
  void escape_markupCharacters_becomeTheFiveXmlReferences(String text, String escaped) {
    assertThat(Html.escape(text)).isEqualTo(escaped);
  }

  @ParameterizedTest
  @CsvSource({"1, ' b'", "8, ' b'", "31, ' b'"})
  void escape_controlCharacter_becomesASpaceAsXmlAllowsNoneOfThem(int code, String rest) {
    assertThat(Html.escape((char) code + "b")).isEqualTo(rest);
  }
}
