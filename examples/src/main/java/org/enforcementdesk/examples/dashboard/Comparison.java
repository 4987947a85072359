package org.enforcementdesk.examples.dashboard;

import org.enforcementdesk.metrics.Indicator;
import org.enforcementdesk.metrics.IndicatorId;
import org.enforcementdesk.metrics.IndicatorReport;

/**
 * Every indicator of the report in one table: the period beside the previous one and the same period a year
 * earlier, with both changes. The charts show the period; this is where every comparison the report allows is read.
 */
final class Comparison {

  private Comparison() {}

  static void render(StringBuilder out, IndicatorReport report) {
    out.append("<section class=\"panel wide\" id=\"comparison\">\n<h2>同比环比一览 <span class=\"en\">"
        + "Every indicator against the previous period and a year earlier</span></h2>\n")
        .append("<table class=\"figures\">\n<thead><tr><th>指标 <span class=\"en\">indicator</span></th>")
        .append("<th>本期 <span class=\"en\">").append(Html.escape(report.period().label())).append("</span></th>")
        .append("<th>上期 <span class=\"en\">").append(Html.escape(report.previousPeriod().label()))
        .append("</span></th>")
        .append("<th>上年同期 <span class=\"en\">").append(Html.escape(report.yearEarlierPeriod().label()))
        .append("</span></th>")
        .append("<th>环比 <span class=\"en\">vs previous</span></th>")
        .append("<th>同比 <span class=\"en\">year on year</span></th></tr></thead>\n<tbody>\n");
    for (Indicator indicator : report.indicators()) {
      IndicatorId id = indicator.id();
      out.append("<tr id=\"row-").append(id.id()).append("\" title=\"").append(Html.escape(Definitions.text(id)))
          .append("\"><td>").append(Html.escape(id.chineseName())).append(" <span class=\"en\">")
          .append(Html.escape(id.englishName())).append("</span></td><td class=\"num\">")
          .append(Figures.value(indicator.current())).append("</td><td class=\"num\">")
          .append(Figures.value(indicator.previous())).append("</td><td class=\"num\">")
          .append(Figures.value(indicator.yearEarlier())).append("</td><td class=\"num\">")
          .append(Figures.change(id, indicator.changeVsPrevious())).append("</td><td class=\"num\">")
          .append(Figures.change(id, indicator.changeYearOverYear())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }
}
