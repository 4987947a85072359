package org.enforcementdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every shipped rule scenario passes against the default rule book; each runs as its own JUnit test. */
class RuleScenariosTest {

  /** The shipped scenarios, on disk as a rule author finds them (tests run in the module's directory). */
  static final Path SHIPPED = Path.of("src/main/resources/org/enforcementdesk/rules/scenarios");

  @TestFactory
  Stream<DynamicTest> shippedScenarios_passAgainstTheDefaultRuleBook() {
    List<RuleScenario> scenarios = RuleScenarios.defaults().readDirectory(SHIPPED);
    assertThat(scenarios).hasSizeGreaterThanOrEqualTo(29);
    return scenarios.stream()
        .map(
            scenario ->
                DynamicTest.dynamicTest(
                    scenario.toString(),
                    () -> assertThat(scenario.run(DefaultBook.POLICY).mismatches()).as(scenario.toString()).isEmpty()));
  }

  @Test
  void run_wrongExpectation_listsEveryMismatch() {
    RuleScenario scenario =
        RuleScenarios.defaults()
            .read(
                """
                {"scenario": "A payout is urgent (it is not)",
                 "intake": {"request": {"type": "FUNDS_PAYOUT", "receivedAt": "2026-03-02T09:15+08:00"}},
                 "expect": {"urgency": "URGENT", "resolution": "2 working days", "firedRules": ["No such rule"]}}
                """,
                "wrong.json")
            .get(0);

    ScenarioResult result = scenario.run(DefaultBook.POLICY);

    assertThat(result.passed()).isFalse();
    assertThat(result.source()).isEqualTo("wrong.json#1");
    assertThat(result.mismatches()).hasSize(3);
    assertThat(result.mismatches().subList(0, 2))
        .containsExactly(
            "urgency: expected URGENT, was PRIORITY", "resolution: expected 2 working days, was 10 working days");
    assertThat(result.mismatches().get(2))
        .startsWith("firedRules: expected \"No such rule\" to fire; fired [")
        .contains("A payout of collected money is a priority and is resolved within 10 working days");
  }

  @Test
  void read_unknownExpectation_namesFileAndPath() {
    assertThatThrownBy(
            () ->
                RuleScenarios.defaults()
                    .read(
                        """
                        [{"scenario": "x", "intake": {"request": {"type": "FUNDS_PAYOUT",
                          "receivedAt": "2026-03-02T09:15+08:00"}}, "expect": {"urgnecy": "URGENT"}}]
                        """,
                        "typo.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("typo.json: $[0].expect.urgnecy: unknown property");
  }

  @Test
  void read_misspeltAction_namesFileAndPath() {
    assertThatThrownBy(
            () ->
                RuleScenarios.defaults()
                    .read(
                        """
                        {"scenario": "x", "review": {"signal": "EVALUATION", "at": "2026-03-10T10:00+08:00",
                          "type": "FUNDS_PAYOUT"}, "expect": {"actions": ["rectify ATTITUDE CENTER_DIRECTOR"]}}
                        """,
                        "typo.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("typo.json: $.expect.actions[0]: unknown action \"rectify ATTITUDE CENTER_DIRECTOR\"");
  }

  @Test
  void read_actionPeriodNotInItsShortestForm_saysHowToWriteIt() {
    assertThatThrownBy(
            () ->
                RuleScenarios.defaults()
                    .read(
                        """
                        [{"scenario": "x", "review": {"signal": "EVALUATION", "at": "2026-03-10T10:00+08:00",
                          "type": "FUNDS_PAYOUT"}, "expect": {"actions": ["flag NEGATIVE_FEEDBACK",
                          "callback CENTER_DIRECTOR within 120 natural minutes"]}}]
                        """,
                        "long.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "long.json: $[0].expect.actions[1]: write the period as \"2 natural hours\", not \"120 natural minutes\"");
  }

  @Test
  void read_badRequest_namesFileAndPath() {
    assertThatThrownBy(
            () ->
                RuleScenarios.defaults()
                    .read(
                        """
                        {"scenario": "x", "intake": {"request": {"type": "FUNDS_PAYOT",
                          "receivedAt": "2026-03-02T09:15+08:00"}}, "expect": {}}
                        """,
                        "bad.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bad.json: $.intake.request.type: unknown request type code \"FUNDS_PAYOT\"")
        .hasMessageContaining("FUNDS_PAYOT");
  }
}
