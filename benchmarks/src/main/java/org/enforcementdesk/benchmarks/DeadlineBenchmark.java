package org.enforcementdesk.benchmarks;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import org.enforcementdesk.calendar.Deadline;
import org.enforcementdesk.calendar.NaiveCalendar;
import org.enforcementdesk.calendar.PeriodKind;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One deadline on the default working calendar ({@link #calendar}) against the naive minute-by-minute oracle
 * ({@link #naiveOracle}), for each of the four kinds of period, over 1,024 generated starts and periods spanning up
 * to 60 days. The deadline's derivation is not built: {@code due} records it lazily, on {@code explain()}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DeadlineBenchmark {

  private static final int MASK = 1024 - 1;

  /** The kind of period. */
  @Param({"NATURAL_HOURS", "WORKING_HOURS", "WORKING_DAYS", "NATURAL_DAYS"})
  public PeriodKind kind;

  private DeadlineInputs inputs;
  private WorkingCalendar calendar;
  private NaiveCalendar oracle;
  private int next;

  /** Generates the inputs; the calendar and the oracle see every year once before measuring. */
  @Setup
  public void setUp() {
    inputs = new DeadlineInputs(kind, MASK + 1, 20261126L);
    calendar = WorkingCalendar.china();
    oracle = new NaiveCalendar();
    for (int i = 0; i < inputs.size(); i++) {
      calendar.due(inputs.start(i), inputs.period(i));
    }
  }

  /** The library's calendar. */
  @Benchmark
  public Deadline calendar() {
    int i = next++ & MASK;
    return calendar.due(inputs.start(i), inputs.period(i));
  }

  /** The baseline: the naive oracle walking minute by minute (hours) or day by day (days). */
  @Benchmark
  public ZonedDateTime naiveOracle() {
    int i = next++ & MASK;
    OffsetDateTime start = inputs.start(i);
    return oracle.due(start.toZonedDateTime(), inputs.period(i));
  }
}
