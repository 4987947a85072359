package org.enforcementdesk.benchmarks;

import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.desk.TickReport;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.RequestType;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code tick(now)} on a desk holding {@code orders} open work orders (rule book policy, default calendar) whose
 * deadlines all lie ahead: with nothing due ({@link #nothingDue}), and with 1,000 due entries ({@link
 * #thousandDue}): before each such tick, 250 overdue progress queries are submitted (received ten days earlier, so
 * the at-risk instant and the deadline of both their response and resolution clocks have passed: four entries each).
 * The tick records every crossing, asks the rules about the resolution ones, escalates the breaches and notifies. The
 * secondary metrics {@code dueEntries} and {@code ticks} are what the ticks reported processing and how many ran,
 * summed over the measured iterations.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class TickBenchmark {

  /** The instant of every tick, and the desk's clock: Wednesday 1 April 2026, 09:00 in Xianyou. */
  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-04-01T09:00+08:00");

  /** The open orders, none due. */
  @State(Scope.Benchmark)
  public static class OpenOrders {

    /** How many open orders the desk holds. */
    @Param({"1000000"})
    public int orders;

    EnforcementDesk desk;

    /**
     * Opens the orders, received in the minute before the tick, so even a 30-minute target is not yet at risk, and
     * ticks once: a seizure that lapsed before its renewal was asked for is due at once, and is recorded here.
     */
    @Setup
    public void open() {
      desk = Desks.desk(Desks.ruleBook(), NOW.toInstant());
      Desks.fill(desk, orders, NOW, 1, 20261126L);
      desk.tick(NOW.toInstant());
      if (desk.tick(NOW.toInstant()).dueEntries() != 0) {
        throw new IllegalStateException("the open orders must not be due at the tick");
      }
    }
  }

  /** The overdue orders added before each tick that is to find 1,000 entries due. */
  @State(Scope.Thread)
  public static class Overdue {

    private static final RequestType PROGRESS_QUERY = TaxonomyFile.defaults().type("PROGRESS_QUERY");
    private GeneratedRequests requests;

    /** The overdue requests' generator: numbered apart from the open orders. */
    @Setup
    public void generator() {
      requests = GeneratedRequests.from(7L, NOW.minusDays(10).minusMinutes(60), 60).numberedFrom(5_000_000);
    }

    /** Submits 250 overdue orders, not measured. */
    @Setup(Level.Invocation)
    public void submit(OpenOrders open) {
      for (int i = 0; i < 250; i++) {
        open.desk.submit(requests.nextRequest(PROGRESS_QUERY), Desks.OFFICER);
      }
    }
  }

  /** What the ticks processed. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Processed {
    /** Due entries the ticks processed. */
    public long dueEntries;
    /** Ticks run. */
    public long ticks;

    /** Starts each iteration's count afresh. */
    @Setup(Level.Iteration)
    public void reset() {
      dueEntries = 0;
      ticks = 0;
    }
  }

  /** A tick that finds nothing due. */
  @Benchmark
  public TickReport nothingDue(OpenOrders open) {
    return open.desk.tick(NOW.toInstant());
  }

  /** A tick that finds 1,000 entries due (250 orders). */
  @Benchmark
  public TickReport thousandDue(OpenOrders open, Overdue overdue, Processed processed) {
    TickReport report = open.desk.tick(NOW.toInstant());
    processed.dueEntries += report.dueEntries();
    processed.ticks++;
    return report;
  }
}
