package org.enforcementdesk.examples.dashboard;

import org.enforcementdesk.metrics.Definition;
import org.enforcementdesk.metrics.IndicatorId;
import org.enforcementdesk.metrics.IndicatorReport;

/**
 * Every indicator's definition, in the catalogue's own words: on hover (a title attribute) wherever a figure is
 * shown, and all together at the foot of the page. A number without its definition is useless to a leader.
 */
final class Definitions {

  private Definitions() {}

  /** The definition as plain text, one part a line, for a tooltip (escape it before use). */
  static String text(IndicatorId id) {
    Definition d = id.definition();
    StringBuilder text = new StringBuilder()
        .append(id.chineseName()).append(" ").append(id.englishName()).append('\n')
        .append("分子 numerator: ").append(d.numerator());
    if (!d.denominator().isEmpty()) {
      text.append('\n').append("分母 denominator: ").append(d.denominator());
    }
    text.append('\n').append("统计时点 counted at: ").append(d.period());
    if (!d.filters().isEmpty()) {
      text.append('\n').append("口径 filters: ").append(d.filters());
    }
    return text.toString();
  }

  /** The foot of the page: every indicator of the report with its definition, in catalogue order. */
  static void section(StringBuilder out, IndicatorReport report) {
    out.append("<section class=\"panel wide defs\" id=\"definitions\">\n<h2>指标口径 <span class=\"en\">Definitions"
        + "</span></h2>\n<dl>\n");
    for (var indicator : report.indicators()) {
      IndicatorId id = indicator.id();
      Definition d = id.definition();
      out.append("<div id=\"def-").append(id.id()).append("\"><dt>").append(Html.escape(id.chineseName()))
          .append(" <span class=\"en\">").append(Html.escape(id.englishName())).append("</span></dt>\n<dd>")
          .append("分子 numerator: ").append(Html.escape(d.numerator()));
      if (!d.denominator().isEmpty()) {
        out.append("; 分母 denominator: ").append(Html.escape(d.denominator()));
      }
      out.append("; 统计时点 counted at: ").append(Html.escape(d.period()));
      if (!d.filters().isEmpty()) {
        out.append("; 口径 filters: ").append(Html.escape(d.filters()));
      }
      out.append(".</dd></div>\n");
    }
    out.append("</dl>\n</section>\n");
  }
}
