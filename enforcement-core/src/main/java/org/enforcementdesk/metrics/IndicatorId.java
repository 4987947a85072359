package org.enforcementdesk.metrics;

import com.google.common.collect.ImmutableList;

/**
 * The catalogue of indicators: each with its stable id (as JSON and dashboards name it), Chinese and English names,
 * unit, definition and the breakdowns it carries. Declared in report order. docs/indicators.md lists the same.
 */
public enum IndicatorId {
  /** 诉求量. */
  REQUESTS_RECEIVED(
      "requests_received", "诉求量", "requests received", Unit.COUNT,
      "requests submitted through any channel (each work order once; a duplicate linked as an urge is not a request)",
      "",
      "the request's receipt (receivedAt)",
      "breakdown by urgency counts accepted requests only (urgency is set at acceptance)",
      "channel", "category", "type", "cause_of_action", "urgency", "sub_period"),
  /** 不予受理量. */
  REQUESTS_REJECTED(
      "requests_rejected", "不予受理量", "requests rejected", Unit.COUNT,
      "requests rejected at intake", "", "the rejection", "", "category"),
  /** 撤回量. */
  REQUESTS_WITHDRAWN(
      "requests_withdrawn", "撤回量", "requests withdrawn", Unit.COUNT,
      "requests the party withdrew", "", "the withdrawal", "", "category"),
  /** 催办量. */
  URGES(
      "urges", "催办量", "urges", Unit.COUNT,
      "urges of open requests, duplicates submitted again included", "", "the urge", "", "kind", "category"),
  /** 来访量. */
  VISITS(
      "visits", "来访量", "visits", Unit.COUNT,
      "visits and calls on enforcement cases: requests naming a case, duplicate submissions naming a case, and"
          + " recorded contacts that were not requests",
      "",
      "the request's receipt, the duplicate's urge, the contact",
      "requests on cases not yet filed for enforcement are not visits on an enforcement case",
      "source"),
  /** 案访比. */
  CASE_VISIT_RATIO(
      "case_visit_ratio", "案访比", "case-visit ratio", Unit.RATIO,
      "visits (as the visits indicator counts them)",
      "enforcement cases in the period, as the host's case system counts them",
      "as visits; the host's count for the same period",
      "lower is better; not applicable without the host's count",
      "source"),
  /** 信访量. */
  PETITIONS(
      "petitions", "信访量", "petitions", Unit.COUNT,
      "petitions reported on enforcement cases", "", "the petition's report", ""),
  /** 信访比. */
  PETITION_RATIO(
      "petition_ratio", "信访比", "petition ratio", Unit.RATIO,
      "petitions reported on enforcement cases",
      "enforcement cases in the period, as the host's case system counts them",
      "the petition's report; the host's count for the same period",
      "lower is better; not applicable without the host's count"),
  /** 期限内办结率（不扣除暂停）. */
  ON_TIME_RATE_GROSS(
      "on_time_rate_gross", "期限内办结率（不扣除暂停）", "on-time completion rate, gross of pauses", Unit.RATE,
      "resolutions at or before the round's deadline without pause credit: the deadline recorded at acceptance, or"
          + " recomputed on the calendar from the round's start when urgency changed or the order was reopened, capped"
          + " by any hard limit",
      "resolutions",
      "the resolution",
      "each resolution counts once: a reopened order resolved again is a second resolution",
      "urgency", "category", "tier", "handler", "channel"),
  /** 期限内办结率（扣除暂停）. */
  ON_TIME_RATE_NET(
      "on_time_rate_net", "期限内办结率（扣除暂停）", "on-time completion rate, net of pauses", Unit.RATE,
      "resolutions at or before the round's deadline with every pause credited (delegations that pause the clock"
          + " included), as the SLA clock computes it, capped by any hard limit",
      "resolutions",
      "the resolution",
      "each resolution counts once: a reopened order resolved again is a second resolution",
      "urgency", "category", "tier", "handler", "channel"),
  /** 首次联系用时中位数（工作时间）. */
  FIRST_CONTACT_MEDIAN_WORKING(
      "first_contact_median_working", "首次联系用时中位数（工作时间）", "median time to first contact, working time",
      Unit.DURATION,
      "office time from receipt to the first contact with the party (or to the resolution, if that came first)",
      "", "the first contact", "accepted requests; nearest-rank median"),
  /** 首次联系用时90分位（工作时间）. */
  FIRST_CONTACT_P90_WORKING(
      "first_contact_p90_working", "首次联系用时90分位（工作时间）", "90th percentile of time to first contact, working time",
      Unit.DURATION,
      "office time from receipt to the first contact with the party (or to the resolution, if that came first)",
      "", "the first contact", "accepted requests; nearest-rank 90th percentile"),
  /** 首次联系用时中位数（自然时间）. */
  FIRST_CONTACT_MEDIAN_NATURAL(
      "first_contact_median_natural", "首次联系用时中位数（自然时间）", "median time to first contact, natural time",
      Unit.DURATION,
      "natural time from receipt to the first contact with the party (or to the resolution, if that came first)",
      "", "the first contact", "accepted requests; nearest-rank median"),
  /** 首次联系用时90分位（自然时间）. */
  FIRST_CONTACT_P90_NATURAL(
      "first_contact_p90_natural", "首次联系用时90分位（自然时间）", "90th percentile of time to first contact, natural time",
      Unit.DURATION,
      "natural time from receipt to the first contact with the party (or to the resolution, if that came first)",
      "", "the first contact", "accepted requests; nearest-rank 90th percentile"),
  /** 办结用时中位数（工作时间）. */
  RESOLUTION_MEDIAN_WORKING(
      "resolution_median_working", "办结用时中位数（工作时间）", "median time to resolution, working time", Unit.DURATION,
      "office time from the round's start (receipt, or the reopening) to the resolution, paused time included",
      "", "the resolution", "nearest-rank median"),
  /** 办结用时90分位（工作时间）. */
  RESOLUTION_P90_WORKING(
      "resolution_p90_working", "办结用时90分位（工作时间）", "90th percentile of time to resolution, working time",
      Unit.DURATION,
      "office time from the round's start (receipt, or the reopening) to the resolution, paused time included",
      "", "the resolution", "nearest-rank 90th percentile"),
  /** 办结用时中位数（自然时间）. */
  RESOLUTION_MEDIAN_NATURAL(
      "resolution_median_natural", "办结用时中位数（自然时间）", "median time to resolution, natural time", Unit.DURATION,
      "natural time from the round's start (receipt, or the reopening) to the resolution, paused time included",
      "", "the resolution", "nearest-rank median"),
  /** 办结用时90分位（自然时间）. */
  RESOLUTION_P90_NATURAL(
      "resolution_p90_natural", "办结用时90分位（自然时间）", "90th percentile of time to resolution, natural time",
      Unit.DURATION,
      "natural time from the round's start (receipt, or the reopening) to the resolution, paused time included",
      "", "the resolution", "nearest-rank 90th percentile"),
  /** 超期数. */
  SLA_BREACHES(
      "sla_breaches", "超期数", "deadline breaches", Unit.COUNT,
      "deadlines passed unmet, as the desk recorded them (response, resolution, callback)", "", "the breach",
      "the tier is the order's tier when the breach was recorded", "target", "tier"),
  /** 提级数. */
  ESCALATIONS(
      "escalations", "提级数", "escalations", Unit.COUNT,
      "escalations from one tier to a higher one, by rule or by a person", "", "the escalation", "",
      "from_tier", "to_tier"),
  /** 执行满意率. */
  SATISFACTION_RATE(
      "satisfaction_rate", "执行满意率", "satisfaction rate", Unit.RATE,
      "evaluations returned with every aspect rated satisfied (满意) or basically satisfied (基本满意)",
      "evaluations returned (declined evaluations are not returned)",
      "the evaluation",
      "",
      "urgency", "category", "tier", "handler", "channel"),
  /** 拒绝评价数. */
  EVALUATIONS_DECLINED(
      "evaluations_declined", "拒绝评价数", "evaluations declined", Unit.COUNT,
      "evaluations the party declined to give", "", "the evaluation", ""),
  /** 不满意评价项数. */
  DISSATISFIED_RATINGS(
      "dissatisfied_ratings", "不满意评价项数", "dissatisfied ratings", Unit.COUNT,
      "aspects rated dissatisfied (不满意) in evaluations returned", "", "the evaluation", "", "aspect"),
  /** 回访接通率. */
  CALLBACK_REACH_RATE(
      "callback_reach_rate", "回访接通率", "callback response rate", Unit.RATE,
      "satisfaction callbacks that reached the party", "satisfaction callbacks recorded", "the callback", "",
      "tier"),
  /** 整改立项数. */
  RECTIFICATIONS_OPENED(
      "rectifications_opened", "整改立项数", "rectification items opened", Unit.COUNT,
      "rectification items opened, one per dissatisfied aspect (一项一策)", "", "the opening", "",
      "aspect", "owner_tier"),
  /** 整改验收数. */
  RECTIFICATIONS_CLOSED(
      "rectifications_closed", "整改验收数", "rectification items closed", Unit.COUNT,
      "rectification items verified and closed", "", "the closing", "", "aspect", "owner_tier"),
  /** 整改逾期数. */
  RECTIFICATIONS_OVERDUE(
      "rectifications_overdue", "整改逾期数", "rectification items overdue", Unit.COUNT,
      "rectification items not closed by their due instant", "", "the item's due instant",
      "only items whose due instant has passed by the report's as-of instant", "aspect", "owner_tier"),
  /** 风险案件筛查数. */
  RISK_CASES_SCREENED(
      "risk_cases_screened", "风险案件筛查数", "risk cases screened", Unit.COUNT,
      "risk cases opened: the first risk trigger on a case after its last closure", "", "the opening trigger",
      "later triggers on an open risk case do not open another", "trigger"),
  /** 风险案件化解数. */
  RISK_CASES_RESOLVED(
      "risk_cases_resolved", "风险案件化解数", "risk cases resolved", Unit.COUNT,
      "risk cases closed (化解)", "", "the closure", "by the kind of the trigger that opened the case", "trigger"),
  /** 风险案件化解率. */
  RISK_RESOLUTION_RATE(
      "risk_resolution_rate", "风险案件化解率", "risk case resolution rate", Unit.RATE,
      "risk cases opened in the period and closed by the period's end (or the as-of instant, if earlier)",
      "risk cases opened in the period",
      "the opening trigger (a cohort)",
      "by the kind of the trigger that opened the case",
      "trigger"),
  /** 委派化解率. */
  DELEGATION_RESOLUTION_RATE(
      "delegation_resolution_rate", "委派化解率", "delegation resolution rate", Unit.RATE,
      "delegations made in the period that ended in the resolver's own resolution while still delegated, by the period's end (or the"
          + " as-of instant, if earlier)",
      "delegations made in the period (each delegation once; a request delegated again counts again)",
      "the delegation (a cohort)",
      "every kind of resolver",
      "target_kind", "resolver"),
  /** 执前化解率. */
  PRE_ENFORCEMENT_RESOLUTION_RATE(
      "pre_enforcement_resolution_rate", "执前化解率", "pre-enforcement resolution rate", Unit.RATE,
      "delegations to the pre-enforcement team made in the period that ended in the resolver's own resolution while"
          + " still delegated, by the period's end (or the as-of instant, if earlier)",
      "delegations to the pre-enforcement team made in the period",
      "the delegation (a cohort)",
      "resolver kind PRE_ENFORCEMENT_TEAM only",
      "resolver"),
  /** 联动化解率. */
  DELEGATED_RESOLUTION_RATE(
      "delegated_resolution_rate", "联动化解率", "delegated resolution rate", Unit.RATE,
      "delegations to village mediators, departments and special mediators made in the period that ended in the"
          + " resolver's own resolution while still delegated, by the period's end (or the as-of instant, if earlier)",
      "delegations to village mediators, departments and special mediators made in the period",
      "the delegation (a cohort)",
      "every resolver kind but PRE_ENFORCEMENT_TEAM",
      "target_kind", "resolver"),
  /** 委派超期数. */
  DELEGATIONS_OVERDUE(
      "delegations_overdue", "委派超期数", "delegations overdue", Unit.COUNT,
      "delegations that passed their own deadline still with the resolver", "", "the desk's overdue record", "",
      "target_kind"),
  /** 信息推送量. */
  NOTIFICATIONS_PUSHED(
      "notifications_pushed", "信息推送量", "notifications pushed", Unit.COUNT,
      "notifications delivered, as the host counted them for the period", "", "the host's count for the period",
      "not applicable without the host's count", "kind");

  private final String id;
  private final String chineseName;
  private final String englishName;
  private final Unit unit;
  private final Definition definition;
  private final ImmutableList<String> breakdowns;

  IndicatorId(
      String id,
      String chineseName,
      String englishName,
      Unit unit,
      String numerator,
      String denominator,
      String period,
      String filters,
      String... breakdowns) {
    this.id = id;
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.unit = unit;
    this.definition = new Definition(numerator, denominator, period, filters);
    this.breakdowns = ImmutableList.copyOf(breakdowns);
  }

  /** The stable id, e.g. {@code on_time_rate_gross}; not null. */
  public String id() {
    return id;
  }

  /** The Chinese name, e.g. {@code 执行满意率}; not null. */
  public String chineseName() {
    return chineseName;
  }

  /** The English name, e.g. {@code satisfaction rate}; not null. */
  public String englishName() {
    return englishName;
  }

  /** The unit of the value; not null. */
  public Unit unit() {
    return unit;
  }

  /** The definition: numerator, denominator, period attribution, filters; not null. */
  public Definition definition() {
    return definition;
  }

  /** The breakdowns the indicator carries, by dimension name (e.g. {@code category}), in report order. */
  public ImmutableList<String> breakdowns() {
    return breakdowns;
  }

  /** Whether the indicator follows a cohort (its numerator may grow after the period), rather than a flow. */
  public boolean isCohort() {
    return this == RISK_RESOLUTION_RATE
        || this == DELEGATION_RESOLUTION_RATE
        || this == PRE_ENFORCEMENT_RESOLUTION_RATE
        || this == DELEGATED_RESOLUTION_RATE;
  }

  /**
   * The indicator with this stable id.
   *
   * @throws IllegalArgumentException if no indicator has it
   */
  public static IndicatorId ofId(String id) {
    for (IndicatorId indicator : values()) {
      if (indicator.id.equals(id)) {
        return indicator;
      }
    }
    throw new IllegalArgumentException("no indicator has the id \"" + id + "\"");
  }
}
