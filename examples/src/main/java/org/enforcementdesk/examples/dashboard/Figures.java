package org.enforcementdesk.examples.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.EnumSet;
import java.util.Set;
import org.enforcementdesk.metrics.Change;
import org.enforcementdesk.metrics.IndicatorId;
import org.enforcementdesk.metrics.Measure;
import org.enforcementdesk.metrics.ReportPeriod;
import org.enforcementdesk.metrics.Unit;

/**
 * How the page writes the report's figures: values as the report displays them (a duration in days and hours as
 * well), 不适用 n/a with its reason where there is no value, changes with an arrow and a colour that says whether the
 * move is good news, and periods in the way a Chinese report names them.
 */
final class Figures {

  /** Moves up are good news for these (rates of work done well). */
  private static final Set<IndicatorId> HIGHER_IS_BETTER = EnumSet.of(
      IndicatorId.ON_TIME_RATE_GROSS, IndicatorId.ON_TIME_RATE_NET, IndicatorId.SATISFACTION_RATE,
      IndicatorId.CALLBACK_REACH_RATE, IndicatorId.RISK_CASES_RESOLVED, IndicatorId.RISK_RESOLUTION_RATE,
      IndicatorId.DELEGATION_RESOLUTION_RATE, IndicatorId.PRE_ENFORCEMENT_RESOLUTION_RATE,
      IndicatorId.DELEGATED_RESOLUTION_RATE, IndicatorId.RECTIFICATIONS_CLOSED);
  /** Moves up are bad news for these (visits, petitions, lateness, complaints); volumes are neither. */
  private static final Set<IndicatorId> LOWER_IS_BETTER = EnumSet.of(
      IndicatorId.URGES, IndicatorId.VISITS, IndicatorId.CASE_VISIT_RATIO, IndicatorId.PETITIONS,
      IndicatorId.PETITION_RATIO, IndicatorId.SLA_BREACHES, IndicatorId.ESCALATIONS,
      IndicatorId.EVALUATIONS_DECLINED, IndicatorId.DISSATISFIED_RATINGS, IndicatorId.RECTIFICATIONS_OVERDUE,
      IndicatorId.DELEGATIONS_OVERDUE);

  static final String NOT_APPLICABLE = "不适用 n/a";

  private Figures() {}

  /** A value as HTML: the report's display, or 不适用 n/a with the reason on hover. */
  static String value(Measure measure) {
    if (!measure.isApplicable()) {
      return "<span class=\"na\" title=\"" + Html.escape(measure.notApplicableReason().orElse("")) + "\">"
          + NOT_APPLICABLE + "</span>";
    }
    String display = Html.escape(measure.display());
    if (measure.unit() == Unit.DURATION) {
      // PT30H is exact but not how a leader reads time: show days and hours, keep the exact form on hover.
      return "<span title=\"" + display + "\">" + Html.escape(humanDuration(measure.duration().orElseThrow()))
          + "</span>";
    }
    return display;
  }

  /** The counts behind a value, for a tooltip: {@code 166/394}, {@code 12}, {@code 40 samples}. */
  static String counts(Measure measure) {
    if (!measure.isApplicable()) {
      return measure.notApplicableReason().orElse("");
    }
    switch (measure.unit()) {
      case RATE:
      case RATIO:
        return measure.numerator() + "/" + measure.denominator();
      case DURATION:
        return measure.samples() + " samples";
      default:
        return measure.display();
    }
  }

  /** A change as HTML, e.g. {@code ▼ -5.87%} in the colour of good news for the case-visit ratio. */
  static String change(IndicatorId id, Change change) {
    if (change.relative().isEmpty()) {
      return "<span class=\"chg na\" title=\"" + Html.escape(change.relativeNotApplicableReason().orElse(""))
          + "\">" + NOT_APPLICABLE + "</span>";
    }
    int sign = change.relative().get().signum();
    String tone = "flat";
    if (sign != 0 && HIGHER_IS_BETTER.contains(id)) {
      tone = sign > 0 ? "good" : "bad";
    } else if (sign != 0 && (LOWER_IS_BETTER.contains(id) || id.unit() == Unit.DURATION)) {
      tone = sign < 0 ? "good" : "bad";
    }
    String arrow = sign > 0 ? "▲ " : sign < 0 ? "▼ " : "";
    return "<span class=\"chg " + tone + "\">" + arrow + Html.escape(change.display()) + "</span>";
  }

  /** {@code 3天4小时}, {@code 5小时20分}, {@code 40分}, {@code 12秒}. */
  static String humanDuration(Duration duration) {
    long days = duration.toDays();
    int hours = duration.toHoursPart();
    int minutes = duration.toMinutesPart();
    if (days > 0) {
      return days + "天" + (hours > 0 ? hours + "小时" : "");
    }
    if (hours > 0) {
      return hours + "小时" + (minutes > 0 ? minutes + "分" : "");
    }
    return minutes > 0 ? minutes + "分" : duration.toSecondsPart() + "秒";
  }

  /** The period as a Chinese report names it: {@code 2026年}, {@code 2026年3月}, {@code 2026年第1季度}, ... */
  static String periodZh(ReportPeriod period) {
    LocalDate start = period.start();
    switch (period.granularity()) {
      case YEAR:
        return start.getYear() + "年";
      case QUARTER:
        return start.getYear() + "年第" + start.get(IsoFields.QUARTER_OF_YEAR) + "季度";
      case MONTH:
        return start.getYear() + "年" + start.getMonthValue() + "月";
      case WEEK:
        return start.get(IsoFields.WEEK_BASED_YEAR) + "年第" + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "周";
      case DAY:
        return start.getYear() + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日";
      default:
        return start + "至" + period.end().minusDays(1);
    }
  }
}
