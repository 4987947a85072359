package org.enforcementdesk.examples.simulate;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.enforcementdesk.calendar.MissingYearException;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.examples.simulate.CourtSimulation.CourtRun;
import org.enforcementdesk.metrics.HostFigures;
import org.enforcementdesk.metrics.IndicatorAccumulator;
import org.enforcementdesk.metrics.IndicatorReport;
import org.enforcementdesk.metrics.ReportPeriod;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.rules.DroolsDecisionPolicy;
import org.enforcementdesk.rules.RuleBook;
import org.enforcementdesk.store.RequestLedger;

/**
 * A simulated year: one county court of the seed's size by default, or as many courts of that size as it takes to
 * receive the requests asked for (a province). Each court's year runs through a desk and ledger of its own, as each
 * court embeds its own; when a run is done its ledger is read into the one {@link IndicatorAccumulator} of the report
 * year and dropped, so memory holds a few courts' years at a time whatever the size.
 *
 * <p>The year before the report year is simulated too, at the seed's year-earlier scale, when the calendar has its
 * holidays: the report's 环比 and 同比 then compare with a simulated year, as a court's would with its own.
 *
 * <p>Runs go side by side on the machine's cores, but each has its own random split from the seed in a fixed order
 * and the ledgers are read in that order, so the report does not depend on the threads.
 */
final class Simulation {

  private final int requests;
  private final long seed;
  private final int year;
  private final WorkingCalendar calendar;
  private final int threads;
  private final SimulationLedgers ledgers;
  private RuleBook rules;

  /**
   * A simulation in memory.
   *
   * @throws IllegalArgumentException if {@code requests} or {@code threads} is not positive
   */
  Simulation(int requests, long seed, int year, WorkingCalendar calendar, int threads) {
    this(requests, seed, year, calendar, threads, SimulationLedgers.inMemory());
  }

  /**
   * A simulation whose courts keep their years in {@code ledgers}.
   *
   * @throws IllegalArgumentException if {@code requests} or {@code threads} is not positive
   */
  Simulation(int requests, long seed, int year, WorkingCalendar calendar, int threads, SimulationLedgers ledgers) {
    this.ledgers = ledgers;
    checkArgument(requests > 0, "requests must be positive: %s", requests);
    checkArgument(threads > 0, "threads must be positive: %s", threads);
    this.requests = requests;
    this.seed = seed;
    this.year = year;
    this.calendar = calendar;
    this.threads = threads;
  }

  /**
   * Runs the year on this rule book (a court's edited directory) instead of the shipped one, so the dashboard shows
   * what the edit does.
   */
  void useRules(RuleBook book) {
    this.rules = book;
  }

  /** When the simulated history starts: the instant a rule book is loaded at for it. */
  Instant historyStart() {
    return LocalDate.of(simulatesYearBefore() ? year - 1 : year, 1, 1).atStartOfDay(calendar.zone()).toInstant();
  }

  /** How many courts receive the requests: one per seed-sized year, at least one. */
  int courts() {
    return (int) Math.max(1, Math.round((double) requests / BehaviourModel.SEED_REQUESTS_PER_YEAR));
  }

  /**
   * Whether the year before is simulated: when the calendar counts it, with its notice or provisionally (not when
   * it refuses the year, under {@code MissingYearPolicy.FAIL}).
   */
  boolean simulatesYearBefore() {
    try {
      calendar.basis(year - 1);
      return true;
    } catch (MissingYearException refused) {
      return false;
    }
  }

  /** Every request that will arrive, both years: what the progress bar counts to. */
  long totalArrivals() {
    return runs().stream().mapToLong(run -> run.year().requests()).sum();
  }

  /** Runs every court's years and returns the report year's indicators. */
  SimulationResult run(LongConsumer progress) {
    Instant start = historyStart();
    // The rule book is "loaded" when the simulated history starts: the runner's own clock never enters the history.
    DecisionPolicy policy = new DroolsDecisionPolicy(rules != null ? rules : RuleBook.defaults(start));
    ReportPeriod period = ReportPeriod.year(year);
    IndicatorAccumulator accumulator = IndicatorAccumulator.of(period, calendar);
    SplittableRandom root = new SplittableRandom(seed);
    long[] cases = new long[2];
    Map<NotificationKind, Long> pushed = new EnumMap<>(NotificationKind.class);
    Map<NotificationKind, Long> pushedBefore = new EnumMap<>(NotificationKind.class);
    long overtaken = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads, Simulation::daemon);
    try {
      Deque<Future<CourtRun>> running = new ArrayDeque<>();
      List<PlannedRun> planned = runs();
      int next = 0;
      while (next < planned.size() || !running.isEmpty()) {
        // A few runs ahead, no more: finished ledgers wait for their turn to be read, and each holds a court's year.
        while (next < planned.size() && running.size() < threads + 1) {
          PlannedRun run = planned.get(next++);
          SplittableRandom random = root.split();
          RequestLedger ledger = ledgers.open(run.court() + "-" + run.year().year());
          running.add(pool.submit(() -> new CourtSimulation(Court.numbered(run.court()), run.year(), year, policy,
              calendar, random, ledger, progress).run()));
        }
        CourtRun done = await(running.poll());
        read(done.ledger(), accumulator);
        boolean before = done.year().year() != year;
        cases[before ? 1 : 0] += done.year().cases();
        add(before ? pushedBefore : pushed, done.pushedInYear());
        if (before) {
          add(pushed, done.pushedInYearAfter());
        }
        overtaken += done.overtaken();
      }
    } finally {
      pool.shutdownNow();
    }
    HostFigures.Builder host =
        HostFigures.builder().enforcementCases(period, cases[0]).notificationsPushed(period, pushed);
    if (simulatesYearBefore()) {
      host.enforcementCases(period.previous(), cases[1]).notificationsPushed(period.previous(), pushedBefore);
    }
    IndicatorReport report = accumulator.report(host.build());
    return new SimulationResult(report, courts(), simulatesYearBefore(), overtaken);
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "simulated-court");
    thread.setDaemon(true);
    return thread;
  }

  private static CourtRun await(Future<CourtRun> run) {
    try {
      return run.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the simulation was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException("a simulated court failed: " + e.getCause(), e.getCause());
    }
  }

  private static void add(Map<NotificationKind, Long> into, Map<NotificationKind, Long> counts) {
    counts.forEach((kind, count) -> into.merge(kind, count, Long::sum));
  }

  private static void read(RequestLedger ledger, IndicatorAccumulator accumulator) {
    for (RequestId id : ledger.workOrderIds()) {
      accumulator.acceptStream(ledger.read(id));
    }
    for (CaseNumber number : ledger.caseNumbers()) {
      accumulator.acceptCaseStream(ledger.readCase(number));
    }
  }

  /** One court's one year, as planned. */
  private record PlannedRun(int court, CourtYear year) {}

  /** Every court's years in a fixed order: court by court, the year before first. */
  private List<PlannedRun> runs() {
    List<PlannedRun> runs = new ArrayList<>();
    int courts = courts();
    for (int c = 0; c < courts; c++) {
      int share = requests / courts + (c < requests % courts ? 1 : 0);
      int cases = Math.max(1, (int) Math.round(share * BehaviourModel.CASES_PER_REQUEST));
      if (simulatesYearBefore()) {
        runs.add(new PlannedRun(c, new CourtYear(
            year - 1,
            (int) Math.round(share * BehaviourModel.PREVIOUS_YEAR_REQUESTS_FACTOR),
            Math.max(1, (int) Math.round(cases * BehaviourModel.PREVIOUS_YEAR_CASES_FACTOR)))));
      }
      runs.add(new PlannedRun(c, new CourtYear(year, share, cases)));
    }
    return runs;
  }
}
