package org.enforcementdesk.examples.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.enforcementdesk.metrics.Indicator;
import org.enforcementdesk.metrics.IndicatorId;
import org.enforcementdesk.metrics.IndicatorReport;
import org.enforcementdesk.metrics.Measure;
import org.enforcementdesk.model.RiskKind;

/**
 * The panels on risk and resolution: risk cases from screening to resolution, and what the pre-enforcement team and
 * the delegated resolvers resolved of what they were given. All three are cohorts (what began in the period, and how
 * much of it was resolved by the period's end), so each funnel's two stages are its rate's own denominator and
 * numerator.
 */
final class ResolutionPanels {

  private static final List<String> TARGET_KIND_ORDER =
      List.of("PRE_ENFORCEMENT_TEAM", "VILLAGE_MEDIATOR", "DEPARTMENT", "SPECIAL_MEDIATOR");

  private ResolutionPanels() {}

  /** Risk cases: the screening-to-resolution funnel and what triggered them. */
  static void risk(StringBuilder out, IndicatorReport report) {
    Indicator rate = report.indicator(IndicatorId.RISK_RESOLUTION_RATE);
    Panel.open(out, "risk", "风险案件", "Risk cases", "化解率 " + Panel.changes(rate));
    out.append(funnel(rate, new Labels.Label("风险案件化解", "risk cases"),
        new Labels.Label("筛查", "screened"), new Labels.Label("化解", "resolved")));
    Indicator screened = report.indicator(IndicatorId.RISK_CASES_SCREENED);
    Panel.subtitle(out, "风险案件筛查（按触发类型）", "risk cases screened by trigger");
    SortedMap<String, Measure> byTrigger = screened.breakdown("trigger");
    if (byTrigger.isEmpty()) {
      Panel.empty(out);
    } else {
      long max = 1;
      for (Measure count : byTrigger.values()) {
        max = Math.max(max, count.numerator());
      }
      List<BarChart.Row> rows = new ArrayList<>();
      for (RiskKind kind : RiskKind.values()) {
        Measure count = byTrigger.getOrDefault(kind.name(), Measure.count(0));
        rows.add(new BarChart.Row(Labels.of("trigger", kind.name()),
            List.of(new BarChart.Cell((double) count.numerator() / max, count.display(), ""))));
      }
      out.append(BarChart.render("风险案件筛查 按触发类型",
          List.of(new BarChart.Series("筛查 screened", Svg.PALETTE.get(3))), rows, false));
    }
    out.append("<p class=\"meta\">本期筛查 ").append(Figures.value(screened.current()))
        .append(" · 本期化解 ").append(Figures.value(report.indicator(IndicatorId.RISK_CASES_RESOLVED).current()))
        .append(" <span class=\"en\">screened and resolved in the period, whenever opened</span></p>\n");
    Panel.close(out);
  }

  /** Resolution by the pre-enforcement team and by delegated resolvers. */
  static void delegation(StringBuilder out, IndicatorReport report) {
    Indicator all = report.indicator(IndicatorId.DELEGATION_RESOLUTION_RATE);
    Panel.open(out, "resolution", "执前化解与联动化解", "Pre-enforcement and delegated resolution",
        "委派化解率 " + Panel.changes(all));
    out.append(funnel(report.indicator(IndicatorId.PRE_ENFORCEMENT_RESOLUTION_RATE),
        new Labels.Label("执前化解", "pre-enforcement team"),
        new Labels.Label("转入", "transferred"), new Labels.Label("化解", "resolved")));
    out.append(funnel(report.indicator(IndicatorId.DELEGATED_RESOLUTION_RATE),
        new Labels.Label("联动化解", "delegated resolvers"),
        new Labels.Label("委派", "delegated"), new Labels.Label("化解", "resolved")));
    Panel.subtitle(out, "委派化解率（按委派对象）", "delegation resolution rate by resolver kind");
    List<BarChart.Row> rows =
        Panel.rateRows("target_kind", TARGET_KIND_ORDER, List.of(all.breakdown("target_kind")));
    if (rows.isEmpty()) {
      Panel.empty(out);
    } else {
      out.append(BarChart.render("委派化解率 按委派对象",
          List.of(new BarChart.Series("化解率 resolution rate", Svg.PRIMARY)), rows, true));
    }
    out.append("<p class=\"meta\">委派超期 ")
        .append(Figures.value(report.indicator(IndicatorId.DELEGATIONS_OVERDUE).current()))
        .append(" <span class=\"en\">delegations overdue</span></p>\n");
    Panel.close(out);
  }

  private static String funnel(Indicator rate, Labels.Label title, Labels.Label in, Labels.Label out) {
    Measure current = rate.current();
    return Funnel.render(title,
        new Funnel.Stage(in, current.denominator(), Measure.count(current.denominator()).display()),
        new Funnel.Stage(out, current.numerator(), Measure.count(current.numerator()).display()),
        current.display(),
        rate.id().chineseName() + " " + rate.id().englishName() + ": " + current.display()
            + " (" + Figures.counts(current) + ")");
  }
}
