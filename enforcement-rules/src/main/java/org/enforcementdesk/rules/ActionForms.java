package org.enforcementdesk.rules;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.sla.SlaTarget;

/**
 * The short forms a review scenario writes its expected actions in (as {@link RuleScenario#describe} prints them),
 * checked when the scenario is read: a misspelt action or a period not in its shortest form would otherwise only
 * show up as a scenario that can never pass.
 */
final class ActionForms {

  private static final List<Pattern> FORMS =
      List.of(
          Pattern.compile("warn " + names(SlaTarget.values())),
          Pattern.compile("escalate " + names(Tier.values())),
          Pattern.compile("flag " + names(RiskKind.values())),
          Pattern.compile("callback " + names(Tier.values()) + " within (.+)"),
          Pattern.compile(
              "rectify " + names(EvaluationAspect.values()) + " by " + names(Tier.values()) + " within (.+)"),
          Pattern.compile("raise " + names(Urgency.values())),
          Pattern.compile("reopen"));

  private static final String EXPECTED =
      "expected one of \"warn RESOLUTION\", \"escalate TIER\", \"flag RISK_KIND\", \"callback TIER within PERIOD\","
          + " \"rectify ASPECT by TIER within PERIOD\", \"raise URGENCY\", \"reopen\"";

  private ActionForms() {}

  /** What is wrong with an expected action, or null if it is in one of the short forms. */
  static String problem(String action) {
    for (Pattern form : FORMS) {
      Matcher m = form.matcher(action);
      if (m.matches()) {
        return m.groupCount() == 0 ? null : periodProblem(m.group(m.groupCount()));
      }
    }
    return "unknown action \"" + action + "\"; " + EXPECTED;
  }

  // Decisions print periods in their shortest form; "120 natural minutes" would never equal "2 natural hours".
  private static String periodProblem(String text) {
    try {
      String shortest = Period.parse(text).toString();
      return shortest.equals(text) ? null : "write the period as \"" + shortest + "\", not \"" + text + "\"";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining("|", "(?:", ")"));
  }
}
