package org.enforcementdesk.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.enforcementdesk.calendar.PeriodKind;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code WorkingCalendar.workingTimeBetween} on the default calendar: 1,024 intervals from the deadline benchmark's
 * starts (January 2024 to September 2026, whole minutes) to an end up to 60 days later with seconds and nanoseconds,
 * every one inside the shipped holiday data. What SLA clocks ask to measure used and remaining time. No baseline in the
 * run: the naive calendar's minute walk for it is not public; its target is absolute (under 100 ns).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WorkingTimeBenchmark {

  private static final int MASK = 1024 - 1;

  private final Instant[] from = new Instant[MASK + 1];
  private final Instant[] to = new Instant[MASK + 1];
  private WorkingCalendar calendar;
  private int next;

  /** Generates the intervals; the calendar sees every year once before measuring. */
  @Setup
  public void setUp() {
    DeadlineInputs starts = new DeadlineInputs(PeriodKind.NATURAL_HOURS, MASK + 1, 20261126L);
    SplittableRandom random = new SplittableRandom(20261203L);
    calendar = WorkingCalendar.china();
    for (int i = 0; i <= MASK; i++) {
      from[i] = starts.start(i).toInstant();
      to[i] = from[i].plus(Duration.ofNanos(random.nextLong(Duration.ofDays(60).toNanos())));
      calendar.workingTimeBetween(from[i], to[i]);
    }
  }

  /** The office time between two instants. */
  @Benchmark
  public Duration calendar() {
    int i = next++ & MASK;
    return calendar.workingTimeBetween(from[i], to[i]);
  }
}
