package org.enforcementdesk.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The lines of the shipped settings file, to quote when a court's copy lacks a key: a rule book exported before a
 * setting existed then says exactly which line to add, and what the shipped book decides for it.
 */
final class ShippedSettings {

  private static final Map<String, String> LINES = read();

  private ShippedSettings() {}

  /** {@code ; the shipped rule book has "key = value"}, or nothing if the shipped file lacks the key too. */
  static String hint(String key) {
    String line = LINES.get(key);
    return line == null ? "" : "; the shipped rule book has \"" + line + "\"";
  }

  private static Map<String, String> read() {
    String name = RuleSources.DEFAULTS_ROOT + RuleSettings.FILE_NAME;
    Map<String, String> lines = new HashMap<>();
    try (InputStream in = ShippedSettings.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        return lines; // only a hint: its absence must not hide the problem it would have explained
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String stripped = line.strip();
        int eq = stripped.indexOf('=');
        if (!stripped.startsWith("#") && eq > 0) {
          lines.put(stripped.substring(0, eq).strip(), stripped);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped " + name, e);
    }
    return lines;
  }
}
