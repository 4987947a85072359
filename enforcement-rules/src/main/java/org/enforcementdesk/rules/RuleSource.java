package org.enforcementdesk.rules;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One file of a rule book: its name relative to the rule directory ({@code intake-risk.drl}, with {@code /}
 * between folders) and its bytes.
 */
record RuleSource(String name, byte[] content) {

  /** Drools reads DRL files and decision tables; a decision table only when its name says it becomes DRL. */
  boolean isDrl() {
    return name.endsWith(".drl");
  }

  boolean isDecisionTable() {
    return name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx");
  }

  /** A vocabulary of business language: sentences and the DRL each stands for. */
  boolean isDsl() {
    return name.endsWith(".dsl");
  }

  /** Rules written in a vocabulary's sentences, expanded to DRL before Drools compiles them. */
  boolean isDslr() {
    return name.endsWith(".dslr");
  }

  /** The court's declaration of its own request facts. */
  boolean isCourtFacts() {
    return name.equals(CourtFacts.FILE_NAME) || name.endsWith("/" + CourtFacts.FILE_NAME);
  }

  boolean isSettings() {
    return name.equals(RuleSettings.FILE_NAME) || name.endsWith("/" + RuleSettings.FILE_NAME);
  }

  String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  /** Whether the rule engine reads this file as text (all but XLSX spreadsheets). */
  boolean isText() {
    return !name.endsWith(".xlsx");
  }

  /**
   * A problem line {@code name:line:column: ...} if the content is not UTF-8, or empty. Files saved by a
   * spreadsheet as GBK (Excel's plain CSV on Chinese Windows) would otherwise load with every Chinese word garbled
   * and no error at all.
   */
  Optional<String> encodingProblem() {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(content);
    CharBuffer chars = CharBuffer.allocate(content.length);
    CoderResult result = decoder.decode(bytes, chars, true);
    if (!result.isError()) {
      return Optional.empty();
    }
    int line = 1;
    int column = 1;
    for (int i = 0; i < chars.position(); i++) {
      if (chars.get(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return Optional.of(
        name + ":" + line + ":" + column
            + ": not UTF-8 text (saved as GBK?); save it as UTF-8 (in Excel: \"CSV UTF-8\")");
  }
}
