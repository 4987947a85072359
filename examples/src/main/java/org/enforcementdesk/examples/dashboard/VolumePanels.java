package org.enforcementdesk.examples.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.enforcementdesk.metrics.Granularity;
import org.enforcementdesk.metrics.Indicator;
import org.enforcementdesk.metrics.IndicatorId;
import org.enforcementdesk.metrics.IndicatorReport;
import org.enforcementdesk.metrics.Measure;
import org.enforcementdesk.metrics.ReportPeriod;

/**
 * The panels on how much came in and what it was about: volume over the period's sub-periods, the mix of channels
 * and of categories, and the causes of action behind the requests.
 */
final class VolumePanels {

  /** The four standard channels in the order the seed court lists them; a court's own come after. */
  private static final List<String> CHANNEL_ORDER = List.of("WINDOW", "HOTLINE", "APP", "MINI_PROGRAM");
  private static final List<String> URGENCY_ORDER = List.of("URGENT", "PRIORITY", "NORMAL");
  private static final int TOP_CAUSES = 10;

  private VolumePanels() {}

  /**
   * Requests per sub-period. The report's time series is of all channels together (it has no sub-period by channel
   * breakdown), so the channels are shown beside it as the period's mix.
   */
  static void overTime(StringBuilder out, IndicatorReport report) {
    Indicator received = report.indicator(IndicatorId.REQUESTS_RECEIVED);
    ReportPeriod period = report.period();
    String[] unit = unitOf(period.granularity());
    Panel.open(out, "volume", "诉求量走势（按" + unit[0] + "）", "Requests received by " + unit[1],
        "诉求量 " + Panel.changes(received));
    SortedMap<String, Measure> series = received.breakdown("sub_period");
    List<ColumnChart.Column> columns = new ArrayList<>();
    for (SubPeriod sub : subPeriods(period, report.zone())) {
      Measure count = series.getOrDefault(sub.key(), Measure.count(0));
      boolean reached = sub.start().isBefore(report.asOf().toInstant());
      columns.add(new ColumnChart.Column(
          sub.axisLabel(), reached ? count.numerator() : -1, count.display(), sub.key() + ": " + count.display()));
    }
    out.append(ColumnChart.render("诉求量走势 requests over time", columns, Svg.PRIMARY));
    Panel.close(out);
  }

  /** The period's requests by channel, and the accepted ones by urgency, each as one bar split into parts. */
  static void channels(StringBuilder out, IndicatorReport report) {
    Indicator received = report.indicator(IndicatorId.REQUESTS_RECEIVED);
    Panel.open(out, "channels", "受理渠道构成", "Requests by channel, whole period",
        "诉求量 " + Panel.changes(received));
    mix(out, received, "channel", CHANNEL_ORDER, "受理渠道构成 requests by channel");
    out.append("<p class=\"note\">报告的时间序列不分渠道，此处为本期合计。"
        + " <span class=\"en\">The report's time series is not split by channel; this is the whole period.</span></p>\n");
    Panel.subtitle(out, "紧急程度构成（已受理）", "accepted requests by urgency");
    mix(out, received, "urgency", URGENCY_ORDER, "紧急程度构成 accepted requests by urgency");
    Panel.close(out);
  }

  private static void mix(StringBuilder out, Indicator received, String dimension, List<String> order, String name) {
    SortedMap<String, Measure> breakdown = received.breakdown(dimension);
    if (breakdown.isEmpty()) {
      Panel.empty(out);
      return;
    }
    List<String> keys = new ArrayList<>();
    order.stream().filter(breakdown::containsKey).forEach(keys::add);
    breakdown.keySet().stream().filter(key -> !keys.contains(key)).forEach(keys::add);
    long total = 0;
    for (Measure count : breakdown.values()) {
      total += count.numerator();
    }
    List<StackedBar.Part> parts = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Measure count = breakdown.get(keys.get(i));
      Labels.Label label = Labels.of(dimension, keys.get(i));
      // The share is the library's own rate of the two counts, rounded as every rate on the page is.
      String share = Measure.rate(count.numerator(), total).display();
      parts.add(new StackedBar.Part(label, count.numerator(), count.display(),
          label.both() + ": " + count.display() + " (" + share + ")", Svg.PALETTE.get(i % Svg.PALETTE.size())));
    }
    out.append(StackedBar.render(name, parts));
  }

  /** Requests by category of the taxonomy, largest first. */
  static void categories(StringBuilder out, IndicatorReport report) {
    Indicator received = report.indicator(IndicatorId.REQUESTS_RECEIVED);
    Panel.open(out, "categories", "诉求分类构成", "Requests by category", "");
    SortedMap<String, Measure> byCategory = received.breakdown("category");
    if (byCategory.isEmpty()) {
      Panel.empty(out);
    } else {
      out.append(BarChart.render("诉求分类构成 requests by category",
          List.of(new BarChart.Series("诉求量 requests", Svg.PRIMARY)),
          Panel.countRows("category", byCategory, Integer.MAX_VALUE), false));
    }
    Panel.close(out);
  }

  /** The causes of action behind the period's requests, the most frequent first. */
  static void causes(StringBuilder out, IndicatorReport report) {
    Indicator received = report.indicator(IndicatorId.REQUESTS_RECEIVED);
    SortedMap<String, Measure> byCause = received.breakdown("cause_of_action");
    Panel.open(out, "causes", "案由分布（前" + TOP_CAUSES + "）", "Top causes of action",
        byCause.size() > TOP_CAUSES ? "共 " + byCause.size() + " 个案由 · " + byCause.size() + " causes in all" : "");
    if (byCause.isEmpty()) {
      Panel.empty(out);
    } else {
      out.append(BarChart.render("案由分布 top causes of action",
          List.of(new BarChart.Series("诉求量 requests", Svg.PALETTE.get(1))),
          Panel.countRows("cause_of_action", byCause, TOP_CAUSES), false));
    }
    Panel.close(out);
  }

  /** {Chinese, English} name of the sub-period the series is by. */
  private static String[] unitOf(Granularity granularity) {
    switch (granularity) {
      case YEAR:
      case QUARTER:
        return new String[] {"月", "month"};
      case DAY:
        return new String[] {"小时", "hour"};
      default:
        return new String[] {"日", "day"};
    }
  }

  /** A sub-period: its key in the report's {@code sub_period} breakdown, its start, its label on the axis. */
  private record SubPeriod(String key, Instant start, String axisLabel) {}

  /** Every sub-period of the period, as the metrics package keys them (months, days or hours). */
  private static List<SubPeriod> subPeriods(ReportPeriod period, ZoneId zone) {
    List<SubPeriod> subs = new ArrayList<>();
    LocalDate start = period.start();
    LocalDate end = period.end();
    switch (period.granularity()) {
      case YEAR:
      case QUARTER:
        for (LocalDate month = start; month.isBefore(end); month = month.plusMonths(1)) {
          subs.add(new SubPeriod(month.toString().substring(0, 7), month.atStartOfDay(zone).toInstant(),
              month.getMonthValue() + "月"));
        }
        break;
      case DAY:
        for (int hour = 0; hour < 24; hour++) {
          LocalDateTime at = start.atTime(hour, 0);
          subs.add(new SubPeriod(start + "T" + (hour < 10 ? "0" : "") + hour, at.atZone(zone).toInstant(),
              hour % 3 == 0 ? hour + "时" : ""));
        }
        break;
      default:
        long days = period.lengthInDays();
        for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
          int dom = day.getDayOfMonth();
          // Every day fits on the axis up to a fortnight; beyond that, the 1st and every fifth day.
          String label = days <= 14 ? day.getMonthValue() + "/" + dom : dom == 1 || dom % 5 == 0 ? dom + "日" : "";
          subs.add(new SubPeriod(day.toString(), day.atStartOfDay(zone).toInstant(), label));
        }
    }
    return subs;
  }
}
