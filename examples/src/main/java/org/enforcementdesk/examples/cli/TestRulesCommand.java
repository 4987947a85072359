package org.enforcementdesk.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.enforcementdesk.rules.DroolsDecisionPolicy;
import org.enforcementdesk.rules.RuleScenario;
import org.enforcementdesk.rules.RuleScenarios;
import org.enforcementdesk.rules.ScenarioResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code enforcement test-rules [--rules DIR] SCENARIOS}: runs rule scenarios against a rule book and shows each one
 * that fails, expected against actual: what a rule author runs after every change.
 */
@Command(
    name = "test-rules",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Run rule scenarios against a rule book.",
    synopsisHeading = "%n",
    description = {
      "",
      "Reads the scenarios (every *.json under a directory, or one file), decides each with the rule book, and"
          + " prints every failing scenario with what it expected and what the rules decided, then the line"
          + " 'N passed, M failed'.",
      "",
      "The scenario format: the README.md beside the shipped scenarios, and the Javadoc of RuleScenarios.",
      ""
    },
    footer = {
      "",
      "Examples, in a clone of the repository, where the shipped scenarios are:",
      "  S=enforcement-rules/src/main/resources/org/enforcementdesk/rules/scenarios",
      "  ./enforcement test-rules $S",
      "  ./enforcement test-rules --rules court-rules $S",
      "",
      "Exit codes: 0 every scenario passed; 1 some failed; 2 bad usage, a scenario file that does not read"
          + " (file and JSON path named), or --rules DIR that does not compile."
    })
final class TestRulesCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "a rule author's directory (see validate-rules) instead of the shipped rule book")
  private Path rules;

  @Parameters(
      index = "0",
      paramLabel = "SCENARIOS",
      description = "a directory of scenario files (*.json, read in name order) or one scenario file")
  private Path scenarios;

  @Override
  public Integer call() {
    List<RuleScenario> all = read();
    DroolsDecisionPolicy policy = new DroolsDecisionPolicy(RuleBooks.load(rules));
    PrintWriter out = spec.commandLine().getOut();
    int passed = 0;
    int failed = 0;
    for (RuleScenario scenario : all) {
      ScenarioResult result = scenario.run(policy);
      if (result.passed()) {
        passed++;
      } else {
        failed++;
        out.println("FAILED " + prefix() + result.source() + ": " + result.scenario());
        result.mismatches().forEach(mismatch -> out.println("  " + mismatch.replace('\n', ' ')));
      }
    }
    out.println(passed + " passed, " + failed + " failed");
    return failed == 0 ? EnforcementCli.OK : EnforcementCli.CHECK_FAILED;
  }

  /** What makes a scenario's file, named relative to the scenario directory, a path the author can open. */
  private String prefix() {
    return Files.isDirectory(scenarios) ? scenarios + scenarios.getFileSystem().getSeparator() : "";
  }

  private List<RuleScenario> read() {
    if (!Files.exists(scenarios)) {
      throw new IllegalArgumentException("no such scenario file or directory: " + scenarios);
    }
    RuleScenarios reader = RuleScenarios.defaults();
    List<RuleScenario> all;
    try {
      if (Files.isDirectory(scenarios)) {
        all = named(prefix(), () -> reader.readDirectory(scenarios));
      } else {
        String text = Files.readString(scenarios, StandardCharsets.UTF_8);
        all = named("", () -> reader.read(text, scenarios.toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + scenarios + ": " + e.getMessage(), e);
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no scenarios in " + scenarios + " (scenario files end in .json)");
    }
    return all;
  }

  private interface Read {
    List<RuleScenario> read();
  }

  private static List<RuleScenario> named(String prefix, Read read) {
    try {
      return read.read();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad scenario file " + prefix + e.getMessage(), e);
    }
  }
}
