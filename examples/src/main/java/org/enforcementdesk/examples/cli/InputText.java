package org.enforcementdesk.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The text a command reads: a UTF-8 file, or standard input for {@code -}. */
final class InputText {

  private InputText() {}

  /**
   * Reads the whole input.
   *
   * @throws IllegalArgumentException if the file does not exist (the runner's exit 2)
   * @throws UncheckedIOException if it cannot be read
   */
  static String read(String file) {
    try {
      return "-".equals(file)
          ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
          : Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no such file: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** How messages name the input: the file, or {@code stdin}. */
  static String sourceName(String file) {
    return "-".equals(file) ? "stdin" : file;
  }
}
