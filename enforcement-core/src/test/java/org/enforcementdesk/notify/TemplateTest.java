package org.enforcementdesk.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateTest {

  @Test
  void fill_placeholders_areReplacedInPlace() {
    Template t = Template.parse("诉求{requestId}（案号{caseNumber}）：{requestId}");

    assertThat(t.placeholders()).containsExactly("requestId", "caseNumber");
    assertThat(t.fill(Map.of("requestId", "R-1", "caseNumber", "C")::get)).isEqualTo("诉求R-1（案号C）：R-1");
  }

  @Test
  void fill_noPlaceholderOrOnlyPlaceholders_work() {
    assertThat(Template.parse("无占位符").fill(name -> "x")).isEqualTo("无占位符");
    assertThat(Template.parse("{a}{b}").fill(name -> name.toUpperCase(Locale.ROOT))).isEqualTo("AB");
    assertThat(Template.parse("").fill(name -> "x")).isEmpty();
  }

  @Test
  void fill_valueContainingBraces_isNotParsedAgain() {
    assertThat(Template.parse("{a}").fill(name -> "{b}")).isEqualTo("{b}");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "abc}|'}' at character 4 closes no placeholder",
        "ab{cd|'{' at character 3 is never closed",
        "a{b{c}|'{' at character 2 is never closed",
        "a{}|'{}' at character 2 is not a placeholder",
        "{case number}|'{case number}' at character 1 is not a placeholder",
        "{1st}|'{1st}' at character 1 is not a placeholder",
        "{案号}|'{案号}' at character 1 is not a placeholder",
      })
  void parse_strayBrace_throwsNamingThePosition(String text, String message) {
    assertThatThrownBy(() -> Template.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void text_isTheTextAsWritten() {
    assertThat(Template.parse("x{y}z").text()).isEqualTo("x{y}z");
  }
}
