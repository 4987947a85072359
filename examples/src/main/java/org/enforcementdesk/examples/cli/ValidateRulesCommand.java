package org.enforcementdesk.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enforcementdesk.rules.RuleBook;
import org.enforcementdesk.rules.RuleBookException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code enforcement validate-rules DIR}: compiles a rule author's directory the way the library will load it and
 * lists every problem at the author's file, line and column. {@code --export-defaults} first writes a copy of the
 * shipped rule book there, the place an author starts from.
 */
@Command(
    name = "validate-rules",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Check that a directory of rule files compiles into a rule book.",
    synopsisHeading = "%n",
    description = {
      "",
      "Compiles every *.drl, *.drl.csv and *.drl.xlsx file under DIR and its rule-settings.properties, as"
          + " RuleBook.fromDirectory does when a court loads or hot-reloads them.",
      "",
      "If they compile, prints one line, 'rules in DIR compile: version HASH, N files'. HASH is the content half"
          + " of the version every decision names: the same files give the same hash.",
      "",
      "If not, prints one line per problem on standard output, 'DIR/FILE:LINE:COLUMN: MESSAGE' at the author's"
          + " line (for a decision table: its row and column), then the count on standard error.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  # a copy of the shipped rules to edit, validated",
      "  ./enforcement validate-rules --export-defaults court-rules",
      "  ./enforcement validate-rules court-rules",
      "",
      "Exit codes: 0 the rules compile; 1 they do not (problems listed); 2 bad usage, DIR missing or not a"
          + " directory, or --export-defaults would overwrite a file."
    })
final class ValidateRulesCommand implements Callable<Integer> {

  /** Where the shipped rule book lives in the rules jar. */
  static final String DEFAULTS_ROOT = "org/enforcementdesk/rules/defaults/";

  /** The shipped rule book's files; the copy test checks that they are all (its hash equals the defaults'). */
  static final List<String> DEFAULT_FILES = RuleBook.defaultFiles();

  // Every problem of a RuleBookException reads FILE:LINE:COLUMN: MESSAGE, FILE relative to the directory.
  private static final Pattern PROBLEM = Pattern.compile("(.+?):(\\d+):(\\d+): (.*)", Pattern.DOTALL);

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "the directory of rule files")
  private Path dir;

  @Option(
      names = "--export-defaults",
      description = "first write the shipped rule files into DIR (created if missing; an existing file is never"
          + " overwritten), then validate them: the starting point for a court's own rules")
  private boolean exportDefaults;

  @Override
  public Integer call() {
    if (exportDefaults) {
      exportDefaults(dir);
    }
    PrintWriter out = spec.commandLine().getOut();
    RuleBook book;
    try {
      book = RuleBooks.compile(dir);
    } catch (RuleBookException e) {
      e.problems().forEach(problem -> out.println(located(problem)));
      spec.commandLine()
          .getErr()
          .println(
              "enforcement: the rules in " + dir + " do not compile: " + e.problems().size() + " problem"
                  + (e.problems().size() == 1 ? "" : "s"));
      return EnforcementCli.CHECK_FAILED;
    }
    if (exportDefaults) {
      out.println("wrote the shipped rule files to " + dir + ": " + String.join(", ", DEFAULT_FILES));
    }
    out.println(
        "rules in " + dir + " compile: version " + book.contentHash() + ", " + book.files().size() + " files");
    return EnforcementCli.OK;
  }

  /** A problem with its file as a path from where the command ran, so an editor can jump to it. */
  private String located(String problem) {
    Matcher m = PROBLEM.matcher(problem);
    if (!m.matches() || m.group(1).startsWith("(")) {
      return problem.replace('\n', ' '); // "(rule book):1:1: ..." is about the book as a whole, not a file
    }
    return dir.resolve(m.group(1)) + ":" + m.group(2) + ":" + m.group(3) + ": " + m.group(4).replace('\n', ' ');
  }

  private static void exportDefaults(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a directory of rule files: " + dir);
    }
    for (String name : DEFAULT_FILES) {
      if (Files.exists(dir.resolve(name))) {
        throw new IllegalArgumentException(
            "--export-defaults would overwrite " + dir.resolve(name) + ": choose a new or empty directory");
      }
    }
    try {
      Files.createDirectories(dir);
      for (String name : DEFAULT_FILES) {
        try (InputStream in = RuleBook.class.getClassLoader().getResourceAsStream(DEFAULTS_ROOT + name)) {
          if (in == null) {
            throw new IllegalStateException("the shipped rule file is missing from the runner: " + name);
          }
          Files.write(dir.resolve(name), in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the shipped rule files to " + dir + ": " + e.getMessage(), e);
    }
  }
}
