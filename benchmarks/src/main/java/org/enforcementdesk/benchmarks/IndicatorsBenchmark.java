package org.enforcementdesk.benchmarks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.metrics.HostFigures;
import org.enforcementdesk.metrics.IndicatorAccumulator;
import org.enforcementdesk.metrics.IndicatorReport;
import org.enforcementdesk.metrics.ReportPeriod;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.RecordedCaseEvent;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.WorkOrderEvent;
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
 * The indicators over the events of {@code requests} requests ({@link #indicators}): every work order's stream and
 * every case stream fed to an {@link IndicatorAccumulator} for the year 2026, then its report, against a single
 * pass over the same streams that only counts the events by kind ({@link #countingPass}).
 *
 * <p>The histories ({@link EventHistories}: about 8 events per request, plus a case stream for one request in ten
 * on a case) are built once per trial in memory, received from January 2025 to mid-September 2026 (the default
 * calendar has holidays up to 2026, and deadlines run up to 60 days), so that every event falls into the year
 * reported, the previous year or both (the previous year is also the year earlier): the heaviest case, where every
 * event is counted. The heap is set to 6 GB; a million requests' histories keep 1.8 GB of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class IndicatorsBenchmark {

  private static final ReportPeriod YEAR = ReportPeriod.year(2026);
  private static final WorkingCalendar CALENDAR = WorkingCalendar.china();

  /** How many requests' histories. */
  @Param({"1000000"})
  public int requests;

  private List<List<RecordedEvent>> requestStreams;
  private List<List<RecordedCaseEvent>> caseStreams;

  /** Builds the histories. */
  @Setup(Level.Trial)
  public void histories() {
    EventHistories histories =
        EventHistories.generate(
            requests, OffsetDateTime.parse("2025-01-01T00:00+08:00"), 620 * 24 * 60, 20261126L);
    requestStreams = histories.requestStreams;
    caseStreams = histories.caseStreams;
  }

  /** The indicators of 2026 (with 2025 beside it) over every stream. */
  @Benchmark
  public IndicatorReport indicators() {
    IndicatorAccumulator accumulator = IndicatorAccumulator.of(YEAR, CALENDAR);
    for (List<RecordedEvent> stream : requestStreams) {
      accumulator.acceptStream(stream);
    }
    for (List<RecordedCaseEvent> stream : caseStreams) {
      accumulator.acceptCaseStream(stream);
    }
    return accumulator.report(HostFigures.none());
  }

  /** The baseline: one pass over the same streams that counts the events of each kind. */
  @Benchmark
  public long[] countingPass() {
    long[] counts = new long[KINDS];
    for (List<RecordedEvent> stream : requestStreams) {
      for (RecordedEvent recorded : stream) {
        counts[KIND.get(recorded.event().getClass())]++;
      }
    }
    for (List<RecordedCaseEvent> stream : caseStreams) {
      for (RecordedCaseEvent recorded : stream) {
        counts[KIND.get(recorded.event().getClass())]++;
      }
    }
    return counts;
  }

  private static final Class<?>[] EVENT_CLASSES = eventClasses();
  private static final int KINDS = EVENT_CLASSES.length;

  /** Each event class's index among {@link #EVENT_CLASSES}, looked up once per class. */
  private static final ClassValue<Integer> KIND =
      new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
          for (int i = 0; i < EVENT_CLASSES.length; i++) {
            if (EVENT_CLASSES[i] == type) {
              return i;
            }
          }
          throw new IllegalArgumentException("not an event class: " + type);
        }
      };

  private static Class<?>[] eventClasses() {
    Class<?>[] work = WorkOrderEvent.class.getPermittedSubclasses();
    Class<?>[] cases = CaseEvent.class.getPermittedSubclasses();
    Class<?>[] all = new Class<?>[work.length + cases.length];
    System.arraycopy(work, 0, all, 0, work.length);
    System.arraycopy(cases, 0, all, work.length, cases.length);
    return all;
  }
}
