package org.enforcementdesk.examples.embedding;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.YearMonth;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.metrics.HostFigures;
import org.enforcementdesk.metrics.IndicatorReport;
import org.enforcementdesk.metrics.Indicators;
import org.enforcementdesk.metrics.ReportPeriod;
import org.enforcementdesk.store.RequestLedger;

/**
 * The month's indicators for the leaders' dashboard (执行诉求数据监控平台): on-time rates, satisfaction, visits per
 * case, risk cases, resolution rates, each with its definition. The library computes them from the event history;
 * the host adds what only it knows.
 *
 * <p>What a host must take care of here:
 *
 * <ul>
 *   <li><b>Its own figures.</b> The number of enforcement cases is the case system's ({@link HostFigures}); without
 *       it the case-visit and petition ratios are "n/a", never 0. The notifications pushed in the month are the
 *       sink's count, since the outbox keeps totals, not times.
 *   <li><b>A month still running.</b> The report is read as of the host's clock, not as of the month's end: read as
 *       of the end, a rectification item due later this month would already count as overdue.
 *   <li><b>The same calendar</b> the desk runs on, so working time and deadlines are measured the same way.
 * </ul>
 *
 * <p>A production host runs this off its reporting replica, or feeds {@code IndicatorAccumulator} event by event as
 * it appends, rather than reading the whole ledger for each report.
 */
public final class MonthlyIndicators {

  private final RequestLedger ledger;
  private final WorkingCalendar calendar;
  private final SmsAndAppSink sink;
  private final Clock clock;

  /**
   * Indicators over {@code ledger}.
   *
   * @param ledger the desk's ledger; not null
   * @param calendar the calendar the desk runs on; not null
   * @param sink the host's sink, which counts what it sent; not null
   * @param clock the host's clock; not null
   */
  public MonthlyIndicators(RequestLedger ledger, WorkingCalendar calendar, SmsAndAppSink sink, Clock clock) {
    this.ledger = requireNonNull(ledger, "ledger");
    this.calendar = requireNonNull(calendar, "calendar");
    this.sink = requireNonNull(sink, "sink");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * The report of a month, read as of now or the month's end, whichever is earlier.
   *
   * @param month the month; not null
   * @param enforcementCases the case system's count of enforcement cases in that month; not negative
   * @return the report, with its JSON for dashboards at {@link IndicatorReport#toJson()}; not null
   * @throws IllegalArgumentException if the month has not begun by the host's clock, or the count is negative
   */
  public IndicatorReport report(YearMonth month, long enforcementCases) {
    ReportPeriod period = ReportPeriod.month(month.getYear(), month.getMonthValue());
    HostFigures figures = HostFigures.builder()
        .enforcementCases(period, enforcementCases)
        .notificationsPushed(period, sink.sentByKind(month, calendar.zone()))
        .build();
    // As of now: for a month already over this is the same as its end (nothing after the end counts either way).
    return Indicators.over(ledger, period, calendar, figures, clock.instant());
  }
}
