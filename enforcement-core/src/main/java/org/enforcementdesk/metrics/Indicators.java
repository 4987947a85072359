package org.enforcementdesk.metrics;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.store.RequestLedger;

/**
 * The indicators of a whole ledger in one call: every work order's stream and every case stream, read once.
 *
 * <pre>{@code
 * IndicatorReport march = Indicators.over(ledger, ReportPeriod.month(2026, 3), WorkingCalendar.china(), figures);
 * march.indicator(IndicatorId.ON_TIME_RATE_NET).current().display();   // "99.78%"
 * }</pre>
 */
public final class Indicators {

  private Indicators() {}

  /**
   * The report of a period, read as of its end.
   *
   * @param ledger the history; not null
   * @param period the report period; not null
   * @param calendar the calendar the desk ran on; not null
   * @param host the figures only the host knows; not null ({@link HostFigures#none()} if it has none)
   * @throws NullPointerException if an argument is null
   */
  public static IndicatorReport over(
      RequestLedger ledger, ReportPeriod period, WorkingCalendar calendar, HostFigures host) {
    requireNonNull(ledger, "ledger");
    requireNonNull(host, "host");
    return feed(ledger, IndicatorAccumulator.of(period, calendar)).report(host);
  }

  /**
   * The report of a period, read as of an instant (the host's clock for a period still running).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code asOf} is before the period's start
   */
  public static IndicatorReport over(
      RequestLedger ledger, ReportPeriod period, WorkingCalendar calendar, HostFigures host, Instant asOf) {
    requireNonNull(ledger, "ledger");
    requireNonNull(host, "host");
    return feed(ledger, IndicatorAccumulator.of(period, calendar, asOf)).report(host);
  }

  private static IndicatorAccumulator feed(RequestLedger ledger, IndicatorAccumulator accumulator) {
    for (RequestId id : ledger.workOrderIds()) {
      accumulator.acceptStream(ledger.read(id));
    }
    for (CaseNumber number : ledger.caseNumbers()) {
      accumulator.acceptCaseStream(ledger.readCase(number));
    }
    return accumulator;
  }
}
