package org.enforcementdesk.rules;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Turns a line of the DRL that Drools generates from a decision table back into the table's row and column. The
 * generated DRL marks each rule with a comment naming the cell its values start at ({@code // rule values at A12});
 * a problem on a generated line belongs to the nearest such rule above it. In a CSV table the column is the cell
 * holding the offending value, when the message names one; otherwise the row's first cell.
 */
final class DecisionTableLines {

  private static final Pattern CELL = Pattern.compile("rule values at ([A-Z]+)(\\d+)");

  private DecisionTableLines() {}

  static String generatedDrl(RuleSource table) {
    return new SpreadsheetCompiler()
        .compile(
            new ByteArrayInputStream(table.content()),
            table.name().endsWith(".csv") ? InputType.CSV : InputType.XLS);
  }

  /** A problem Drools found on a line of the generated DRL, placed in the table. */
  static String locate(RuleSource table, int generatedLine, String message) {
    try {
      return locate(table, generatedDrl(table), generatedLine, null, message);
    } catch (RuntimeException e) {
      // The table did not even convert: Drools' own message says why; point at the top of the file.
      return table.name() + ":1:1: " + message;
    }
  }

  /** A problem with {@code value} (if not null) on a line of the generated DRL, placed in the table. */
  static String locate(RuleSource table, String drl, int generatedLine, String value, String message) {
    int row = 1;
    int column = 1;
    String[] lines = drl.split("\n", -1);
    for (int i = Math.min(generatedLine, lines.length) - 1; i >= 0; i--) {
      Matcher cell = CELL.matcher(lines[i]);
      if (cell.find()) {
        row = Integer.parseInt(cell.group(2));
        column = columnNumber(cell.group(1));
        break;
      }
    }
    if (table.name().endsWith(".csv")) {
      column = value != null ? csvColumn(table, row, value, column) : cellNamedIn(table, row, message, column);
    }
    return table.name() + ":" + row + ":" + column + ": " + message;
  }

  private static int csvColumn(RuleSource table, int row, String value, int fallback) {
    String[] rows = table.text().split("\r?\n", -1);
    if (row < 1 || row > rows.length) {
      return fallback;
    }
    List<String> cells = Csv.cells(rows[row - 1]);
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).strip().equals(value.strip())) {
        return i + 1;
      }
    }
    return fallback;
  }

  /** The column of the first cell after the rule's name whose text the message quotes ("PRIORTY cannot be ..."). */
  private static int cellNamedIn(RuleSource table, int row, String message, int fallback) {
    String[] rows = table.text().split("\r?\n", -1);
    if (row < 1 || row > rows.length) {
      return fallback;
    }
    List<String> cells = Csv.cells(rows[row - 1]);
    for (int i = 1; i < cells.size(); i++) {
      String cell = cells.get(i).strip();
      if (cell.length() >= 2 && message.contains(cell)) {
        return i + 1;
      }
    }
    return fallback;
  }

  /** Spreadsheet column letters to a number: A = 1, Z = 26, AA = 27. */
  static int columnNumber(String letters) {
    int n = 0;
    for (int i = 0; i < letters.length(); i++) {
      n = n * 26 + (letters.charAt(i) - 'A' + 1);
    }
    return n;
  }
}
