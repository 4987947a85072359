package org.enforcementdesk.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.enforcementdesk.rules.RuleBook;
import org.enforcementdesk.rules.RuleBookException;

/**
 * The rule book a command decides with: the shipped defaults, or a rule author's directory. The runner reads the
 * system clock here and only here, for the loaded-at half of the rule book's version; the library never does.
 */
final class RuleBooks {

  /** The shipped book, compiled once per JVM: a compile takes over a second cold, and the files cannot change. */
  private static final class Defaults {
    static final RuleBook BOOK = RuleBook.defaults(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  private RuleBooks() {}

  /** The shipped default rule book. */
  static RuleBook defaults() {
    return Defaults.BOOK;
  }

  /**
   * The rule book in {@code dir}, or the defaults when {@code dir} is null.
   *
   * @throws IllegalArgumentException (exit 2) if {@code dir} is not a directory or its rules do not compile, with
   *     every problem on the one line
   */
  static RuleBook load(Path dir) {
    if (dir == null) {
      return defaults();
    }
    try {
      return compile(dir);
    } catch (RuleBookException e) {
      throw new IllegalArgumentException(
          "the rules in " + dir + " do not compile (validate-rules " + dir + " lists the problems): "
              + String.join("; ", e.problems()),
          e);
    }
  }

  /**
   * Compiles the rule book in {@code dir}.
   *
   * @throws IllegalArgumentException if {@code dir} does not exist or is not a directory
   * @throws RuleBookException if the rules do not compile
   */
  static RuleBook compile(Path dir) {
    checkDirectory(dir, "rule");
    return RuleBook.fromDirectory(dir, Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  /** Refuses a path that is not an existing directory, naming what was expected. */
  static void checkDirectory(Path dir, String of) {
    if (!Files.exists(dir)) {
      throw new IllegalArgumentException("no such directory: " + dir);
    }
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a directory of " + of + " files: " + dir);
    }
  }
}
