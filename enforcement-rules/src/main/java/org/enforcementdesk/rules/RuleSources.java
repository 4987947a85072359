package org.enforcementdesk.rules;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Reads the files of a rule book, from the classpath defaults or an author's directory, and hashes them. */
final class RuleSources {

  /** Where the default rule book lives on the classpath. */
  static final String DEFAULTS_ROOT = "org/enforcementdesk/rules/defaults/";

  /** The default rule book's files, in the order they are listed to authors. */
  static final List<String> DEFAULT_FILES =
      List.of(
          "intake-baseline.drl.csv",
          "enforcement.dsl",
          "intake-exceptions.dslr",
          "intake-risk.dslr",
          "intake-delegation.dslr",
          "review-escalation.dslr",
          "review-risk.drl",
          RuleSettings.FILE_NAME,
          CourtFacts.FILE_NAME);

  private RuleSources() {}

  static List<RuleSource> defaults() {
    List<RuleSource> sources = new ArrayList<>();
    ClassLoader loader = RuleSources.class.getClassLoader();
    for (String name : DEFAULT_FILES) {
      try (InputStream in = loader.getResourceAsStream(DEFAULTS_ROOT + name)) {
        if (in == null) {
          throw new IllegalStateException("the default rule file is missing from the classpath: " + name);
        }
        sources.add(new RuleSource(name, in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the default rule file " + name, e);
      }
    }
    return sources;
  }

  /**
   * The rule files under a directory, sorted by name. Spreadsheets not named {@code *.drl.csv}/{@code *.drl.xlsx}
   * are reported, because Drools would skip them without a word; other files (notes, scenarios) are left alone.
   */
  static List<RuleSource> fromDirectory(Path dir, List<String> problems) {
    requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new RuleBookException(List.of(dir + ":1:1: not a directory of rule files"));
    }
    List<RuleSource> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> sorted =
          files.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> relative(dir, p))).toList();
      for (Path file : sorted) {
        String name = relative(dir, file);
        if (name.startsWith(".") || name.contains("/.")) {
          continue;
        }
        RuleSource source = new RuleSource(name, Files.readAllBytes(file));
        if (source.isDrl() || source.isDecisionTable() || source.isDsl() || source.isDslr()
            || source.isSettings() || source.isCourtFacts()) {
          if (source.isText()) {
            source.encodingProblem().ifPresent(problems::add);
          }
          sources.add(source);
        } else if (name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".xls")) {
          problems.add(
              name + ":1:1: a decision table must be named *.drl.csv or *.drl.xlsx, or Drools does not read it");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rule directory " + dir, e);
    }
    return sources;
  }

  /** The vocabularies ({@code *.dsl}) in the directory of {@code file}, sorted by name. */
  static List<RuleSource> vocabulariesBeside(Path file, List<String> problems) {
    Path dir = file.toAbsolutePath().getParent();
    try (Stream<Path> files = Files.list(dir)) {
      List<RuleSource> vocabularies = new ArrayList<>();
      for (Path dsl : files.filter(p -> p.getFileName().toString().endsWith(".dsl")).sorted().toList()) {
        vocabularies.add(read(dir, dsl, problems));
      }
      return vocabularies;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** One file, named relative to {@code dir}; a file that is not UTF-8 is reported. */
  static RuleSource read(Path dir, Path file, List<String> problems) {
    try {
      RuleSource source = new RuleSource(relative(dir, file.toAbsolutePath()), Files.readAllBytes(file));
      source.encodingProblem().ifPresent(problems::add);
      return source;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rule file " + file, e);
    }
  }

  private static String relative(Path dir, Path file) {
    return dir.relativize(file).toString().replace('\\', '/');
  }

  /** The first 12 hex digits of the SHA-256 of every file's name and content, in name order. */
  static String contentHash(List<RuleSource> sources) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sources.stream()
          .sorted(Comparator.comparing(RuleSource::name))
          .forEach(
              source -> {
                sha.update(source.name().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(source.content());
                sha.update((byte) 0);
              });
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
  }
}
