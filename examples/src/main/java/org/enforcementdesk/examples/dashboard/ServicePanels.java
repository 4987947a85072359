package org.enforcementdesk.examples.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.enforcementdesk.metrics.Indicator;
import org.enforcementdesk.metrics.IndicatorId;
import org.enforcementdesk.metrics.IndicatorReport;
import org.enforcementdesk.metrics.Measure;
import org.enforcementdesk.model.EvaluationAspect;

/** The panels on how well requests were served: on time, to the party's satisfaction, and how fast. */
final class ServicePanels {

  private static final List<String> URGENCY_ORDER = List.of("URGENT", "PRIORITY", "NORMAL", "UNDECIDED");
  private static final List<String> TIER_ORDER = List.of("OFFICER", "CENTER_DIRECTOR", "BUREAU_LEADER");
  private static final List<BarChart.Series> GROSS_NET = List.of(
      new BarChart.Series("不扣除暂停 gross", Svg.LIGHT), new BarChart.Series("扣除暂停 net", Svg.PRIMARY));
  private static final List<IndicatorId> TIMELINESS = List.of(
      IndicatorId.FIRST_CONTACT_MEDIAN_WORKING, IndicatorId.FIRST_CONTACT_P90_WORKING,
      IndicatorId.RESOLUTION_MEDIAN_WORKING, IndicatorId.RESOLUTION_P90_WORKING,
      IndicatorId.SLA_BREACHES, IndicatorId.ESCALATIONS);

  private ServicePanels() {}

  /** On-time rates, gross and net of pauses, broken down by {@code dimension} (urgency or tier). */
  static void onTime(StringBuilder out, IndicatorReport report, String dimension) {
    boolean byUrgency = "urgency".equals(dimension);
    Indicator gross = report.indicator(IndicatorId.ON_TIME_RATE_GROSS);
    Indicator net = report.indicator(IndicatorId.ON_TIME_RATE_NET);
    Panel.open(out, "on-time-" + dimension,
        byUrgency ? "期限内办结率（按紧急程度）" : "期限内办结率（按办理层级）",
        byUrgency ? "On-time completion rate by urgency" : "On-time completion rate by tier",
        "扣除暂停 " + Panel.changes(net));
    List<BarChart.Row> rows = Panel.rateRows(dimension, byUrgency ? URGENCY_ORDER : TIER_ORDER,
        List.of(gross.breakdown(dimension), net.breakdown(dimension)));
    if (rows.isEmpty()) {
      Panel.empty(out);
    } else {
      out.append(BarChart.render(byUrgency ? "期限内办结率 按紧急程度" : "期限内办结率 按办理层级", GROSS_NET, rows, true));
    }
    Panel.close(out);
  }

  /** The satisfaction rate by channel, and the aspects parties rated dissatisfied (each opens a rectification). */
  static void satisfaction(StringBuilder out, IndicatorReport report) {
    Indicator satisfaction = report.indicator(IndicatorId.SATISFACTION_RATE);
    Panel.open(out, "satisfaction", "执行满意度", "Satisfaction", "满意率 " + Panel.changes(satisfaction));
    Panel.subtitle(out, "满意率（按受理渠道）", "satisfaction rate by channel");
    List<BarChart.Row> rates = Panel.rateRows("channel", List.of("WINDOW", "HOTLINE", "APP", "MINI_PROGRAM"),
        List.of(satisfaction.breakdown("channel")));
    if (rates.isEmpty()) {
      Panel.empty(out);
    } else {
      out.append(BarChart.render("满意率 按受理渠道",
          List.of(new BarChart.Series("满意率 satisfaction rate", Svg.PALETTE.get(2))), rates, true));
    }
    Indicator dissatisfied = report.indicator(IndicatorId.DISSATISFIED_RATINGS);
    Panel.subtitle(out, "不满意评价项（按评价维度）", "dissatisfied ratings by aspect");
    SortedMap<String, Measure> byAspect = dissatisfied.breakdown("aspect");
    // All five aspects, so that a leader sees which ones drew no complaint at all (a count of zero is a fact).
    long max = 1;
    for (Measure count : byAspect.values()) {
      max = Math.max(max, count.numerator());
    }
    List<BarChart.Row> aspects = new ArrayList<>();
    for (EvaluationAspect aspect : EvaluationAspect.values()) {
      Measure count = byAspect.getOrDefault(aspect.name(), Measure.count(0));
      aspects.add(new BarChart.Row(Labels.of("aspect", aspect.name()),
          List.of(new BarChart.Cell((double) count.numerator() / max, count.display(), ""))));
    }
    out.append(BarChart.render("不满意评价项 按评价维度",
        List.of(new BarChart.Series("不满意 dissatisfied", Svg.WARN)), aspects, false));
    out.append("<p class=\"meta\">整改立项 ").append(Figures.value(current(report, IndicatorId.RECTIFICATIONS_OPENED)))
        .append(" · 验收 ").append(Figures.value(current(report, IndicatorId.RECTIFICATIONS_CLOSED)))
        .append(" · 逾期 ").append(Figures.value(current(report, IndicatorId.RECTIFICATIONS_OVERDUE)))
        .append(" · 拒绝评价 ").append(Figures.value(current(report, IndicatorId.EVALUATIONS_DECLINED)))
        .append(" · 回访接通率 ").append(Figures.value(current(report, IndicatorId.CALLBACK_REACH_RATE)))
        .append(" <span class=\"en\">rectification items opened · closed · overdue, evaluations declined,"
            + " callback response rate</span></p>\n");
    Panel.close(out);
  }

  /** How fast: times to first contact and to resolution (working time), deadline breaches and escalations. */
  static void timeliness(StringBuilder out, IndicatorReport report) {
    Panel.open(out, "timeliness", "办理时效", "Timeliness (working time)", "");
    out.append("<table class=\"figures\">\n<thead><tr><th>指标 <span class=\"en\">indicator</span></th>"
        + "<th>本期 <span class=\"en\">current</span></th><th>环比 <span class=\"en\">vs previous</span></th>"
        + "<th>同比 <span class=\"en\">year on year</span></th></tr></thead>\n<tbody>\n");
    for (IndicatorId id : TIMELINESS) {
      Indicator indicator = report.indicator(id);
      out.append("<tr title=\"").append(Html.escape(Definitions.text(id))).append("\"><td>")
          .append(Html.escape(id.chineseName())).append("<br/><span class=\"en\">")
          .append(Html.escape(id.englishName())).append("</span></td><td class=\"num\">")
          .append(Figures.value(indicator.current())).append("</td><td class=\"num\">")
          .append(Figures.change(id, indicator.changeVsPrevious())).append("</td><td class=\"num\">")
          .append(Figures.change(id, indicator.changeYearOverYear())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    Panel.close(out);
  }

  private static Measure current(IndicatorReport report, IndicatorId id) {
    return report.indicator(id).current();
  }
}
