package org.enforcementdesk.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.enforcementdesk.examples.simulate.SimulateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code enforcement} command line: the root that dispatches to the subcommands and maps every failure to the
 * runner's exit codes.
 */
@Command(
    name = "enforcement",
    mixinStandardHelpOptions = true,
    versionProvider = RunnerVersion.class,
    description = "Enforcement Desk: enforcement requests (执行诉求) for people's courts.",
    subcommands = {
      RequestCommand.class,
      CalendarCommand.class,
      ValidateRulesCommand.class,
      RulesCommand.class,
      TestRulesCommand.class,
      DecideCommand.class,
      SimulateCommand.class,
      LedgerCommand.class,
      CommandLine.HelpCommand.class
    })
public final class EnforcementCli {

  /** Success. */
  public static final int OK = 0;
  /** A check the command ran failed (an invalid request, a failing scenario). */
  public static final int CHECK_FAILED = 1;
  /** Bad usage or unreadable input. */
  public static final int BAD_INPUT = 2;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // UTF-8 whatever the machine's default: the output is full of Chinese, and Java 17 follows the locale.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the command line with the given output streams and returns the exit code; the form tests use.
   *
   * @param out standard output; not null
   * @param err standard error; not null
   * @param args the arguments; not null
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new EnforcementCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(
        (exception, arguments) -> {
          err.println("enforcement: " + exception.getMessage() + " (see --help)");
          return BAD_INPUT;
        });
    commandLine.setExecutionExceptionHandler(
        (exception, command, parseResult) -> {
          err.println("enforcement: " + oneLine(exception));
          return exception instanceof IllegalArgumentException || exception instanceof java.io.UncheckedIOException
              ? BAD_INPUT
              : CHECK_FAILED;
        });
    return commandLine.execute(args);
  }

  private static String oneLine(Exception exception) {
    String message = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
    return message.replace('\n', ' ');
  }
}
