package org.enforcementdesk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.rules.DroolsDecisionPolicy;
import org.enforcementdesk.rules.RuleBook;
import org.junit.jupiter.api.Test;

/**
 * The plain-Java baseline makes the same intake decisions as the default rule book, so that the benchmarks compare
 * two ways of making one decision and not a cheaper decision with a dearer one.
 */
class PlainJavaIntakePolicyTest {

  private static final DroolsDecisionPolicy RULE_BOOK =
      new DroolsDecisionPolicy(RuleBook.defaults(Instant.parse("2026-11-26T00:00:00Z")));
  private static final PlainJavaIntakePolicy BASELINE = new PlainJavaIntakePolicy();

  @Test
  void intake_generatedRequestsOfEveryType_sameDecisionAsTheRuleBook() {
    GeneratedRequests requests = GeneratedRequests.overTwoYears(20261126L);
    for (int i = 0; i < 600; i++) {
      IntakeFacts facts = requests.nextIntake();
      IntakeDecision expected = RULE_BOOK.intake(facts);
      IntakeDecision actual = BASELINE.intake(facts);
      String about = facts.request() + " " + facts.history() + " " + facts.request().facts();

      assertThat(actual.urgency()).as(about).isEqualTo(expected.urgency());
      assertThat(actual.targets()).as(about).isEqualTo(expected.targets());
      assertThat(actual.startTier()).as(about).isEqualTo(expected.startTier());
      assertThat(actual.requirements()).as(about).containsExactlyElementsOf(expected.requirements());
      assertThat(actual.riskFlags()).as(about).containsExactlyInAnyOrderElementsOf(expected.riskFlags());
      assertThat(actual.delegationSuggestion()).as(about).isEqualTo(expected.delegationSuggestion());
      assertThat(actual.resolutionLimit()).as(about).isEqualTo(expected.resolutionLimit());
      assertThat(actual.firedRules()).as(about).containsExactlyInAnyOrderElementsOf(expected.firedRules());
    }
  }

  @Test
  void generatedRequests_coverEveryRuleOfTheDefaultBook() {
    GeneratedRequests requests = GeneratedRequests.overTwoYears(20261126L);
    List<String> fired = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      fired.addAll(RULE_BOOK.intake(requests.nextIntake()).firedRules());
    }
    // 1 any-type row, 19 type rows, 4 exceptions, 4 risk triggers, 2 delegations.
    assertThat(new HashSet<>(fired)).hasSize(30);
  }
}
