package org.enforcementdesk.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enforcementdesk.calendar.Period;

/**
 * Checks the period texts in rule files ({@code responsePeriod("4 working hours")}, a decision table's period
 * cells, a callback's or a rectification's period) when the rule book is built. Drools cannot: to it they are plain
 * strings, and a typo would only fail when the rule fires, in front of a party.
 */
final class PeriodTextCheck {

  // The result methods that take period text: the three Baseline setters, ReviewResult.callback(tier, period, ..)
  // and ReviewResult.rectify(aspect, owner, period, ..).
  private static final Pattern PERIOD_ARGUMENT =
      Pattern.compile("(?:Period\\(\\s*|callback\\([^,()]+,\\s*|rectify\\([^,()]+,[^,()]+,\\s*)\"([^\"]*)\"");

  private PeriodTextCheck() {}

  static List<String> check(List<RuleSource> sources) {
    List<String> problems = new ArrayList<>();
    for (RuleSource source : sources) {
      if (source.isDrl()) {
        checkDrl(source, problems);
      } else if (source.isDecisionTable()) {
        checkTable(source, problems);
      }
    }
    return problems;
  }

  private static void checkDrl(RuleSource source, List<String> problems) {
    String[] lines = source.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().startsWith("//")) {
        continue;
      }
      Matcher argument = PERIOD_ARGUMENT.matcher(lines[i]);
      while (argument.find()) {
        String problem = problem(argument.group(1));
        if (problem != null) {
          problems.add(source.name() + ":" + (i + 1) + ":" + (argument.start(1) + 1) + ": " + problem);
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
    for (int i = 0; i < lines.length; i++) {
      Matcher argument = PERIOD_ARGUMENT.matcher(lines[i]);
      while (argument.find()) {
        String problem = problem(argument.group(1));
        if (problem != null) {
          problems.add(DecisionTableLines.locate(source, drl, i + 1, argument.group(1), problem));
        }
      }
    }
  }

  private static String problem(String text) {
    try {
      Period.parse(text);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
