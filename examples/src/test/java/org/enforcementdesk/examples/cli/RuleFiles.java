package org.enforcementdesk.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Copies of the shipped rule book in a directory, for tests that validate, edit or break them. */
final class RuleFiles {

  /** The shipped scenarios in this repository, from the examples module (Surefire's working directory). */
  static final Path SHIPPED_SCENARIOS =
      Path.of("../enforcement-rules/src/main/resources/org/enforcementdesk/rules/scenarios");

  private RuleFiles() {}

  /** Writes the shipped rule files into {@code dir}; returns {@code dir}. */
  static Path copyDefaults(Path dir) {
    for (String name : ValidateRulesCommand.DEFAULT_FILES) {
      try (InputStream in =
          RuleFiles.class.getClassLoader().getResourceAsStream(ValidateRulesCommand.DEFAULTS_ROOT + name)) {
        Files.write(dir.resolve(name), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  /** Replaces the only occurrence of {@code from} in a file; fails if it is not there exactly once. */
  static void replace(Path file, String from, String to) {
    String text = read(file);
    int at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new AssertionError("expected exactly one \"" + from + "\" in " + file);
    }
    write(file, text.replace(from, to));
  }

  /** The 1-based number of the line of a file that contains {@code text}. */
  static int lineOf(Path file, String text) {
    List<String> lines = read(file).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains \"" + text + "\" in " + file);
  }

  static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
