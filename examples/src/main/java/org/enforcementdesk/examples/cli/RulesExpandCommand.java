package org.enforcementdesk.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.enforcementdesk.rules.RuleBook;
import org.enforcementdesk.rules.RuleBookException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code enforcement rules expand FILE}: the DRL a rules file in business language stands for, line for line, as the
 * rule engine compiles it; or each sentence that matches no mapping, at its line.
 */
@Command(
    name = "expand",
    mixinStandardHelpOptions = true,
    header = "Print the DRL a rules file in business language (*.dslr) expands to.",
    description = {
      "",
      "Uses the vocabularies (*.dsl) in the file's directory, or the shipped enforcement.dsl if there are none. Each"
          + " line of the output is the line of FILE with the same number; the package, imports and globals the"
          + " book supplies go before the first.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  ./enforcement rules expand my-rules/intake-exceptions.dslr",
      "",
      "Exit codes: 0 expanded; 1 a sentence or word the vocabulary does not know (listed as FILE:LINE:COLUMN);"
          + " 2 bad usage or FILE missing."
    })
final class RulesExpandCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the rules file (*.dslr)")
  private Path file;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    PrintWriter out = spec.commandLine().getOut();
    try {
      out.println(RuleBook.expandDsl(file));
      return EnforcementCli.OK;
    } catch (RuleBookException e) {
      // Problems name files relative to FILE's directory; prefixed, an editor can jump to them from here.
      Path dir = file.getParent();
      e.problems().forEach(problem -> out.println(dir == null ? problem : dir + java.io.File.separator + problem));
      spec.commandLine().getErr().println("enforcement: " + file + " does not expand: " + e.problems().size()
          + " problem" + (e.problems().size() == 1 ? "" : "s"));
      return EnforcementCli.CHECK_FAILED;
    }
  }
}
