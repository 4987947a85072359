package org.enforcementdesk.rules;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLMapping;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultDSLMapping;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * Rules in Chinese business language: the vocabulary ({@code *.dsl}) maps a clerk's sentences to DRL, and each
 * {@code *.dslr} file of rules is expanded here, before Drools sees it, so that every trap is an error at the
 * author's line:
 *
 * <ul>
 *   <li>in a vocabulary: a byte-order mark (Drools reads such a file as empty), a placeholder without a pattern
 *       (it swallows punctuation), {@code \w} (it does not match Chinese), full-width punctuation in a key;
 *   <li>in rules: a sentence no mapping matches, a word that names no type, urgency, tier, risk, resolver or period,
 *       and a {@code package} line (the book supplies package, imports and globals).
 * </ul>
 *
 * <p>The expansion keeps every line where it was (the header goes before line 1's text), so Drools' own errors in
 * the expanded rules point at the clerk's lines too. Words ({@code @type("续封")}) become codes and consecutive
 * patterns on the same fact one pattern, so a clerk's rule compiles to the DRL an engineer would write.
 */
final class DslBook {

  /** What every expanded file begins with, on its first line. */
  static final String HEADER = "package org.enforcementdesk.rules.book; "
      + "import org.enforcementdesk.rules.IntakeRequest; import org.enforcementdesk.rules.IntakeResult; "
      + "import org.enforcementdesk.rules.ReviewOrder; import org.enforcementdesk.rules.ReviewResult; "
      + "import org.enforcementdesk.rules.RuleSettings; import org.enforcementdesk.model.Urgency; "
      + "import org.enforcementdesk.model.Tier; import org.enforcementdesk.model.RiskKind; "
      + "import org.enforcementdesk.policy.DelegationKind; import org.enforcementdesk.policy.ReviewSignal; "
      + "import org.enforcementdesk.sla.SlaState; "
      + "global IntakeResult intake; global ReviewResult review; global RuleSettings settings; ";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
  private static final Pattern FULL_WIDTH = Pattern.compile("[，。：；！？（）“”‘’【】、《》]");
  private static final Pattern WORD = Pattern.compile("@(type|urgency|tier|risk|delegation|period|text)\\(\"([^\"]*)\"\\)");
  private static final Pattern PATTERN_LINE = Pattern.compile("(\\s*)(IntakeRequest|ReviewOrder)\\((.*)\\)\\s*");
  private static final Pattern PACKAGE = Pattern.compile("\\s*package\\s.*");

  private DslBook() {}

  /**
   * The sources Drools compiles: the book's sources with each {@code .dslr} replaced by its expansion (named {@code
   * X.dslr.drl}, which the compiler reports as {@code X.dslr}) and the vocabularies left out.
   *
   * @param problems where problems go, as {@code file:line:column: message}
   */
  static List<RuleSource> expandAll(List<RuleSource> sources, List<String> problems) {
    List<RuleSource> vocabularies = sources.stream().filter(RuleSource::isDsl).toList();
    List<RuleSource> rules = sources.stream().filter(RuleSource::isDslr).toList();
    if (!rules.isEmpty() && vocabularies.isEmpty()) {
      problems.add(rules.get(0).name() + ":1:1: rules in business language need a vocabulary (*.dsl) beside them");
    }
    DSLMapping mapping = vocabulary(vocabularies, problems);
    List<RuleSource> compiled = new ArrayList<>();
    for (RuleSource source : sources) {
      if (source.isDslr()) {
        int before = problems.size();
        String drl = expand(source, mapping, problems);
        // A file that did not expand cleanly is not compiled: Drools would only repeat its problems, less clearly.
        if (problems.size() == before) {
          compiled.add(new RuleSource(source.name() + ".drl", drl.getBytes(StandardCharsets.UTF_8)));
        }
      } else if (!source.isDsl()) {
        compiled.add(source);
      }
    }
    return compiled;
  }

  /** The DRL one {@code .dslr} file expands to, or the problems that keep it from expanding. */
  static String expand(RuleSource rules, List<RuleSource> vocabularies, List<String> problems) {
    return expand(rules, vocabulary(vocabularies, problems), problems);
  }

  private static DSLMapping vocabulary(List<RuleSource> vocabularies, List<String> problems) {
    DSLMapping merged = new DefaultDSLMapping();
    for (RuleSource vocabulary : vocabularies) {
      String text = vocabulary.text();
      if (text.startsWith("\uFEFF")) {
        problems.add(vocabulary.name() + ":1:1: the file starts with a byte-order mark, which makes Drools read it"
            + " as empty; save it as UTF-8 without BOM");
        text = text.substring(1);
      }
      lint(vocabulary.name(), text, problems);
      DSLTokenizedMappingFile file = new DSLTokenizedMappingFile();
      try {
        if (!file.parseAndLoad(new StringReader(text))) {
          for (KnowledgeBuilderResult error : file.getErrors()) {
            int line = error.getLines().length > 0 ? Math.max(error.getLines()[0], 1) : 1;
            problems.add(vocabulary.name() + ":" + line + ":1: " + error.getMessage());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + vocabulary.name(), e);
      }
      file.getMapping().getEntries().forEach(merged::addEntry);
    }
    return merged;
  }

  /** The traps Drools lets pass in a vocabulary's keys. */
  private static void lint(String name, String text, List<String> problems) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int equals = keyEnd(line);
      String key = equals < 0 ? line : line.substring(0, equals);
      String at = name + ":" + (i + 1) + ":";
      Matcher placeholder = PLACEHOLDER.matcher(key);
      while (placeholder.find()) {
        if (placeholder.group(2) == null) {
          problems.add(at + (placeholder.start() + 1) + ": placeholder {" + placeholder.group(1) + "} has no"
              + " pattern, so it swallows what follows, punctuation included; give it one, e.g. {"
              + placeholder.group(1) + ":\\p{IsHan}+} or {" + placeholder.group(1) + ":\\d+}");
        } else if (placeholder.group(2).contains("\\w")) {
          problems.add(at + (placeholder.start() + 1) + ": \\w does not match Chinese characters; use \\p{IsHan}"
              + " (or [\\p{IsHan}A-Za-z0-9]) in {" + placeholder.group(1) + "}");
        }
      }
      Matcher fullWidth = FULL_WIDTH.matcher(key);
      if (fullWidth.find()) {
        problems.add(at + (fullWidth.start() + 1) + ": full-width punctuation \u201c" + fullWidth.group()
            + "\u201d in a sentence's key is refused by Drools; use a space or ASCII punctuation");
      }
    }
  }

  /** Where a mapping line's key ends: the first {@code =} outside a placeholder's pattern. */
  private static int keyEnd(String line) {
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == '=' && depth == 0 && (i == 0 || line.charAt(i - 1) != '\\')) {
        return i;
      }
    }
    return -1;
  }

  private static String expand(RuleSource rules, DSLMapping mapping, List<String> problems) {
    String text = rules.text();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] source = text.split("\n", -1);
    for (int i = 0; i < source.length; i++) {
      if (PACKAGE.matcher(source[i]).matches()) {
        problems.add(rules.name() + ":" + (i + 1) + ":1: a rules file in business language has no package line;"
            + " the book supplies the package, imports and globals");
      }
    }
    DefaultExpander expander = new DefaultExpander();
    expander.addDSLMapping(mapping);
    String expanded = expander.expand(text);
    for (ExpanderException error : expander.getErrors()) {
      String line = error.getLine() > 0 && error.getLine() <= source.length ? source[error.getLine() - 1].strip() : "";
      problems.add(rules.name() + ":" + Math.max(error.getLine(), 1) + ":1: no sentence of the vocabulary says \u201c"
          + line + "\u201d; check the wording against the vocabulary (*.dsl), or write it in DRL");
    }
    String[] lines = expanded.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      lines[i] = words(rules.name(), i + 1, lines[i], problems);
    }
    mergePatterns(lines);
    lines[0] = HEADER + lines[0];
    return String.join("\n", lines);
  }

  /** Replaces each word macro of a line by the code it names, or reports it. */
  private static String words(String file, int lineNumber, String line, List<String> problems) {
    Matcher word = WORD.matcher(line);
    StringBuilder out = new StringBuilder();
    while (word.find()) {
      String replacement;
      if (word.group(1).equals("text")) {
        replacement = TextTemplate.expression(word.group(2), problem -> problems.add(
            file + ":" + lineNumber + ":1: " + problem));
      } else {
        RuleWords.Kind kind = RuleWords.Kind.valueOf(word.group(1).toUpperCase(Locale.ROOT));
        replacement = RuleWords.expression(kind, word.group(2)).orElseGet(() -> {
          problems.add(file + ":" + lineNumber + ":1: \u201c" + word.group(2).strip() + "\u201d is not a "
              + kind.chineseName() + "; write " + RuleWords.accepted(kind));
          return "null";
        });
      }
      word.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    word.appendTail(out);
    return out.toString();
  }

  /**
   * Joins consecutive one-line patterns on the same fact into one, keeping the lines: the book has one fact per
   * decision, so the conditions a clerk writes as sentences are one pattern's constraints, as in hand-written DRL.
   */
  private static void mergePatterns(String[] lines) {
    for (int i = 0; i + 1 < lines.length; i++) {
      Matcher first = PATTERN_LINE.matcher(lines[i]);
      if (!first.matches()) {
        continue;
      }
      int j = i + 1;
      StringBuilder constraints = new StringBuilder(first.group(3).strip());
      Matcher next;
      while (j < lines.length && (next = PATTERN_LINE.matcher(lines[j])).matches()
          && next.group(2).equals(first.group(2))) {
        String more = next.group(3).strip();
        if (!more.isEmpty()) {
          constraints.append(constraints.length() == 0 ? "" : ", ").append(more);
        }
        lines[j] = "";
        j++;
      }
      if (j > i + 1) {
        lines[i] = first.group(1) + first.group(2) + "( " + constraints + " )";
      }
      i = j - 1;
    }
  }
}
