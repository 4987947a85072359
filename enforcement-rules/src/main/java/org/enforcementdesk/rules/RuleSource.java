package org.enforcementdesk.rules;

import java.nio.charset.StandardCharsets;

/**
 * One file of a rule book: its name relative to the rule directory ({@code intake-exceptions.drl}, with {@code /}
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

  boolean isSettings() {
    return name.equals(RuleSettings.FILE_NAME) || name.endsWith("/" + RuleSettings.FILE_NAME);
  }

  String text() {
    return new String(content, StandardCharsets.UTF_8);
  }
}
