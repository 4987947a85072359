package org.enforcementdesk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementdesk.examples.cli.RuleFiles.lineOf;
import static org.enforcementdesk.examples.cli.RuleFiles.replace;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateRulesCommandTest {

  private static final String DRL_LINE = "ReviewOrder( $open : openPetitions > 0, !flagged(RiskKind.PETITION_UNRESOLVED) )";
  private static final String TABLE_ROW = "FUNDS_PAYOUT,PRIORITY,1 working day,10 working days";

  @TempDir Path dir;

  @Test
  void validateRules_copyOfTheDefaults_compilesWithTheShippedContentHash() {
    RuleFiles.copyDefaults(dir);
    CliRun run = CliRun.of("validate-rules", dir.toString());
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out().lines())
        .containsExactly(
            "rules in " + dir + " compile: version " + RuleBooks.defaults().contentHash() + ", " + ValidateRulesCommand.DEFAULT_FILES.size() + " files");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validateRules_exportDefaults_writesEveryShippedFileAndValidatesThem() {
    Path copy = dir.resolve("court-rules");
    CliRun run = CliRun.of("validate-rules", "--export-defaults", copy.toString());
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out().lines())
        .containsExactly(
            "wrote the shipped rule files to " + copy + ": " + String.join(", ", ValidateRulesCommand.DEFAULT_FILES),
            // The same hash as the shipped book: every file was copied, and nothing else.
            "rules in " + copy + " compile: version " + RuleBooks.defaults().contentHash() + ", " + ValidateRulesCommand.DEFAULT_FILES.size() + " files");
    assertThat(copy.resolve("intake-baseline.drl.csv")).isRegularFile();
  }

  @Test
  void validateRules_exportDefaultsOverAnExistingCopy_exitsTwoWithoutWriting() {
    RuleFiles.copyDefaults(dir);
    RuleFiles.write(dir.resolve("intake-risk.dslr"), "// the author's edit");
    CliRun run = CliRun.of("validate-rules", "--export-defaults", dir.toString());
    assertBadInput(run, "--export-defaults would overwrite " + dir.resolve(ValidateRulesCommand.DEFAULT_FILES.get(0)));
    assertThat(RuleFiles.read(dir.resolve("intake-risk.dslr"))).isEqualTo("// the author's edit");
  }

  @Test
  void validateRules_drlSyntaxError_exitsOneNamingTheAuthorsFileLineAndColumn() {
    RuleFiles.copyDefaults(dir);
    Path drl = dir.resolve("review-risk.drl");
    int line = lineOf(drl, DRL_LINE);
    replace(drl, DRL_LINE, "ReviewOrder( $open : openPetitions > 0,, ");
    int secondComma = RuleFiles.read(drl).lines().toList().get(line - 1).indexOf(",,") + 2;

    CliRun run = CliRun.of("validate-rules", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    // The second comma, where the parser gave up.
    assertThat(run.out().lines()).singleElement().asString().startsWith(drl + ":" + line + ":" + secondComma + ": ");
    assertThat(run.err().lines()).containsExactly("enforcement: the rules in " + dir + " do not compile: 1 problem");
  }

  @Test
  void validateRules_badCellInTheDecisionTable_exitsOneNamingItsRowAndColumn() {
    RuleFiles.copyDefaults(dir);
    Path table = dir.resolve("intake-baseline.drl.csv");
    int row = lineOf(table, TABLE_ROW);
    replace(table, TABLE_ROW, "FUNDS_PAYOUT,PRIORITY,1 working day,10 workin days");

    CliRun run = CliRun.of("validate-rules", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    // Column 5 is "Resolution": NAME, type, urgency, response, resolution.
    assertThat(run.out().lines())
        .singleElement()
        .asString()
        .startsWith(table + ":" + row + ":5: ")
        .contains("\"10 workin days\"");
  }

  @Test
  void validateRules_severalBrokenFiles_listsOneLinePerProblemAndNoDroolsLog() {
    RuleFiles.copyDefaults(dir);
    replace(dir.resolve("intake-exceptions.dslr"), "被执行人当前下落明确", "被执行人找到了");
    replace(dir.resolve("review-risk.drl"), "ReviewOrder( signal == ReviewSignal.EVALUATION, dissatisfied )",
        "ReviewOrder( signal == ReviewSignal.EVALUATION, disatisfied )");
    replace(dir.resolve("intake-baseline.drl.csv"), TABLE_ROW, "FUNDS_PAYOUT,PRIORTY,1 working day,10 working days");

    // Drools logs a failed build at ERROR through slf4j-simple, which writes to System.err as it is at the time.
    PrintStream original = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    CliRun run;
    try {
      System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
      run = CliRun.of("validate-rules", dir.toString());
    } finally {
      System.setErr(original);
    }

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).startsWith(dir.resolve("intake-exceptions.dslr") + ":").contains("被执行人找到了"))
        .anySatisfy(l -> assertThat(l).startsWith(dir.resolve("review-risk.drl") + ":").contains("disatisfied"))
        .anySatisfy(l -> assertThat(l).startsWith(dir.resolve("intake-baseline.drl.csv") + ":").contains("PRIORTY"));
    assertThat(run.err().lines()).containsExactly("enforcement: the rules in " + dir + " do not compile: 3 problems");
    assertThat(logged.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void validateRules_missingDirectory_exitsTwoWithOneLine() {
    assertBadInput(CliRun.of("validate-rules", dir.resolve("none").toString()), "no such directory: " + dir.resolve("none"));
  }

  @Test
  void validateRules_aFileNotADirectory_exitsTwoWithOneLine() {
    Path file = RuleFiles.write(dir.resolve("rules.drl"), "package x;");
    assertBadInput(CliRun.of("validate-rules", file.toString()), "not a directory of rule files: " + file);
  }

  @Test
  void validateRules_withoutDirectory_exitsTwoWithUsage() {
    assertBadInput(CliRun.of("validate-rules"), "Missing required parameter: 'DIR'");
  }

  @Test
  void validateRules_emptyDirectory_exitsOneForTheMissingSettings() {
    CliRun run = CliRun.of("validate-rules", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("rule-settings.properties:1:1: a rule book needs exactly one");
    assertThat(Files.exists(dir.resolve("rule-settings.properties"))).isFalse();
  }

  /** Exit 2, nothing on standard output, one line on standard error that contains {@code expected}. */
  static AbstractStringAssert<?> assertBadInput(CliRun run, String expected) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    return assertThat(run.err())
        .startsWith("enforcement: ")
        .contains(expected)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
