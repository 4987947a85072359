package org.enforcementdesk.examples.dashboard;

import java.util.List;
import org.enforcementdesk.metrics.Indicator;
import org.enforcementdesk.metrics.IndicatorId;
import org.enforcementdesk.metrics.IndicatorReport;
import org.enforcementdesk.metrics.Measure;
import org.enforcementdesk.metrics.Unit;

/**
 * The headline figures at the top of the page, one tile each: the value as the report displays it, the counts
 * behind a rate, the change against the previous period (环比) and a year earlier (同比), the definition on hover.
 */
final class Tiles {

  private static final List<IndicatorId> HEADLINES = List.of(
      IndicatorId.REQUESTS_RECEIVED, IndicatorId.ON_TIME_RATE_GROSS, IndicatorId.ON_TIME_RATE_NET,
      IndicatorId.SATISFACTION_RATE, IndicatorId.CASE_VISIT_RATIO, IndicatorId.RISK_CASES_SCREENED,
      IndicatorId.PRE_ENFORCEMENT_RESOLUTION_RATE, IndicatorId.DELEGATED_RESOLUTION_RATE);

  private Tiles() {}

  static void render(StringBuilder out, IndicatorReport report) {
    out.append("<section class=\"tiles\" id=\"headlines\">\n");
    for (IndicatorId id : HEADLINES) {
      if (id == IndicatorId.RISK_CASES_SCREENED) {
        risk(out, report);
      } else {
        tile(out, report.indicator(id));
      }
    }
    out.append("</section>\n");
  }

  private static void tile(StringBuilder out, Indicator indicator) {
    IndicatorId id = indicator.id();
    Measure current = indicator.current();
    out.append("<div class=\"tile\" id=\"tile-").append(id.id()).append("\" title=\"")
        .append(Html.escape(Definitions.text(id))).append("\">\n")
        .append("<div class=\"name\">").append(Html.escape(id.chineseName())).append("</div>\n")
        .append("<div class=\"en\">").append(Html.escape(id.englishName()))
        .append(id == IndicatorId.CASE_VISIT_RATIO ? " · 越低越好 lower is better" : "").append("</div>\n")
        .append("<div class=\"value\">").append(Figures.value(current)).append("</div>\n");
    boolean fraction = id.unit() == Unit.RATE || id.unit() == Unit.RATIO;
    if (fraction && current.isApplicable()) {
      out.append("<div class=\"sub\">").append(current.numerator()).append(" / ").append(current.denominator())
          .append("</div>\n");
    } else if (!current.isApplicable()) {
      out.append("<div class=\"sub\">").append(Html.escape(current.notApplicableReason().orElse("")))
          .append("</div>\n");
    } else {
      out.append("<div class=\"sub\">上期 ").append(Figures.value(indicator.previous()))
          .append(" · 上年同期 ").append(Figures.value(indicator.yearEarlier())).append("</div>\n");
    }
    changes(out, indicator);
    out.append("</div>\n");
  }

  /** Risk cases: screened and resolved side by side, since a leader reads them as a pair. */
  private static void risk(StringBuilder out, IndicatorReport report) {
    Indicator screened = report.indicator(IndicatorId.RISK_CASES_SCREENED);
    Indicator resolved = report.indicator(IndicatorId.RISK_CASES_RESOLVED);
    out.append("<div class=\"tile\" id=\"tile-risk_cases\" title=\"")
        .append(Html.escape(Definitions.text(IndicatorId.RISK_CASES_SCREENED) + "\n\n"
            + Definitions.text(IndicatorId.RISK_CASES_RESOLVED)))
        .append("\">\n<div class=\"name\">风险案件 筛查 / 化解</div>\n")
        .append("<div class=\"en\">risk cases screened / resolved</div>\n")
        .append("<div class=\"value\">").append(Figures.value(screened.current()))
        .append("<span class=\"slash\"> / </span>").append(Figures.value(resolved.current())).append("</div>\n")
        .append("<div class=\"sub\">化解率 ")
        .append(Figures.value(report.indicator(IndicatorId.RISK_RESOLUTION_RATE).current()))
        .append(" <span class=\"en\">of those screened</span></div>\n");
    changes(out, screened, "筛查");
    out.append("</div>\n");
  }

  private static void changes(StringBuilder out, Indicator indicator) {
    changes(out, indicator, "");
  }

  private static void changes(StringBuilder out, Indicator indicator, String which) {
    out.append("<div class=\"changes\">").append(which).append("环比 ")
        .append(Figures.change(indicator.id(), indicator.changeVsPrevious()))
        .append("<br/>").append(which).append("同比 ")
        .append(Figures.change(indicator.id(), indicator.changeYearOverYear()))
        .append("</div>\n");
  }
}
