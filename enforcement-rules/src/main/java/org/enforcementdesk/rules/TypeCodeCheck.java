package org.enforcementdesk.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.RequestType;

/**
 * Checks what Drools compiles as plain strings and so lets pass: a request type code that names no type
 * ({@code CHASE_PROGRES}: the row or rule silently never fires), the same type twice in one decision table (which
 * row wins depends on firing order), and a quote that opens a cell running onto the next lines of a CSV table (the
 * rows it swallows silently vanish). Each is reported at its file and line, or its table's row and column.
 */
final class TypeCodeCheck {

  private static final Pattern TYPE_CODE = Pattern.compile("typeCode\\s*[!=]=\\s*\"([^\"$]*)\"");
  // A generated rule's action layer: intake.defaults() or intake.forType().
  private static final Pattern LAYER = Pattern.compile("intake\\.(\\w+)\\(\\)");
  private static final Set<String> CODES =
      TaxonomyFile.defaults().types().stream().map(RequestType::code).collect(Collectors.toUnmodifiableSet());

  private TypeCodeCheck() {}

  static void check(List<RuleSource> sources, List<String> problems) {
    for (RuleSource source : sources) {
      if (source.isDrl()) {
        checkDrl(source, problems);
      } else if (source.isDecisionTable()) {
        if (source.name().endsWith(".csv")) {
          checkQuotes(source, problems);
        }
        checkTable(source, problems);
      }
    }
  }

  private static String unknown(String code) {
    return "\"" + code + "\" is not a request type code; the codes are those of the taxonomy (e.g. CHASE_PROGRESS,"
        + " FUNDS_PAYOUT), so this never matches a request";
  }

  private static void checkDrl(RuleSource source, List<String> problems) {
    String[] lines = source.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().startsWith("//")) {
        continue;
      }
      Matcher code = TYPE_CODE.matcher(lines[i]);
      while (code.find()) {
        if (!CODES.contains(code.group(1))) {
          problems.add(source.name() + ":" + (i + 1) + ":" + (code.start(1) + 1) + ": " + unknown(code.group(1)));
        }
      }
    }
  }

  private static void checkTable(RuleSource source, List<String> problems) {
    String drl;
    try {
      drl = DecisionTableLines.generatedDrl(source);
    } catch (RuntimeException e) {
      return; // the compiler reports a table that does not convert
    }
    String[] lines = drl.split("\n", -1);
    Map<String, Integer> firstRowOf = new HashMap<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher code = TYPE_CODE.matcher(lines[i]);
      if (!code.find() || !lines[i].contains("==")) {
        continue;
      }
      String value = code.group(1);
      if (!CODES.contains(value)) {
        problems.add(DecisionTableLines.locate(source, drl, i + 1, value, unknown(value)));
        continue;
      }
      String key = layerAfter(lines, i) + ":" + value;
      if (firstRowOf.putIfAbsent(key, i + 1) != null) {
        problems.add(DecisionTableLines.locate(source, drl, i + 1, value, "type " + value + " has a row already in"
            + " this table; which row wins would depend on the order rules fire, so keep one"));
      }
    }
  }

  /** The action layer of the generated rule whose condition is at {@code line}. */
  private static String layerAfter(String[] lines, int line) {
    for (int i = line; i < lines.length && !lines[i].strip().equals("end"); i++) {
      Matcher layer = LAYER.matcher(lines[i]);
      if (layer.find()) {
        return layer.group(1);
      }
    }
    return "";
  }

  /**
   * A line whose quotes do not pair opens a cell that runs onto the next lines: a stray quote at the start of a row
   * silently swallows the rows below it into one cell.
   */
  private static void checkQuotes(RuleSource table, List<String> problems) {
    String[] lines = table.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      long quotes = lines[i].chars().filter(c -> c == '"').count();
      if (quotes % 2 == 1) {
        problems.add(table.name() + ":" + (i + 1) + ":" + (lines[i].indexOf('"') + 1) + ": a quote here opens a"
            + " cell that runs onto the next line, so the rows below it vanish into one cell; remove the stray quote"
            + " (a cell that holds a quote writes it twice: \"\")");
        return; // every later line is off by one quote; the first is the one to fix
      }
    }
  }
}
