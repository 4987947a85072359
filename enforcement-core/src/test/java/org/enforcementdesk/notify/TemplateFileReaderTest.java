package org.enforcementdesk.notify;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A court's own template file, read through {@link NotificationTemplates#from} and {@link
 * NotificationTemplates#fromFile}: every problem names the file, the line and column, the language and key, and
 * nothing is loaded from a file with any problem.
 */
class TemplateFileReaderTest {

  private static final NotificationTemplates SHIPPED = NotificationTemplates.defaults();

  /**
   * A complete, valid file with the shipped texts, one line per language or key: line 1 is {@code zh-CN:}, lines 2-15
   * its keys, line 16 {@code en:}, lines 17-30 its keys.
   */
  private static List<String> validLines() {
    List<String> lines = new ArrayList<>();
    for (Locale language : NotificationTemplates.languages()) {
      lines.add(language.toLanguageTag() + ":");
      for (String key : NotificationTemplates.templateKeys()) {
        String text = SHIPPED.template(language, key).replace("\\", "\\\\").replace("\"", "\\\"");
        lines.add("  " + key + ": \"" + text + "\"");
      }
    }
    return lines;
  }

  private static int lineOf(List<String> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line starts with " + start);
  }

  private static NotificationTemplates load(List<String> lines) {
    return load(String.join("\n", lines).getBytes(UTF_8));
  }

  private static NotificationTemplates load(byte[] content) {
    return NotificationTemplates.from(new ByteArrayInputStream(content), "court.yaml");
  }

  @Test
  void from_validFile_rendersLikeTheShippedTemplates() {
    NotificationTemplates court = load(validLines());

    assertThat(court.sourceName()).isEqualTo("court.yaml");
    for (NotificationKind kind : NotificationKind.values()) {
      Notification n = SampleNotifications.of(kind);
      for (Locale language : NotificationTemplates.languages()) {
        assertThat(court.render(n, language)).isEqualTo(SHIPPED.render(n, language));
      }
    }
  }

  @Test
  void from_fileWithByteOrderMark_isRead() {
    byte[] text = String.join("\n", validLines()).getBytes(UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);

    assertThat(load(withBom).template(Locale.forLanguageTag("zh-CN"), "PROGRESS"))
        .isEqualTo(SHIPPED.template(Locale.forLanguageTag("zh-CN"), "PROGRESS"));
  }

  @Test
  void from_unknownKind_failsNamingFileLineAndKey() {
    List<String> lines = validLines();
    lines.add(3, "  URGE: \"{requestId}\"");

    assertThatThrownBy(() -> load(lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("notification templates court.yaml have 1 problem, nothing was loaded")
        .hasMessageContaining("court.yaml:4:3: zh-CN.URGE: unknown template key 'URGE' (expected ACCEPTANCE_NOTICE,");
  }

  @Test
  void from_unknownPlaceholder_failsNamingFileLineKeyAndPlaceholder() {
    List<String> lines = validLines();
    int line = lineOf(lines, "  PROGRESS:");
    lines.set(line - 1, "  PROGRESS: \"诉求{requestId}有新进展：{progress}，办理结果：{result}\"");

    assertThatThrownBy(() -> load(lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("court.yaml:" + line + ":13: zh-CN.PROGRESS: unknown placeholder {result}")
        .hasMessageContaining("PROGRESS may use {requestId}, {caseNumber}, {progress}");
  }

  @Test
  void from_missingKind_failsNamingFileLanguageAndKey() {
    List<String> lines = validLines();
    lines.remove(lineOf(lines, "  REJECTION:") - 1);

    assertThatThrownBy(() -> load(lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("court.yaml:1:1: zh-CN: missing template REJECTION");
  }

  @Test
  void from_missingLinkedUrgeReceipt_fails() {
    List<String> lines = validLines();
    lines.remove(lineOf(lines, "  URGE_RECEIPT.linked:") - 1);

    assertThatThrownBy(() -> load(lines)).hasMessageContaining("zh-CN: missing template URGE_RECEIPT.linked");
  }

  @Test
  void from_templateNamingNoRequest_failsNamingFileLineAndKey() {
    List<String> lines = validLines();
    int line = lineOf(lines, "  CALLBACK_DUE:");
    lines.set(line - 1, "  CALLBACK_DUE: \"请于{due}前完成回访。\"");

    assertThatThrownBy(() -> load(lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "court.yaml:" + line + ":17: zh-CN.CALLBACK_DUE: the template names no request: it must contain"
                + " {requestId} or {caseNumber}");
  }

  @Test
  void from_caseNumberWithoutRequestId_isEnough() {
    List<String> lines = validLines();
    lines.set(lineOf(lines, "  CALLBACK_DUE:") - 1, "  CALLBACK_DUE: \"案号{caseNumber}请于{due}前完成回访。\"");

    assertThat(load(lines).render(SampleNotifications.of(NotificationKind.CALLBACK_DUE)))
        .isEqualTo("案号（2025）闽0322执1234号请于2026年3月5日17:00（北京时间）前完成回访。");
  }

  @Test
  void from_unknownLanguage_fails() {
    List<String> lines = validLines();
    int frLine = lines.size() + 1;
    lines.add("fr:");
    lines.add("  PROGRESS: \"{requestId}\"");

    assertThatThrownBy(() -> load(lines))
        .hasMessageContaining("court.yaml:" + frLine + ":1: unknown language 'fr' (expected zh-CN or en)");
  }

  @Test
  void from_missingLanguage_fails() {
    List<String> lines = validLines().subList(0, 15);

    assertThatThrownBy(() -> load(lines))
        .hasMessageContaining("court.yaml: missing language en: every template is needed in zh-CN and en");
  }

  @Test
  void from_languageByAnotherTag_isUnknown() {
    List<String> lines = validLines();
    lines.set(0, "zh:");

    assertThatThrownBy(() -> load(lines))
        .hasMessageContaining("court.yaml:1:1: unknown language 'zh' (expected zh-CN or en)")
        .hasMessageContaining("court.yaml: missing language zh-CN");
  }

  @Test
  void from_keyTwice_fails() {
    List<String> lines = validLines();
    lines.add(2, "  ACCEPTANCE_NOTICE: \"{requestId}\"");

    assertThatThrownBy(() -> load(lines))
        .hasMessageContaining("court.yaml:3:3: zh-CN.ACCEPTANCE_NOTICE: appears twice");
  }

  @Test
  void from_valueNotAText_fails() {
    List<String> lines = validLines();
    int line = lineOf(lines, "  PROGRESS:");
    lines.set(line - 1, "  PROGRESS: 12368");

    assertThatThrownBy(() -> load(lines))
        .hasMessageContaining("court.yaml:" + line + ":3: zh-CN.PROGRESS: expected the template text, in quotes");
  }

  @Test
  void from_unquotedPlaceholderFirst_isAMappingAndFails() {
    // The classic YAML trap: an unquoted text starting with a brace is a mapping, not a text.
    List<String> lines = validLines();
    int line = lineOf(lines, "  PROGRESS:");
    lines.set(line - 1, "  PROGRESS: {requestId}");

    assertThatThrownBy(() -> load(lines)).hasMessageContaining("zh-CN.PROGRESS: expected the template text, in quotes");
  }

  @Test
  void from_strayBrace_failsNamingItsPosition() {
    List<String> lines = validLines();
    int line = lineOf(lines, "  PROGRESS:");
    lines.set(line - 1, "  PROGRESS: \"{requestId}：{progress\"");

    assertThatThrownBy(() -> load(lines))
        .hasMessageContaining("court.yaml:" + line + ":13: zh-CN.PROGRESS: '{' at character 13 is never closed");
  }

  @Test
  void from_blankOrOverlongTemplate_fails() {
    List<String> lines = validLines();
    lines.set(lineOf(lines, "  PROGRESS:") - 1, "  PROGRESS: \" \"");
    lines.set(lineOf(lines, "  REJECTION:") - 1, "  REJECTION: \"{requestId}" + "不".repeat(500) + "\"");

    assertThatThrownBy(() -> load(lines))
        .hasMessageContaining("have 2 problems")
        .hasMessageContaining("zh-CN.PROGRESS: the template is blank")
        .hasMessageContaining("zh-CN.REJECTION: the template is 511 characters long, more than 500");
  }

  @Test
  void from_manyProblems_listsEveryOneAndLoadsNothing() {
    List<String> lines = validLines();
    lines.set(lineOf(lines, "  PROGRESS:") - 1, "  PROGRESS: \"{requestId}{foo}{bar}\"");
    lines.remove(lineOf(lines, "  DELEGATION:") - 1);
    lines.add("  COLOUR: \"red\"");

    assertThatThrownBy(() -> load(lines))
        .hasMessageContaining("have 4 problems")
        .hasMessageContaining("zh-CN.PROGRESS: unknown placeholder {foo}")
        .hasMessageContaining("zh-CN.PROGRESS: unknown placeholder {bar}")
        .hasMessageContaining("zh-CN: missing template DELEGATION")
        .hasMessageContaining("en.COLOUR: unknown template key 'COLOUR'");
  }

  @Test
  void from_invalidYaml_failsNamingTheLine() {
    List<String> lines = validLines();
    lines.add(5, "  PROGRESS: \"unclosed");

    assertThatThrownBy(() -> load(lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("court.yaml:")
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void from_emptyFileOrList_fails() {
    assertThatThrownBy(() -> load(new byte[0]))
        .hasMessageContaining("court.yaml: expected a mapping of languages (zh-CN: ..., en: ...)");
    assertThatThrownBy(() -> load(List.of("- zh-CN")))
        .hasMessageContaining("court.yaml:1:1: expected a mapping of languages");
  }

  @Test
  void from_fileSavedAsGbk_failsSayingItIsNotUtf8() {
    byte[] gbk = String.join("\n", validLines()).getBytes(Charset.forName("GBK"));

    assertThatThrownBy(() -> load(gbk))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("notification templates court.yaml are not UTF-8 text");
  }

  @Test
  void fromFile_validFile_isNamedAfterItsPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("xianyou-templates.yaml");
    Files.write(file, validLines(), UTF_8);

    assertThat(NotificationTemplates.fromFile(file).sourceName()).isEqualTo(file.toString());
  }

  @Test
  void fromFile_badFile_namesThePathInEveryProblem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("xianyou-templates.yaml");
    List<String> lines = validLines();
    lines.set(lineOf(lines, "  PROGRESS:") - 1, "  PROGRESS: \"{progress}\"");
    Files.write(file, lines, UTF_8);

    assertThatThrownBy(() -> NotificationTemplates.fromFile(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file + ":4:13: zh-CN.PROGRESS: the template names no request");
  }

  @Test
  void fromFile_missingFile_throwsUncheckedIo(@TempDir Path dir) {
    Path file = dir.resolve("none.yaml");

    assertThatThrownBy(() -> NotificationTemplates.fromFile(file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot read notification templates " + file);
  }
}
