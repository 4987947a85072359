package org.enforcementdesk.examples.dashboard;

import static java.util.Objects.requireNonNull;

import org.enforcementdesk.metrics.IndicatorReport;
import org.enforcementdesk.metrics.ReportPeriod;

/**
 * 执行诉求数据监控平台: one indicator report as a self-contained HTML page for court leaders, in Chinese with English
 * beneath. The page has headline tiles (requests received, on-time rates gross and net, satisfaction, case-visit
 * ratio, risk cases, pre-enforcement and delegated resolution), charts (requests over the period and by channel,
 * categories, causes of action, on-time rates by urgency and by tier, satisfaction and dissatisfied aspects, risk
 * and resolution funnels, timeliness), every indicator against the previous period and a year earlier, and every
 * definition at the foot.
 *
 * <pre>{@code
 * IndicatorReport year = Indicators.over(ledger, ReportPeriod.year(2025), WorkingCalendar.china(), figures);
 * Files.writeString(dir.resolve("dashboard.html"), DashboardPage.render(year));
 * }</pre>
 *
 * <p>The page is HTML5 that is also well-formed XML, with inline CSS and inline SVG only: no script, no font, image
 * or link to fetch, so it opens offline and can be archived or mailed as it is. Every figure on it is the report's
 * own ({@code Measure.display()}, {@code Change.display()}); a figure that is not applicable reads 不适用 n/a, never
 * 0%. Text from data (causes of action, handler ids, a court's own codes) is escaped. The same report gives the same
 * bytes.
 */
public final class DashboardPage {

  private DashboardPage() {}

  /**
   * The page for {@code report}.
   *
   * @param report the report to show; not null
   * @return the whole HTML document, UTF-8 text ending with a line end
   * @throws NullPointerException if {@code report} is null
   */
  public static String render(IndicatorReport report) {
    requireNonNull(report, "report");
    ReportPeriod period = report.period();
    String title = Figures.periodZh(period) + " 执行诉求数据监控平台";
    StringBuilder out = new StringBuilder(96 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(Html.escape(title)).append(" · Enforcement request monitoring</title>\n")
        .append("<style>\n").append(Styles.CSS).append("</style>\n</head>\n<body>\n");
    out.append("<header>\n<h1>").append(Html.escape(title)).append("</h1>\n<p>Enforcement request monitoring · ")
        .append(Html.escape(period.label())).append(" (").append(period.granularity().chineseName()).append(' ')
        .append(period.granularity().name().toLowerCase(java.util.Locale.ROOT)).append(")")
        .append(" · 环比 vs ").append(Html.escape(report.previousPeriod().label()))
        .append(" · 同比 vs ").append(Html.escape(report.yearEarlierPeriod().label()))
        .append(" · 数据截至 as of ").append(Html.escape(report.asOf().toString()))
        .append(" (").append(Html.escape(report.zone().getId())).append(")</p>\n</header>\n<main>\n");
    Tiles.render(out, report);
    out.append("<div class=\"grid\">\n");
    VolumePanels.overTime(out, report);
    VolumePanels.channels(out, report);
    VolumePanels.categories(out, report);
    VolumePanels.causes(out, report);
    ServicePanels.onTime(out, report, "urgency");
    ServicePanels.onTime(out, report, "tier");
    ServicePanels.satisfaction(out, report);
    ResolutionPanels.risk(out, report);
    ResolutionPanels.delegation(out, report);
    ServicePanels.timeliness(out, report);
    out.append("</div>\n");
    Comparison.render(out, report);
    Definitions.section(out, report);
    out.append("</main>\n<footer>由指标报告生成 · generated from the indicator report (enforcement-desk-indicators/1)"
        + " · 悬停查看口径 hover a figure for its definition</footer>\n</body>\n</html>\n");
    return out.toString();
  }
}
