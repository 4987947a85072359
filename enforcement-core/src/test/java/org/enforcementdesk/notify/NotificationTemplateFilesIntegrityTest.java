package org.enforcementdesk.notify;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One check across every template file the library ships (every {@code *templates*.yaml} beside {@link
 * NotificationTemplates}): each loads strictly, every text of every language names its request, and the texts keep
 * the house rules the reader does not enforce.
 */
class NotificationTemplateFilesIntegrityTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

  static List<Path> shippedFiles() throws IOException, URISyntaxException {
    Path dir =
        Path.of(NotificationTemplates.class.getResource("notification-templates.yaml").toURI()).getParent();
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().matches(".*templates.*\\.yaml"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void shippedFiles_includeTheDefaultTemplates() throws Exception {
    assertThat(shippedFiles())
        .extracting(f -> f.getFileName().toString())
        .contains("notification-templates.yaml");
  }

  @ParameterizedTest
  @MethodSource("shippedFiles")
  void shippedFile_loadsStrictlyWithEveryKeyInEveryLanguage(Path file) {
    NotificationTemplates templates = NotificationTemplates.fromFile(file);

    for (Locale language : NotificationTemplates.languages()) {
      for (String key : NotificationTemplates.templateKeys()) {
        String text = templates.template(language, key);
        assertThat(text).as("%s %s", language, key).isNotBlank();
        assertThat(text).as("%s %s", language, key)
            .containsAnyOf("{requestId}", "{caseNumber}", key.equals("PROVISIONAL_NOTE") ? "{provisionalYears}" : "{");
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
          assertThat(NotificationTemplates.placeholdersOf(key)).as("%s %s", language, key).contains(m.group(1));
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("shippedFiles")
  void shippedFile_languagesUseTheSamePlaceholdersForEachKey(Path file) {
    // A translation that drops a value (a deadline, a reason) tells one reader less than the other. The type is
    // the exception: each language shows the type's name in that language.
    NotificationTemplates templates = NotificationTemplates.fromFile(file);

    for (String key : NotificationTemplates.templateKeys()) {
      assertThat(placeholders(templates.template(Locale.forLanguageTag("en"), key)).replace("typeEn", "type"))
          .as(key)
          .isEqualTo(placeholders(templates.template(Locale.forLanguageTag("zh-CN"), key)));
    }
  }

  @ParameterizedTest
  @MethodSource("shippedFiles")
  void shippedFile_chineseTextsUseFullWidthPunctuationAndNoEnglishValues(Path file) {
    NotificationTemplates templates = NotificationTemplates.fromFile(file);

    for (String key : NotificationTemplates.templateKeys()) {
      String text = templates.template(Locale.forLanguageTag("zh-CN"), key);
      String literal = PLACEHOLDER.matcher(text).replaceAll("");
      assertThat(literal).as(key).doesNotContain(",", ";", "(", ")", ":");
      assertThat(text).as(key).doesNotContain("{typeEn}");
    }
  }

  @ParameterizedTest
  @MethodSource("shippedFiles")
  void shippedFile_isUtf8WithItsFormatDescribedUpFront(Path file) throws IOException {
    String text = Files.readString(file, UTF_8);

    assertThat(text).startsWith("#").contains("Format").contains("fromFile");
  }

  private static String placeholders(String text) {
    Matcher m = PLACEHOLDER.matcher(text);
    return m.results().map(r -> r.group(1)).sorted().distinct().collect(Collectors.joining(","));
  }
}
