package org.enforcementdesk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code enforcement rules expand FILE}: the DRL a clerk's rules stand for, or their unknown sentences at their lines. */
class RulesExpandCommandTest {

  @TempDir Path dir;

  @Test
  void expand_printsTheDrl_lineForLine() {
    RuleFiles.copyDefaults(dir);
    Path file = dir.resolve("intake-exceptions.dslr");
    int line = RuleFiles.lineOf(file, "诉求类型为 提供财产线索");

    CliRun run = CliRun.of("rules", "expand", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().toList().get(line - 1).strip())
        .isEqualTo("IntakeRequest( typeCode == \"PROPERTY_LEAD\", assetsAboutToMove )");
    assertThat(run.out()).contains("intake.exception().resolutionPeriod(\"3 natural days\");");
  }

  @Test
  void expand_aSentenceTheVocabularyDoesNotKnow_exitsOneNamingItsLine() {
    RuleFiles.copyDefaults(dir);
    Path file = dir.resolve("intake-exceptions.dslr");
    int line = RuleFiles.lineOf(file, "财产即将被转移");
    RuleFiles.replace(file, "财产即将被转移", "财产快要转走了");

    CliRun run = CliRun.of("rules", "expand", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).singleElement().asString()
        .startsWith(file + ":" + line + ":1: no sentence of the vocabulary says \u201c财产快要转走了\u201d");
    assertThat(run.err().lines()).containsExactly("enforcement: " + file + " does not expand: 1 problem");
  }

  @Test
  void expand_aMissingFile_exitsTwo() {
    CliRun run = CliRun.of("rules", "expand", dir.resolve("none.dslr").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file: " + dir.resolve("none.dslr"));
  }
}
