package org.enforcementdesk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementdesk.examples.cli.ValidateRulesCommandTest.assertBadInput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.enforcementdesk.rules.RuleScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestRulesCommandTest {

  private static final String URGENT_RENEWAL =
      "{\"type\": \"SEIZURE_RENEWAL\", \"receivedAt\": \"2026-03-02T09:15+08:00\","
          + " \"facts\": {\"seizureExpiresOn\": \"2026-03-06\"}}";

  @TempDir Path dir;

  @Test
  void testRules_shippedScenariosAgainstTheShippedRules_allPass() {
    int count = RuleScenarios.defaults().readDirectory(RuleFiles.SHIPPED_SCENARIOS).size();

    CliRun run = CliRun.of("test-rules", RuleFiles.SHIPPED_SCENARIOS.toString());

    assertThat(count).isPositive();
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out().lines()).containsExactly(count + " passed, 0 failed");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void testRules_wrongExpectation_printsExpectedAgainstActualAndExitsOne() {
    Path file =
        RuleFiles.write(
            dir.resolve("renewals.json"),
            "[{\"scenario\": \"An urgent renewal is urgent\", \"intake\": {\"request\": " + URGENT_RENEWAL + "},"
                + " \"expect\": {\"urgency\": \"URGENT\"}},\n"
                + " {\"scenario\": \"An urgent renewal is merely normal\", \"intake\": {\"request\": " + URGENT_RENEWAL
                + "}, \"expect\": {\"urgency\": \"NORMAL\", \"resolution\": \"2 natural hours\"}}]\n");

    CliRun run = CliRun.of("test-rules", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            "FAILED " + file + "#2: An urgent renewal is merely normal",
            "  urgency: expected NORMAL, was URGENT",
            "1 passed, 1 failed");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void testRules_editedRuleBook_showsWhichShippedScenariosTheChangeBreaks() {
    RuleFiles.copyDefaults(dir);
    RuleFiles.replace(
        dir.resolve("intake-baseline.drl.csv"),
        "PROGRESS_QUERY,NORMAL,4 working hours,1 working day",
        "PROGRESS_QUERY,NORMAL,4 working hours,2 working days");

    CliRun run = CliRun.of("test-rules", "--rules", dir.toString(), RuleFiles.SHIPPED_SCENARIOS.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines)
        .contains("FAILED " + RuleFiles.SHIPPED_SCENARIOS.resolve("intake-section10.json") + "#2: A progress query is answered within 4 working hours")
        .contains("  resolution: expected 1 working day, was 2 working days");
    assertThat(lines.get(lines.size() - 1)).matches("\\d+ passed, 1 failed");
  }

  @Test
  void testRules_malformedScenarioJson_exitsTwoNamingFileAndPosition() {
    Path file = RuleFiles.write(dir.resolve("broken.json"), "[{\"scenario\": \"x\",\n  \"intake\": }]");
    assertBadInput(CliRun.of("test-rules", file.toString()), "bad scenario file " + file + ":2:13: ");
  }

  @Test
  void testRules_unknownExpectationInADirectory_exitsTwoNamingFileAndJsonPath() {
    RuleFiles.write(
        dir.resolve("typo.json"),
        "[{\"scenario\": \"x\", \"intake\": {\"request\": " + URGENT_RENEWAL + "}, \"expect\": {\"urgencyy\": \"URGENT\"}}]");
    assertBadInput(
        CliRun.of("test-rules", dir.toString()),
        "bad scenario file " + dir.resolve("typo.json") + ": $[0].expect.urgencyy: unknown property");
  }

  @Test
  void testRules_invalidRequestInAScenario_exitsTwoNamingTheRequestsPath() {
    Path file =
        RuleFiles.write(
            dir.resolve("bad-type.json"),
            "{\"scenario\": \"x\", \"intake\": {\"request\": {\"type\": \"SEIZURE_RENEWL\","
                + " \"receivedAt\": \"2026-03-02T09:15+08:00\"}}, \"expect\": {}}");
    assertBadInput(
        CliRun.of("test-rules", file.toString()),
        "bad scenario file " + file + ": $.intake.request.type: unknown request type code \"SEIZURE_RENEWL\"");
  }

  @Test
  void testRules_noScenarios_exitsTwo() throws Exception {
    Files.createDirectory(dir.resolve("empty"));
    assertBadInput(CliRun.of("test-rules", dir.resolve("empty").toString()), "no scenarios in ");
    assertBadInput(CliRun.of("test-rules", dir.resolve("none").toString()), "no such scenario file or directory: ");
  }

  @Test
  void testRules_rulesThatDoNotCompile_exitsTwoPointingToValidateRules() {
    RuleFiles.copyDefaults(dir);
    RuleFiles.replace(
        dir.resolve("review-risk.drl"), "openPetitions > 0,", "openPetitionz > 0,");
    assertBadInput(
        CliRun.of("test-rules", "--rules", dir.toString(), RuleFiles.SHIPPED_SCENARIOS.toString()),
        "the rules in " + dir + " do not compile (validate-rules " + dir + " lists the problems): review-risk.drl:");
  }
}
