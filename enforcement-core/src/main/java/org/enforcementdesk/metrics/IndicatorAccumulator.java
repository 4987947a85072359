package org.enforcementdesk.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.RecordedCaseEvent;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.WorkOrderEvent;

/**
 * Computes the indicators of one report period in one pass over the event history: feed it every work order's
 * stream and every case stream, in any order of streams, then ask for the {@link #report}. The previous period and
 * the same period a year earlier are filled in the same pass.
 *
 * <pre>{@code
 * IndicatorAccumulator accumulator = IndicatorAccumulator.of(ReportPeriod.month(2026, 3), calendar);
 * for (RequestId id : ledger.requestIds()) {
 *   accumulator.acceptStream(ledger.read(id));
 * }
 * for (CaseNumber number : ledger.caseNumbers()) {
 *   accumulator.acceptCaseStream(ledger.readCase(number));
 * }
 * IndicatorReport report = accumulator.report(hostFigures);
 * }</pre>
 *
 * <p>A stream may also be fed one event at a time ({@link #accept}, {@link #acceptCase}), interleaved with other
 * streams, as events are appended; each stream's events must come in order, and a stream is fed either whole or
 * event by event, not both. Memory: a whole stream costs nothing after it is accepted; a stream fed event by event
 * keeps a small record until the accumulator is dropped. The report's as-of instant (the period's end unless given)
 * caps every window: nothing at or after it counts. Not thread-safe.
 */
public final class IndicatorAccumulator {

  private final ReportPeriod period;
  private final WorkingCalendar calendar;
  private final Instant asOf;
  private final Windows windows;
  private final Map<RequestId, WorkOrderTrack> requests = new HashMap<>();
  private final Map<CaseNumber, CaseTrack> cases = new HashMap<>();

  private IndicatorAccumulator(ReportPeriod period, WorkingCalendar calendar, Instant asOf) {
    this.period = period;
    this.calendar = calendar;
    this.asOf = asOf;
    this.windows = new Windows(period, calendar.zone(), asOf);
  }

  /**
   * An accumulator for a period read as of its end.
   *
   * @param period the report period; not null
   * @param calendar the calendar whose zone bounds the periods and whose office hours measure working time; not null
   * @throws NullPointerException if an argument is null
   */
  public static IndicatorAccumulator of(ReportPeriod period, WorkingCalendar calendar) {
    requireNonNull(period, "period");
    requireNonNull(calendar, "calendar");
    return new IndicatorAccumulator(period, calendar, period.endIn(calendar.zone()));
  }

  /**
   * An accumulator for a period read as of an instant: a report taken while the period runs, as of now by the
   * host's clock. Every window is cut at the earlier of its end and {@code asOf}; an instant after the period's end
   * changes nothing (a period's report never depends on when it is taken).
   *
   * @param period the report period; not null
   * @param calendar the calendar; not null
   * @param asOf the instant the history is read at, not before the period's start; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code asOf} is before the period's start
   */
  public static IndicatorAccumulator of(ReportPeriod period, WorkingCalendar calendar, Instant asOf) {
    requireNonNull(period, "period");
    requireNonNull(calendar, "calendar");
    requireNonNull(asOf, "asOf");
    Instant start = period.startIn(calendar.zone());
    checkArgument(!asOf.isBefore(start), "asOf %s is before the start of period %s (%s)", asOf, period.label(), start);
    return new IndicatorAccumulator(period, calendar, asOf);
  }

  /**
   * Accepts one work order's whole stream, in order, beginning with {@code Submitted}.
   *
   * @param stream the events as the ledger reads them; not null; empty does nothing
   * @return this accumulator
   * @throws NullPointerException if {@code stream} or an event is null
   * @throws IllegalArgumentException if the stream does not begin with {@code Submitted}, mixes requests, or its
   *     versions do not run 1, 2, 3, ...
   * @throws IllegalStateException if the stream is corrupt (an event its state does not allow)
   */
  public IndicatorAccumulator acceptStream(List<RecordedEvent> stream) {
    requireNonNull(stream, "stream");
    if (stream.isEmpty()) {
      return this;
    }
    WorkOrderTrack track = new WorkOrderTrack(calendar, windows);
    RequestId id = requireNonNull(stream.get(0), "event").event().requestId();
    for (RecordedEvent recorded : stream) {
      requireNonNull(recorded, "event");
      checkArgument(
          recorded.event().requestId().equals(id),
          "stream of %s holds an event of %s",
          id,
          recorded.event().requestId());
      step(track, recorded);
    }
    return this;
  }

  /**
   * Accepts the next event of a work order's stream.
   *
   * @param recorded the event; not null
   * @return this accumulator
   * @throws NullPointerException if {@code recorded} is null
   * @throws IllegalArgumentException if it is not the next event of its stream (the first must be {@code
   *     Submitted})
   */
  public IndicatorAccumulator accept(RecordedEvent recorded) {
    requireNonNull(recorded, "event");
    WorkOrderTrack track =
        requests.computeIfAbsent(recorded.event().requestId(), any -> new WorkOrderTrack(calendar, windows));
    step(track, recorded);
    return this;
  }

  private static void step(WorkOrderTrack track, RecordedEvent recorded) {
    WorkOrderEvent event = recorded.event();
    checkArgument(
        recorded.version() == track.version + 1,
        "event %s of %s is version %s, expected %s",
        event.kind(),
        event.requestId(),
        recorded.version(),
        track.version + 1);
    try {
      track.apply(recorded);
    } catch (IllegalStateException notSubmittedFirst) {
      if (track.version == 0) {
        throw new IllegalArgumentException(
            "stream of " + event.requestId() + " does not begin with Submitted but with " + event.kind(),
            notSubmittedFirst);
      }
      throw notSubmittedFirst;
    }
  }

  /**
   * Accepts one enforcement case's whole stream, in order.
   *
   * @param stream the case events as the ledger reads them; not null; empty does nothing
   * @return this accumulator
   * @throws NullPointerException if {@code stream} or an event is null
   * @throws IllegalArgumentException if the stream mixes cases or its versions do not run 1, 2, 3, ...
   */
  public IndicatorAccumulator acceptCaseStream(List<RecordedCaseEvent> stream) {
    requireNonNull(stream, "stream");
    if (stream.isEmpty()) {
      return this;
    }
    CaseTrack track = new CaseTrack(windows);
    CaseNumber number = requireNonNull(stream.get(0), "event").event().caseNumber();
    for (RecordedCaseEvent recorded : stream) {
      requireNonNull(recorded, "event");
      checkArgument(
          recorded.event().caseNumber().equals(number),
          "stream of %s holds an event of %s",
          number,
          recorded.event().caseNumber());
      step(track, recorded);
    }
    return this;
  }

  /**
   * Accepts the next event of an enforcement case's own stream.
   *
   * @param recorded the case event; not null
   * @return this accumulator
   * @throws NullPointerException if {@code recorded} is null
   * @throws IllegalArgumentException if it is not the next event of its stream
   */
  public IndicatorAccumulator acceptCase(RecordedCaseEvent recorded) {
    requireNonNull(recorded, "event");
    CaseTrack track = cases.computeIfAbsent(recorded.event().caseNumber(), any -> new CaseTrack(windows));
    step(track, recorded);
    return this;
  }

  private static void step(CaseTrack track, RecordedCaseEvent recorded) {
    checkArgument(
        recorded.version() == track.version + 1,
        "case event %s of %s is version %s, expected %s",
        recorded.event().kind(),
        recorded.event().caseNumber(),
        recorded.version(),
        track.version + 1);
    track.apply(recorded);
  }

  /**
   * The report of everything accepted so far. May be asked more than once; later events add to later reports.
   *
   * @param host the figures only the host knows (enforcement cases, notifications pushed); not null
   * @throws NullPointerException if {@code host} is null
   */
  public IndicatorReport report(HostFigures host) {
    requireNonNull(host, "host");
    return ReportAssembly.assemble(windows, host, period, calendar.zone(), asOf);
  }
}
