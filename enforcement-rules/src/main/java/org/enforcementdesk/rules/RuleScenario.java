package org.enforcementdesk.rules;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.DelegationSuggestion;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.ReviewAction;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewFacts;
import org.enforcementdesk.policy.RiskFlag;

/**
 * One rule scenario, as a rule author writes it (see {@link RuleScenarios} for the format): given facts (a request
 * and its case history, or an open order at an instant), the decision expected. Only what the scenario lists is
 * checked; fired rules are checked as "at least these". Immutable.
 */
public final class RuleScenario {

  private final String name;
  private final String source;
  private final IntakeFacts intake;
  private final ReviewFacts review;
  private final JsonNode expect;

  RuleScenario(String name, String source, IntakeFacts intake, ReviewFacts review, JsonNode expect) {
    this.name = name;
    this.source = source;
    this.intake = intake;
    this.review = review;
    this.expect = expect;
  }

  /** The scenario's name, a sentence. */
  public String name() {
    return name;
  }

  /** Where it was written: the file and the scenario's position in it, e.g. {@code intake.json#3}. */
  public String source() {
    return source;
  }

  /**
   * Decides the scenario's facts with a policy and compares the decision with what the scenario expects.
   *
   * @param policy the policy to try; not null
   * @return the outcome, listing every difference
   */
  public ScenarioResult run(DecisionPolicy policy) {
    requireNonNull(policy, "policy");
    List<String> mismatches = new ArrayList<>();
    try {
      if (intake != null) {
        // As the desk does at submission: a mistyped fact would otherwise test nothing and pass.
        policy.checkFacts(intake.request().facts());
        compareIntake(policy.intake(intake), mismatches);
      } else {
        compareReview(policy.review(review), mismatches);
      }
    } catch (IllegalArgumentException e) {
      mismatches.add("the request is refused: " + e.getMessage());
    } catch (RuntimeException e) {
      mismatches.add("decision failed: " + e);
    }
    return ScenarioResult.of(name, source, mismatches);
  }

  private void compareIntake(IntakeDecision decision, List<String> mismatches) {
    for (Iterator<String> keys = expect.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      JsonNode want = expect.get(key);
      switch (key) {
        case "urgency" -> same(key, want.asText(), decision.urgency().name(), mismatches);
        case "response" -> same(key, Period.parse(want.asText()), decision.targets().response(), mismatches);
        case "resolution" -> same(key, Period.parse(want.asText()), decision.targets().resolution(), mismatches);
        case "callback" -> same(key, Period.parse(want.asText()), decision.targets().callback(), mismatches);
        case "startTier" -> same(key, want.asText(), decision.startTier().name(), mismatches);
        case "requirements" -> same(key, texts(want), new TreeSet<>(decision.requirements()), mismatches);
        case "riskFlags" -> {
          Set<String> kinds = new TreeSet<>();
          decision.riskFlags().stream().map(RiskFlag::kind).forEach(kind -> kinds.add(kind.name()));
          same(key, texts(want), kinds, mismatches);
        }
        case "delegation" ->
            same(key, want.asText(),
                decision.delegationSuggestion().map(s -> s.kind().name()).orElse("none"), mismatches);
        case "delegationVillage" ->
            same(key, want.asText(),
                decision.delegationSuggestion().flatMap(DelegationSuggestion::villageName).orElse("none"), mismatches);
        case "resolveNoLaterThan" -> {
          String expected = want.asText();
          Object wanted = expected.equals("none") ? "none" : OffsetDateTime.parse(expected).toInstant();
          Object was = decision.resolutionLimit().<Object>map(OffsetDateTime::toInstant).orElse("none");
          same(key, wanted, was, mismatches);
        }
        case "firedRules" -> firedAtLeast(want, decision.firedRules(), mismatches);
        default -> throw new IllegalStateException("unchecked expectation " + key); // refused when read
      }
    }
  }

  private void compareReview(ReviewDecision decision, List<String> mismatches) {
    for (Iterator<String> keys = expect.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      JsonNode want = expect.get(key);
      switch (key) {
        case "actions" -> {
          Set<String> actions = new TreeSet<>();
          decision.actions().forEach(action -> actions.add(describe(action)));
          same(key, texts(want), actions, mismatches);
        }
        case "firedRules" -> firedAtLeast(want, decision.firedRules(), mismatches);
        default -> throw new IllegalStateException("unchecked expectation " + key); // refused when read
      }
    }
  }

  /**
   * The short form scenarios write actions in: {@code warn RESOLUTION}, {@code escalate BUREAU_LEADER}, {@code flag
   * NEGATIVE_FEEDBACK}, {@code callback CENTER_DIRECTOR within 1 working day}, {@code rectify ATTITUDE by
   * CENTER_DIRECTOR within 5 working days}, {@code raise URGENT}, {@code reopen}.
   */
  static String describe(ReviewAction action) {
    if (action instanceof ReviewAction.WarnHandler warn) {
      return "warn " + warn.target().name();
    } else if (action instanceof ReviewAction.Escalate escalate) {
      return "escalate " + escalate.to().name();
    } else if (action instanceof ReviewAction.FlagRisk flag) {
      return "flag " + flag.flag().kind().name();
    } else if (action instanceof ReviewAction.RequestCallback callback) {
      return "callback " + callback.by().name() + " within " + callback.within();
    } else if (action instanceof ReviewAction.OpenRectification rectify) {
      return "rectify " + rectify.aspect().name() + " by " + rectify.owner().name() + " within " + rectify.within();
    } else if (action instanceof ReviewAction.RaiseUrgency raise) {
      return "raise " + raise.to().name();
    } else {
      return action.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> texts = new TreeSet<>();
    array.forEach(element -> texts.add(element.asText()));
    return texts;
  }

  private static void same(String what, Object expected, Object was, List<String> mismatches) {
    if (!Objects.equals(expected, was)) {
      mismatches.add(what + ": expected " + expected + ", was " + was);
    }
  }

  private static void firedAtLeast(JsonNode want, List<String> fired, List<String> mismatches) {
    for (String rule : texts(want)) {
      if (!fired.contains(rule)) {
        mismatches.add("firedRules: expected \"" + rule + "\" to fire; fired " + fired);
      }
    }
  }

  @Override
  public String toString() {
    return source + ": " + name;
  }
}
