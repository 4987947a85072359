package org.enforcementdesk.examples.simulate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.enforcementdesk.metrics.Indicator;
import org.enforcementdesk.metrics.IndicatorId;
import org.enforcementdesk.metrics.IndicatorReport;
import org.enforcementdesk.metrics.Measure;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Urgency;

/**
 * The compact dashboard {@code simulate} prints when it is done: the headline indicators with their definitions,
 * the top causes of action, risk cases, and the on-time rate by urgency. Every figure is a {@link Measure#display()}
 * of the report, the same text the JSON report carries, so the terminal and {@code indicators.json} cannot disagree.
 */
final class TerminalDashboard {

  /** The headline indicators, in the order a court leader reads them. */
  static final List<IndicatorId> HEADLINES =
      List.of(
          IndicatorId.REQUESTS_RECEIVED,
          IndicatorId.ON_TIME_RATE_NET,
          IndicatorId.ON_TIME_RATE_GROSS,
          IndicatorId.CASE_VISIT_RATIO,
          IndicatorId.PETITION_RATIO,
          IndicatorId.SATISFACTION_RATE,
          IndicatorId.PRE_ENFORCEMENT_RESOLUTION_RATE,
          IndicatorId.DELEGATED_RESOLUTION_RATE,
          IndicatorId.RISK_RESOLUTION_RATE,
          IndicatorId.FIRST_CONTACT_MEDIAN_WORKING,
          IndicatorId.NOTIFICATIONS_PUSHED);

  private static final int DEFINITION_WIDTH = 104;

  private TerminalDashboard() {}

  /** The dashboard's lines. */
  static List<String> render(SimulationResult result, String run, List<Path> written) {
    IndicatorReport report = result.report();
    List<String> lines = new ArrayList<>();
    lines.add("执行诉求模拟 Enforcement Desk simulation: " + run);
    lines.add("Every figure is the library's indicators over the ledger (" + report.period().label() + ", 同比 against "
        + report.yearEarlierPeriod().label() + (result.yearBefore() ? ", also simulated" : ", not simulated: n/a") + ").");
    lines.add("");
    for (IndicatorId id : HEADLINES) {
      Indicator indicator = report.indicator(id);
      lines.add(pad(id.chineseName(), 30) + pad(id.englishName(), 50)
          + String.format(Locale.ROOT, "%10s  %-13s 同比 %s",
              indicator.current().display(), fraction(indicator.current()), indicator.changeYearOverYear().display()));
      lines.add("    = " + definition(indicator));
    }
    lines.add("");
    lines.add("案由 top causes of action: " + topCauses(report.indicator(IndicatorId.REQUESTS_RECEIVED)));
    lines.add("风险案件 risk cases: " + risk(report));
    lines.add("期限内办结率 on time by urgency (net of pauses): " + byUrgency(report.indicator(IndicatorId.ON_TIME_RATE_NET)));
    lines.add("");
    lines.add("Wrote " + written.stream().map(Path::toString).collect(Collectors.joining(", ")));
    return lines;
  }

  /** Pads to a width in terminal columns: a Chinese character takes two. */
  static String pad(String text, int columns) {
    int width = text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    return width >= columns ? text + " " : text + " ".repeat(columns - width);
  }

  private static String fraction(Measure measure) {
    if (!measure.isApplicable() || measure.denominator() == 0) {
      return "";
    }
    return measure.numerator() + "/" + measure.denominator();
  }

  private static String definition(Indicator indicator) {
    String text = indicator.definition().numerator();
    if (!indicator.definition().denominator().isEmpty()) {
      text = text + " ÷ " + indicator.definition().denominator();
    }
    return text.length() <= DEFINITION_WIDTH ? text : text.substring(0, DEFINITION_WIDTH - 1) + "…";
  }

  private static String topCauses(Indicator received) {
    Map<String, Measure> causes = received.breakdown("cause_of_action");
    long total = received.current().numerator();
    return causes.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, Measure> e) -> e.getValue().numerator())
            .reversed()
            .thenComparing(Map.Entry::getKey))
        .limit(4)
        .map(e -> e.getKey() + " " + e.getValue().display() + percent(e.getValue().numerator(), total))
        .collect(Collectors.joining(", "));
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "" : String.format(Locale.ROOT, " (%.1f%%)", 100.0 * part / whole);
  }

  private static String risk(IndicatorReport report) {
    Indicator screened = report.indicator(IndicatorId.RISK_CASES_SCREENED);
    Indicator resolved = report.indicator(IndicatorId.RISK_CASES_RESOLVED);
    String triggers =
        screened.breakdown("trigger").entrySet().stream()
            .map(e -> RiskKind.valueOf(e.getKey()).chineseName() + " " + e.getValue().display())
            .collect(Collectors.joining(", "));
    return screened.current().display() + " screened, " + resolved.current().display() + " resolved"
        + (triggers.isEmpty() ? "" : "; opened by " + triggers);
  }

  private static String byUrgency(Indicator onTime) {
    Map<String, Measure> byUrgency = onTime.breakdown("urgency");
    List<String> parts = new ArrayList<>();
    for (Urgency urgency : Urgency.values()) {
      Measure measure = byUrgency.get(urgency.name());
      if (measure != null) {
        parts.add(urgency.chineseName() + " " + urgency.name() + " " + measure.display() + " (" + fraction(measure) + ")");
      }
    }
    return String.join(", ", parts);
  }
}
