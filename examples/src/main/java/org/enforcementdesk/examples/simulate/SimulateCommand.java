package org.enforcementdesk.examples.simulate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.enforcementdesk.calendar.HolidayRegulation;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.calendar.YearBasis;
import org.enforcementdesk.examples.dashboard.DashboardPage;
import org.enforcementdesk.metrics.IndicatorReport;
import org.enforcementdesk.rules.RuleBook;
import org.enforcementdesk.rules.RuleBookException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code enforcement simulate}: a year at a county court (by default the seed court's 6,393 requests) through the
 * real desk, rule book, calendar and ledger on a simulated clock; prints a compact dashboard of the library's
 * indicators and writes the JSON report. {@code --requests 1000000} simulates a province of such courts.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Simulate a year at a county court and show the indicators the library computes.",
    description = {
      "",
      "Requests arrive through the four channels and go through the real EnforcementDesk, the default Drools rule"
          + " book, the working calendar with its holidays and the in-memory ledger, on a simulated clock. Parties"
          + " urge, evaluate and petition; officers contact, pause, delegate and resolve, mostly in time; resolvers"
          + " mediate; directors close risk cases. The simulator models behaviour only: every figure shown is"
          + " computed by the library's indicators from the ledger. The year before is simulated too, so 环比 and"
          + " 同比 compare with it. The same seed gives the same history and the same indicators.json, byte for"
          + " byte.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  ./enforcement simulate",
      "  ./enforcement simulate --requests 1000000 --seed 7 --out province",
      "  ./enforcement simulate --year 2027     (provisional: no notice for 2027 is shipped)",
      "",
      "Exit codes: 0 ok; 1 the simulation failed; 2 bad usage or input (a year out of range, an --out that"
          + " cannot be written)."
    })
public final class SimulateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--requests",
      paramLabel = "N",
      description = "requests in the year (default ${DEFAULT-VALUE}, the seed court's year); above about 6,400 the"
          + " requests go to as many courts of that size")
  private int requests = BehaviourModel.SEED_REQUESTS_PER_YEAR;

  @Option(names = "--seed", paramLabel = "S", description = "the random seed (default ${DEFAULT-VALUE})")
  private long seed = 20_240_561L;

  @Option(
      names = "--year",
      paramLabel = "Y",
      description = "the year to simulate, 1902-2099 (default ${DEFAULT-VALUE}); a year after 2026, whose State"
          + " Council notice is not shipped, is provisional: its holidays come from the national regulation")
  private int year = 2025;

  @Option(
      names = "--ledger",
      paramLabel = "KIND",
      description = "where the desk keeps its orders: memory (default) or postgres, an embedded PostgreSQL the runner"
          + " starts itself (linux-amd64), or the server of --jdbc-url; the indicators are the same")
  private String ledger = "memory";

  @Option(
      names = "--jdbc-url",
      paramLabel = "URL",
      description = "run on an existing PostgreSQL-family server, e.g."
          + " jdbc:postgresql://localhost/desk?user=desk&password=secret; the schema is migrated first")
  private String jdbcUrl;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "run the year on a rule author's directory (see validate-rules) instead of the shipped rule"
          + " book, to see on the dashboard what an edit does")
  private Path rules;

  private RuleBook book;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "where to write indicators.json (default ${DEFAULT-VALUE})")
  private Path out = Path.of("simulation");

  @Override
  public Integer call() {
    WorkingCalendar calendar = WorkingCalendar.china();
    checkLedgerOptions();
    plan(calendar, SimulationLedgers.inMemory());
    prepare(out);
    SimulationResult result;
    String where;
    try (SimulationLedgers ledgers = ledgers()) {
      where = ledgers.describe();
      result = runWithProgress(plan(calendar, ledgers));
    }
    List<Path> written = write(out, result.report());
    String run = String.format(Locale.ROOT, "%d, %,d requests at %d court%s, seed %d",
        year, requests, result.courts(), result.courts() == 1 ? "" : "s", seed)
        + (where.equals("in memory") ? "" : ", " + where);
    PrintWriter stdout = spec.commandLine().getOut();
    provisionalNote(calendar).ifPresent(stdout::println);
    TerminalDashboard.render(result, run, written).forEach(stdout::println);
    stdout.flush();
    return 0;
  }

  /** Checks --ledger and --jdbc-url before anything starts. */
  private void checkLedgerOptions() {
    if (!ledger.equals("memory") && !ledger.equals("postgres")) {
      throw new IllegalArgumentException("--ledger must be memory or postgres, not " + ledger);
    }
    if (jdbcUrl != null && ledger.equals("memory") && spec.commandLine().getParseResult().hasMatchedOption("--ledger")) {
      throw new IllegalArgumentException("--jdbc-url runs on PostgreSQL: drop --ledger memory, or the URL");
    }
    if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--jdbc-url must start with jdbc:postgresql:, not " + jdbcUrl.replaceAll(
          "password=[^&]*", "password=***"));
    }
  }

  private SimulationLedgers ledgers() {
    if (jdbcUrl != null) {
      return SimulationLedgers.server(jdbcUrl);
    }
    return ledger.equals("postgres") ? SimulationLedgers.embeddedPostgres() : SimulationLedgers.inMemory();
  }

  /** Checks the options; a mistake is a usage error (exit 2) with one line naming the fix. */
  private Simulation plan(WorkingCalendar calendar, SimulationLedgers ledgers) {
    if (requests < 1) {
      throw new IllegalArgumentException("--requests must be at least 1, not " + requests);
    }
    // The lunar library is cross-checked for 1901-2100, and the year before is simulated too.
    if (year < 1902 || year > 2099) {
      throw new IllegalArgumentException("--year must be between 1902 and 2099, not " + year);
    }
    Simulation simulation =
        new Simulation(requests, seed, year, calendar, Runtime.getRuntime().availableProcessors(), ledgers);
    if (rules != null) {
      if (book == null) {
        book = editedBook(simulation.historyStart());
      }
      simulation.useRules(book);
    }
    return simulation;
  }

  /** The --rules book, compiled once before anything runs; a book that does not compile is a usage error. */
  private RuleBook editedBook(Instant loadedAt) {
    if (!Files.isDirectory(rules)) {
      throw new IllegalArgumentException("--rules " + rules + " is not a directory of rule files");
    }
    try {
      return RuleBook.fromDirectory(rules, loadedAt);
    } catch (RuleBookException e) {
      throw new IllegalArgumentException("the rules in " + rules + " do not compile (validate-rules " + rules
          + " lists the problems): " + String.join("; ", e.problems()), e);
    }
  }

  /** The line that says the simulated years are provisional, if they are: which, and by which rule. */
  private Optional<String> provisionalNote(WorkingCalendar calendar) {
    List<Integer> provisional = new ArrayList<>();
    for (int y = year - 1; y <= year + 1; y++) {
      if (calendar.basis(y) == YearBasis.PROVISIONAL) {
        provisional.add(y);
      }
    }
    if (!provisional.contains(year)) {
      return Optional.empty();
    }
    return Optional.of(year + " is provisional: " + calendar.holidays() + " has no State Council notice for it, so its"
        + " deadlines are counted with the holidays of " + HolidayRegulation.inForce(year).citation()
        + (provisional.size() > 1 ? " (provisional years reached: " + provisional + ")" : "")
        + "; every deadline says so, and the figures would move when the notice is published.");
  }

  /** Creates the output directory before the run, so a bad --out fails in a second rather than after the year. */
  private static void prepare(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the output directory " + dir + ": " + reason(e), e);
    }
    if (!Files.isWritable(dir)) {
      throw new UncheckedIOException("cannot write to the output directory " + dir, new IOException("not writable"));
    }
  }

  /**
   * Writes the run's files and returns their paths, in the order written. The HTML dashboard goes here too: one more
   * {@code write(...)} line with the same report.
   */
  private static List<Path> write(Path dir, IndicatorReport report) {
    List<Path> written = new ArrayList<>();
    write(dir.resolve("indicators.json"), report.toJson(), written);
    write(dir.resolve("dashboard.html"), DashboardPage.render(report), written);
    return written;
  }

  private static void write(Path file, String text, List<Path> written) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      written.add(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + reason(e), e);
    }
  }

  private static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
  }

  /**
   * Runs the simulation with a progress bar on standard error when there is a terminal to draw it on; without one
   * (a pipe, a test, CI) it runs silently, so the output stays what was asked for.
   */
  private SimulationResult runWithProgress(Simulation simulation) {
    if (System.console() == null) {
      return simulation.run(step -> {});
    }
    try (ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("simulating " + year)
            .setInitialMax(simulation.totalArrivals())
            .setUnit(" requests", 1)
            .setUpdateIntervalMillis(250)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .showSpeed()
            .build()) {
      LongConsumer step = bar::stepBy;
      return simulation.run(step);
    }
  }
}
