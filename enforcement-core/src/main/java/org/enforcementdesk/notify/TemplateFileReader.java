package org.enforcementdesk.notify;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a template file strictly: a mapping of languages ({@code zh-CN}, {@code en}), each a mapping of every template
 * key to its text. Every problem is reported as {@code file:line:column: language.key: message}, all in one
 * exception, and nothing is returned unless the whole file is valid.
 *
 * <p>A streaming parser rather than data binding, because only the token stream knows the line of each key, and a
 * clerk fixing a court's file needs the line of the unknown placeholder, not just its name.
 */
final class TemplateFileReader {

  private static final YAMLFactory YAML =
      YAMLFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  private final String sourceName;
  private final List<String> problems = new ArrayList<>();
  private final EnumMap<Language, Map<String, Template>> languages = new EnumMap<>(Language.class);
  private JsonParser parser;

  private TemplateFileReader(String sourceName) {
    this.sourceName = sourceName;
  }

  /**
   * Reads every template of the file.
   *
   * @throws IllegalArgumentException listing every problem, if the file is not valid
   * @throws IOException if the reader fails
   */
  static ImmutableMap<Language, ImmutableMap<String, Template>> read(Reader in, String sourceName)
      throws IOException {
    TemplateFileReader reader = new TemplateFileReader(sourceName);
    try (JsonParser p = YAML.createParser(in)) {
      reader.parser = p;
      reader.readFile();
    } catch (JsonProcessingException e) {
      reader.problems.add(reader.where(e.getLocation()) + "not valid YAML: " + explanation(e.getOriginalMessage()));
    }
    if (!reader.problems.isEmpty()) {
      int n = reader.problems.size();
      throw new IllegalArgumentException(
          "notification templates "
              + sourceName
              + " have "
              + n
              + (n == 1 ? " problem" : " problems")
              + ", nothing was loaded:\n  "
              + String.join("\n  ", reader.problems));
    }
    ImmutableMap.Builder<Language, ImmutableMap<String, Template>> result = ImmutableMap.builder();
    reader.languages.forEach((language, templates) -> result.put(language, ImmutableMap.copyOf(templates)));
    return result.build();
  }

  private void readFile() throws IOException {
    JsonLocation start = parser.currentLocation();
    JsonToken t = parser.nextToken();
    if (t != JsonToken.START_OBJECT) {
      problems.add(
          where(t == null ? start : parser.currentTokenLocation())
              + "expected a mapping of languages (zh-CN: ..., en: ...)");
      return;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      readLanguage();
    }
    for (Language language : Language.values()) {
      if (!languages.containsKey(language)) {
        problems.add(where(null) + "missing language " + language.tag() + ": every template is needed in zh-CN and en");
      }
    }
  }

  private void readLanguage() throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    String tag = parser.currentName();
    JsonToken t = parser.nextToken();
    Language language = Language.ofTag(tag);
    if (language == null) {
      problems.add(where(at) + "unknown language '" + tag + "' (expected zh-CN or en)");
      parser.skipChildren();
      return;
    }
    if (languages.containsKey(language)) {
      problems.add(where(at) + "language " + tag + " appears twice");
      parser.skipChildren();
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      problems.add(where(at) + tag + ": expected a mapping of template keys to texts");
      parser.skipChildren();
      return;
    }
    Map<String, Template> templates = new LinkedHashMap<>();
    languages.put(language, templates);
    List<String> seen = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      JsonLocation keyAt = parser.currentTokenLocation();
      String key = parser.currentName();
      JsonToken value = parser.nextToken();
      String name = tag + "." + key;
      if (!TemplateCatalogue.isKey(key)) {
        problems.add(
            where(keyAt)
                + name
                + ": unknown template key '"
                + key
                + "' (expected "
                + String.join(", ", TemplateCatalogue.keys())
                + ")");
        parser.skipChildren();
        continue;
      }
      if (seen.contains(key)) {
        problems.add(where(keyAt) + name + ": appears twice");
        parser.skipChildren();
        continue;
      }
      seen.add(key);
      if (value != JsonToken.VALUE_STRING) {
        problems.add(where(keyAt) + name + ": expected the template text, in quotes");
        parser.skipChildren();
        continue;
      }
      String text = parser.getText();
      List<String> wrong = TemplateCatalogue.problems(key, text);
      for (String problem : wrong) {
        problems.add(where(parser.currentTokenLocation()) + name + ": " + problem);
      }
      if (wrong.isEmpty()) {
        templates.put(key, Template.parse(text));
      }
    }
    for (String key : TemplateCatalogue.keys()) {
      if (!seen.contains(key)) {
        problems.add(where(at) + tag + ": missing template " + key);
      }
    }
  }

  private String where(JsonLocation at) {
    return at == null || at.getLineNr() < 1
        ? sourceName + ": "
        : sourceName + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": ";
  }

  /**
   * The parser's explanation without its echo of the file: SnakeYAML indents the quoted source lines, the caret and
   * the "in 'reader'" lines, and those repeat what the location already says.
   */
  private static String explanation(String message) {
    List<String> lines = new ArrayList<>();
    for (String line : message.split("\n")) {
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        lines.add(line.trim());
      }
    }
    return lines.isEmpty() ? message.trim() : String.join("; ", lines);
  }
}
