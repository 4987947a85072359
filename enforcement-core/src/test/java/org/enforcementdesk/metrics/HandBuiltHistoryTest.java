package org.enforcementdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementdesk.metrics.History.CASE_1;
import static org.enforcementdesk.metrics.History.CASE_2;
import static org.enforcementdesk.metrics.History.TEAM;
import static org.enforcementdesk.metrics.History.URGENT;
import static org.enforcementdesk.metrics.History.VILLAGE;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.sla.SlaTarget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A small month written by hand, March 2026 in Beijing time, with every indicator worked out in the comments. March
 * 2026 has no holidays; office hours are 08:00-12:00 and 14:30-17:30 (7 hours a day); 2 March is a Monday. Normal
 * targets: response 1 working day, resolution 5 working days (the day of receipt does not count; due at 17:30).
 *
 * <pre>
 * R1 hotline, funds payout, 民间借贷, case 1, received Mon 03-02 09:00, due Mon 03-09 17:30, handler o-1.
 *    Duplicate submitted 03-03 08:30. Contact 03-02 10:00 (1 h natural, 1 h working). Resolved Wed 03-04 11:00: on
 *    time gross and net; 50 h natural = 180000 s; working 6 + 7 + 3 = 16 h = 57600 s. Callback reached 03-05,
 *    evaluated all satisfied 03-05.
 * R2 app, funds payout, 追索劳动报酬, case 1, received Tue 03-03 15:00, gross due Tue 03-10 17:30, handler o-2.
 *    Paused Wed 03-04 09:00 to Fri 03-06 09:00: three working days touched (4, 5, 6), so net due is 8 working days,
 *    Fri 03-13 17:30. Resolved Thu 03-12 10:00 without contact: late gross, on time net. 8 days 19 h natural =
 *    759600 s; working 2.5 + 21 + 21 + 2 = 46.5 h = 167400 s (also its time to first contact). Evaluated 03-13:
 *    attitude and measures dissatisfied; item 1 (attitude, centre director, due 03-20 17:30) closed 03-18 in time;
 *    item 2 (measures, officer, due 03-20 17:30) closed 03-24, late. Callback unreachable 03-13.
 * R3 window, seizure renewal, case 1, received Wed 03-04 09:30, urgent (2 natural hours: due 11:30), handler o-1.
 *    Urged 10:00. Contact 09:40 (600 s both). Breached 11:30 as officer, escalated to the centre director 11:31
 *    (handler cleared). Resolved 12:30: late both; 3 h = 10800 s natural, 09:30-12:00 = 9000 s working.
 *    Evaluation declined 03-05.
 * R4 mini-program, case not yet filed, received Thu 03-05 10:00, gross due Thu 03-12 17:30. Delegated to the
 *    pre-enforcement team 11:00, pausing the clock; resolved by voluntary performance Thu 03-19 16:00 while
 *    delegated. Paused days after receipt: 6, 9-13, 16-19 = 10 working days, net due 15 working days = Thu 03-26:
 *    late gross, on time net. 1231200 s natural; working 5 + 63 + 5.5 = 73.5 h = 264600 s. Not a visit.
 * R5 hotline, case 1, received Mon 03-09 09:00. Delegated to a village mediator 10:00 (clock running); overdue
 *    03-16 17:31; returned 03-17; withdrawn 03-18.
 * R6 hotline, case 1, received Tue 03-10 09:00, rejected 09:30.
 * R7 case 1, received Wed 2026-02-25 09:00, resolved Thu 02-26 10:00 on time: the previous period.
 * R8 case 1, received Mon 2025-03-10 09:00, resolved Tue 03-11 09:00 on time: a year earlier.
 * Case 1: contact (visit) 2026-02-20; contact (visit) 03-11, contact (call) 03-12, petition 03-12 10:00; risk
 *    triggered 03-12 11:00 (repeated visits: opens), 03-13 (petition unresolved: joins), closed 03-25.
 * Case 2: risk triggered 03-20 (threatened petition: opens), never closed.
 * Host: enforcement cases 100 (March 2026), 80 (February 2026), 90 (March 2025); notifications pushed in March:
 *    5 acceptance notices and 3 progress messages; none given for February or March 2025.
 * </pre>
 */
class HandBuiltHistoryTest {

  private static final ReportPeriod MARCH = ReportPeriod.month(2026, 3);
  private static IndicatorReport report;

  @BeforeAll
  static void buildTheMonth() {
    History h = new History();
    h.order("R1", "2026-03-02T09:00").cause("民间借贷").accepted()
        .assigned("2026-03-02T09:05", Tier.OFFICER, "o-1")
        .contact("2026-03-02T10:00")
        .duplicate("2026-03-03T08:30")
        .resolved("2026-03-04T11:00")
        .callback("2026-03-05T10:00", CallbackOutcome.REACHED)
        .evaluated("2026-03-05T10:05", Evaluation.all(Rating.SATISFIED, "满意"))
        .closed("2026-03-05T10:10");
    Map<EvaluationAspect, Rating> twoBad = new EnumMap<>(EvaluationAspect.class);
    for (EvaluationAspect aspect : EvaluationAspect.values()) {
      twoBad.put(aspect, Rating.BASICALLY_SATISFIED);
    }
    twoBad.put(EvaluationAspect.ATTITUDE, Rating.DISSATISFIED);
    twoBad.put(EvaluationAspect.MEASURES, Rating.DISSATISFIED);
    h.order("R2", "2026-03-03T15:00").channel(Channel.APP).cause("追索劳动报酬").accepted()
        .assigned("2026-03-03T15:05", Tier.OFFICER, "o-2")
        .paused("2026-03-04T09:00")
        .resumed("2026-03-06T09:00")
        .resolved("2026-03-12T10:00")
        .evaluated("2026-03-13T09:00", Evaluation.of(twoBad, "态度差"))
        .rectificationOpened("2026-03-13T09:05", 1, EvaluationAspect.ATTITUDE, Tier.CENTER_DIRECTOR, "2026-03-20T17:30")
        .rectificationOpened("2026-03-13T09:05", 2, EvaluationAspect.MEASURES, Tier.OFFICER, "2026-03-20T17:30")
        .callback("2026-03-13T10:00", CallbackOutcome.UNREACHABLE)
        .rectificationMeasure("2026-03-16T09:00", 1)
        .rectificationClosed("2026-03-18T10:00", 1)
        .rectificationMeasure("2026-03-23T09:00", 2)
        .rectificationClosed("2026-03-24T10:00", 2);
    h.order("R3", "2026-03-04T09:30").channel(Channel.WINDOW).type("SEIZURE_RENEWAL").accepted(Urgency.URGENT, URGENT)
        .assigned("2026-03-04T09:31", Tier.OFFICER, "o-1")
        .contact("2026-03-04T09:40")
        .urged("2026-03-04T10:00")
        .warned("2026-03-04T11:00", SlaTarget.RESOLUTION, "2026-03-04T11:30")
        .breached("2026-03-04T11:30", SlaTarget.RESOLUTION, "2026-03-04T11:30")
        .escalated("2026-03-04T11:31", Tier.OFFICER, Tier.CENTER_DIRECTOR)
        .resolved("2026-03-04T12:30")
        .evaluated("2026-03-05T09:00", Evaluation.declinedBy("不想评价"));
    h.order("R4", "2026-03-05T10:00").channel(Channel.MINI_PROGRAM).notYetFiled().accepted()
        .delegated("2026-03-05T11:00", TEAM, "2026-03-20T17:30", true)
        .resolved("2026-03-19T16:00", ResolutionKind.VOLUNTARY_PERFORMANCE);
    h.order("R5", "2026-03-09T09:00").accepted()
        .delegated("2026-03-09T10:00", VILLAGE, "2026-03-16T17:30", false)
        .delegationOverdue("2026-03-16T17:31", VILLAGE, "2026-03-16T17:30")
        .returned("2026-03-17T09:00")
        .withdrawn("2026-03-18T09:00");
    h.order("R6", "2026-03-10T09:00").rejected("2026-03-10T09:30");
    h.order("R7", "2026-02-25T09:00").accepted().resolved("2026-02-26T10:00");
    h.order("R8", "2025-03-10T09:00").accepted().resolved("2025-03-11T09:00");
    h.onCase(CASE_1)
        .contact("2026-02-20T09:00", ContactKind.VISIT)
        .contact("2026-03-11T09:00", ContactKind.VISIT)
        .contact("2026-03-12T09:00", ContactKind.CALL)
        .petition("2026-03-12T10:00", "XF-1")
        .risk("2026-03-12T11:00", RiskKind.REPEATED_VISITS)
        .risk("2026-03-13T11:00", RiskKind.PETITION_UNRESOLVED)
        .riskClosed("2026-03-25T11:00");
    h.onCase(CASE_2).risk("2026-03-20T09:00", RiskKind.PETITION_THREATENED);
    HostFigures host =
        HostFigures.builder()
            .enforcementCases(MARCH, 100)
            .enforcementCases(MARCH.previous(), 80)
            .enforcementCases(MARCH.yearEarlier(), 90)
            .notificationsPushed(MARCH, Map.of(NotificationKind.ACCEPTANCE_NOTICE, 5L, NotificationKind.PROGRESS, 3L))
            .build();
    report = Indicators.over(h.ledger(), MARCH, History.CALENDAR, host);
  }

  private static Indicator get(IndicatorId id) {
    return report.indicator(id);
  }

  @Test
  void volumes() {
    // R1-R6 were received in March; R7 in February; R8 in March 2025.
    Indicator received = get(IndicatorId.REQUESTS_RECEIVED);
    assertThat(received.current()).isEqualTo(Measure.count(6));
    assertThat(received.previous()).isEqualTo(Measure.count(1));
    assertThat(received.yearEarlier()).isEqualTo(Measure.count(1));
    // 6 against 1: +5, +500%.
    assertThat(received.changeVsPrevious().difference()).contains(new BigDecimal("5"));
    assertThat(received.changeVsPrevious().display()).isEqualTo("+500.00%");
    // Hotline R1, R5, R6; app R2; window R3; mini-program R4.
    assertThat(counts(received, "channel")).isEqualTo(Map.of("HOTLINE", 3L, "APP", 1L, "WINDOW", 1L, "MINI_PROGRAM", 1L));
    // Accepted: R1, R2, R4, R5 normal; R3 urgent; R6 rejected, so not in the urgency breakdown.
    assertThat(counts(received, "urgency")).isEqualTo(Map.of("NORMAL", 4L, "URGENT", 1L));
    assertThat(counts(received, "cause_of_action"))
        .isEqualTo(Map.of("民间借贷", 1L, "追索劳动报酬", 1L, "unspecified", 4L));
    assertThat(counts(received, "type")).isEqualTo(Map.of("FUNDS_PAYOUT", 5L, "SEIZURE_RENEWAL", 1L));
    assertThat(counts(received, "category")).isEqualTo(Map.of("CASE_FUNDS", 5L, "INQUIRY_AND_CONTROL", 1L));
    // A month's series is by day.
    assertThat(counts(received, "sub_period"))
        .isEqualTo(
            Map.of(
                "2026-03-02", 1L, "2026-03-03", 1L, "2026-03-04", 1L, "2026-03-05", 1L, "2026-03-09", 1L,
                "2026-03-10", 1L));
    assertThat(get(IndicatorId.REQUESTS_REJECTED).current()).isEqualTo(Measure.count(1)); // R6
    assertThat(get(IndicatorId.REQUESTS_WITHDRAWN).current()).isEqualTo(Measure.count(1)); // R5
    // R1's duplicate and R3's urge.
    assertThat(counts(get(IndicatorId.URGES), "kind")).isEqualTo(Map.of("DUPLICATE", 1L, "URGE", 1L));
  }

  @Test
  void visitsAndPetitions() {
    // Requests naming a case: R1, R2, R3, R5, R6 (R4's case is not filed) = 5; R1's duplicate = 1; contacts = 2.
    Indicator visits = get(IndicatorId.VISITS);
    assertThat(visits.current()).isEqualTo(Measure.count(8));
    assertThat(counts(visits, "source"))
        .isEqualTo(Map.of("REQUEST", 5L, "DUPLICATE", 1L, "CONTACT_VISIT", 1L, "CONTACT_CALL", 1L));
    // 8 / 100 = 8.00%; February: R7 + the contact of 02-20 = 2 / 80; March 2025: R8 = 1 / 90.
    Indicator ratio = get(IndicatorId.CASE_VISIT_RATIO);
    assertThat(ratio.current()).isEqualTo(Measure.ratio(8, 100));
    assertThat(ratio.current().display()).isEqualTo("8.00%");
    assertThat(ratio.previous()).isEqualTo(Measure.ratio(2, 80));
    assertThat(ratio.yearEarlier()).isEqualTo(Measure.ratio(1, 90));
    // 0.08 / 0.025 - 1 = 2.2; 0.08 / (1/90) - 1 = 6.2; the difference against a year earlier is 0.08 - 0.011111.
    assertThat(ratio.changeVsPrevious().relative()).contains(new BigDecimal("2.200000"));
    assertThat(ratio.changeYearOverYear().relative()).contains(new BigDecimal("6.200000"));
    assertThat(ratio.changeYearOverYear().difference()).contains(new BigDecimal("0.068889"));
    assertThat(ratio.breakdown("source").get("REQUEST")).isEqualTo(Measure.ratio(5, 100));
    // One petition: 1 / 100; none in February (0 / 80): the relative change is not applicable, the difference is.
    Indicator petitions = get(IndicatorId.PETITION_RATIO);
    assertThat(petitions.current()).isEqualTo(Measure.ratio(1, 100));
    assertThat(petitions.previous()).isEqualTo(Measure.ratio(0, 80));
    assertThat(petitions.changeVsPrevious().relative()).isEmpty();
    assertThat(petitions.changeVsPrevious().relativeNotApplicableReason()).contains("earlier value is zero");
    assertThat(petitions.changeVsPrevious().difference()).contains(new BigDecimal("0.010000"));
    assertThat(get(IndicatorId.PETITIONS).current()).isEqualTo(Measure.count(1));
  }

  @Test
  void onTimeRates() {
    // Resolved in March: R1 (on time), R2 (late gross, on time net), R3 (late), R4 (late gross, on time net).
    Indicator gross = get(IndicatorId.ON_TIME_RATE_GROSS);
    Indicator net = get(IndicatorId.ON_TIME_RATE_NET);
    assertThat(gross.current()).isEqualTo(Measure.rate(1, 4));
    assertThat(net.current()).isEqualTo(Measure.rate(3, 4));
    assertThat(net.current().display()).isEqualTo("75.00%");
    // February: R7 on time, 1 of 1; 0.25 against 1: difference -0.75, relative -75%.
    assertThat(gross.previous()).isEqualTo(Measure.rate(1, 1));
    assertThat(gross.changeVsPrevious().difference()).contains(new BigDecimal("-0.750000"));
    assertThat(gross.changeVsPrevious().display()).isEqualTo("-75.00%");
    assertThat(gross.yearEarlier()).isEqualTo(Measure.rate(1, 1));
    // Net by tier: officer R1, R2, R4 on time; R3 was with the centre director when resolved, late.
    assertThat(net.breakdown("tier"))
        .containsEntry("OFFICER", Measure.rate(3, 3))
        .containsEntry("CENTER_DIRECTOR", Measure.rate(0, 1));
    // By handler: o-1 R1 on time; o-2 R2 on time; unassigned R3 (cleared by escalation) late, R4 on time.
    assertThat(net.breakdown("handler"))
        .isEqualTo(
            Map.of("o-1", Measure.rate(1, 1), "o-2", Measure.rate(1, 1), "unassigned", Measure.rate(1, 2)));
    assertThat(gross.breakdown("urgency"))
        .isEqualTo(Map.of("NORMAL", Measure.rate(1, 3), "URGENT", Measure.rate(0, 1)));
  }

  @Test
  void timesToFirstContactAndResolution() {
    // First contact, natural: R3 600, R1 3600, R2 759600, R4 1231200 (both at resolution). Nearest rank of 4:
    // median is the 2nd (ceil(4 x 0.5) = 2), p90 the 4th (ceil(4 x 0.9) = 4).
    assertThat(get(IndicatorId.FIRST_CONTACT_MEDIAN_NATURAL).current()).isEqualTo(Measure.duration(4, 3600));
    assertThat(get(IndicatorId.FIRST_CONTACT_P90_NATURAL).current()).isEqualTo(Measure.duration(4, 1231200));
    // Working: 600, 3600, 167400, 264600.
    assertThat(get(IndicatorId.FIRST_CONTACT_MEDIAN_WORKING).current()).isEqualTo(Measure.duration(4, 3600));
    assertThat(get(IndicatorId.FIRST_CONTACT_P90_WORKING).current()).isEqualTo(Measure.duration(4, 264600));
    // Resolution, natural: 10800 (R3), 180000 (R1), 759600 (R2), 1231200 (R4).
    assertThat(get(IndicatorId.RESOLUTION_MEDIAN_NATURAL).current()).isEqualTo(Measure.duration(4, 180000));
    assertThat(get(IndicatorId.RESOLUTION_P90_NATURAL).current()).isEqualTo(Measure.duration(4, 1231200));
    // Working: 9000, 57600, 167400, 264600.
    assertThat(get(IndicatorId.RESOLUTION_MEDIAN_WORKING).current()).isEqualTo(Measure.duration(4, 57600));
    assertThat(get(IndicatorId.RESOLUTION_MEDIAN_WORKING).current().display()).isEqualTo("PT16H");
    assertThat(get(IndicatorId.RESOLUTION_P90_WORKING).current()).isEqualTo(Measure.duration(4, 264600));
    // February: R7 resolved 02-26 10:00, 25 h after receipt, with no contact first.
    assertThat(get(IndicatorId.RESOLUTION_MEDIAN_NATURAL).previous()).isEqualTo(Measure.duration(1, 90000));
  }

  @Test
  void breachesAndEscalations() {
    // R3: one resolution breach as officer, one escalation officer -> centre director.
    Indicator breaches = get(IndicatorId.SLA_BREACHES);
    assertThat(breaches.current()).isEqualTo(Measure.count(1));
    assertThat(counts(breaches, "target")).isEqualTo(Map.of("RESOLUTION", 1L));
    assertThat(counts(breaches, "tier")).isEqualTo(Map.of("OFFICER", 1L));
    assertThat(counts(get(IndicatorId.ESCALATIONS), "to_tier")).isEqualTo(Map.of("CENTER_DIRECTOR", 1L));
    // Nothing in February: 1 against 0 has no relative change.
    assertThat(breaches.changeVsPrevious().display()).isEqualTo("n/a");
  }

  @Test
  void satisfactionCallbacksAndRectification() {
    // Returned: R1 (all satisfied), R2 (two aspects dissatisfied); R3 declined and is not returned.
    Indicator satisfaction = get(IndicatorId.SATISFACTION_RATE);
    assertThat(satisfaction.current()).isEqualTo(Measure.rate(1, 2));
    assertThat(satisfaction.current().display()).isEqualTo("50.00%");
    // No evaluations in February: not applicable, never 0%.
    assertThat(satisfaction.previous().isApplicable()).isFalse();
    assertThat(satisfaction.previous().display()).isEqualTo("n/a");
    assertThat(satisfaction.changeVsPrevious().isApplicable()).isFalse();
    assertThat(get(IndicatorId.EVALUATIONS_DECLINED).current()).isEqualTo(Measure.count(1));
    assertThat(counts(get(IndicatorId.DISSATISFIED_RATINGS), "aspect")).isEqualTo(Map.of("ATTITUDE", 1L, "MEASURES", 1L));
    // Callbacks: R1 reached, R2 unreachable.
    assertThat(get(IndicatorId.CALLBACK_REACH_RATE).current()).isEqualTo(Measure.rate(1, 2));
    // Items: two opened, two closed; item 2 closed 03-24 after its due 03-20 17:30, so overdue; item 1 in time.
    assertThat(get(IndicatorId.RECTIFICATIONS_OPENED).current()).isEqualTo(Measure.count(2));
    assertThat(get(IndicatorId.RECTIFICATIONS_CLOSED).current()).isEqualTo(Measure.count(2));
    Indicator overdue = get(IndicatorId.RECTIFICATIONS_OVERDUE);
    assertThat(overdue.current()).isEqualTo(Measure.count(1));
    assertThat(counts(overdue, "aspect")).isEqualTo(Map.of("MEASURES", 1L));
    assertThat(counts(overdue, "owner_tier")).isEqualTo(Map.of("OFFICER", 1L));
  }

  @Test
  void riskCases() {
    // Case 1 opened by repeated visits (the later trigger joins it) and closed 03-25; case 2 opened, still open.
    assertThat(counts(get(IndicatorId.RISK_CASES_SCREENED), "trigger"))
        .isEqualTo(Map.of("REPEATED_VISITS", 1L, "PETITION_THREATENED", 1L));
    assertThat(get(IndicatorId.RISK_CASES_RESOLVED).current()).isEqualTo(Measure.count(1));
    Indicator rate = get(IndicatorId.RISK_RESOLUTION_RATE);
    assertThat(rate.current()).isEqualTo(Measure.rate(1, 2));
    assertThat(rate.breakdown("trigger"))
        .isEqualTo(Map.of("REPEATED_VISITS", Measure.rate(1, 1), "PETITION_THREATENED", Measure.rate(0, 1)));
  }

  @Test
  void delegations() {
    // R4 to the team, resolved while delegated; R5 to a village mediator, returned.
    assertThat(get(IndicatorId.DELEGATION_RESOLUTION_RATE).current()).isEqualTo(Measure.rate(1, 2));
    assertThat(get(IndicatorId.PRE_ENFORCEMENT_RESOLUTION_RATE).current()).isEqualTo(Measure.rate(1, 1));
    Indicator delegated = get(IndicatorId.DELEGATED_RESOLUTION_RATE);
    assertThat(delegated.current()).isEqualTo(Measure.rate(0, 1));
    assertThat(delegated.breakdown("target_kind")).isEqualTo(Map.of("VILLAGE_MEDIATOR", Measure.rate(0, 1)));
    assertThat(get(IndicatorId.DELEGATION_RESOLUTION_RATE).breakdown("resolver"))
        .isEqualTo(Map.of("team-1", Measure.rate(1, 1), "village-7", Measure.rate(0, 1)));
    assertThat(counts(get(IndicatorId.DELEGATIONS_OVERDUE), "target_kind")).isEqualTo(Map.of("VILLAGE_MEDIATOR", 1L));
  }

  @Test
  void notificationsComeFromTheHost() {
    // 5 + 3 in March; nothing given for February: not applicable rather than zero.
    Indicator pushed = get(IndicatorId.NOTIFICATIONS_PUSHED);
    assertThat(pushed.current()).isEqualTo(Measure.count(8));
    assertThat(pushed.previous().notApplicableReason()).contains("no notification count from the host");
    assertThat(pushed.breakdown("kind")).containsEntry("PROGRESS", Measure.count(3)).containsEntry("ESCALATION", Measure.count(0));
  }

  @Test
  void everyIndicatorIsInTheReportInCatalogueOrder() {
    assertThat(report.indicators()).extracting(Indicator::id).containsExactly(IndicatorId.values());
  }

  @Test
  void asOfMidMonth_readsOnlyWhatHadHappened() {
    // As of Sun 03-15 00:00: R2's overdue item is not due yet; R4's resolution (03-19) has not happened, so the
    // team's cohort stands at 0 of 1; case 1's risk case (closed 03-25) is still open.
    IndicatorReport midMonth = rebuild().report(MARCH, HostFigures.none(), History.at("2026-03-15T00:00"));
    assertThat(midMonth.indicator(IndicatorId.RECTIFICATIONS_OVERDUE).current()).isEqualTo(Measure.count(0));
    assertThat(midMonth.indicator(IndicatorId.PRE_ENFORCEMENT_RESOLUTION_RATE).current()).isEqualTo(Measure.rate(0, 1));
    assertThat(midMonth.indicator(IndicatorId.RISK_RESOLUTION_RATE).current()).isEqualTo(Measure.rate(0, 1));
    assertThat(midMonth.indicator(IndicatorId.ON_TIME_RATE_NET).current()).isEqualTo(Measure.rate(2, 3));
    assertThat(midMonth.indicator(IndicatorId.CASE_VISIT_RATIO).current().notApplicableReason())
        .contains("no enforcement case count from the host");
  }

  /** The same month fed event by event, interleaving the streams. */
  @Test
  void eventByEvent_givesTheSameReportAsWholeStreams() {
    History h = rebuild();
    IndicatorAccumulator accumulator = IndicatorAccumulator.of(MARCH, History.CALENDAR);
    var streams = h.streams();
    int longest = streams.stream().mapToInt(java.util.List::size).max().orElse(0);
    for (int i = 0; i < longest; i++) {
      for (var stream : streams) {
        if (i < stream.size()) {
          accumulator.accept(stream.get(i));
        }
      }
    }
    h.caseStreams().forEach(stream -> stream.forEach(accumulator::acceptCase));
    HostFigures none = HostFigures.none();
    assertThat(accumulator.report(none)).isEqualTo(h.report(MARCH, none));
  }

  private static History rebuild() {
    History h = new History();
    h.order("R2", "2026-03-03T15:00").accepted()
        .paused("2026-03-04T09:00").resumed("2026-03-06T09:00").resolved("2026-03-12T10:00")
        .rectificationOpened("2026-03-13T09:05", 2, EvaluationAspect.MEASURES, Tier.OFFICER, "2026-03-20T17:30")
        .rectificationMeasure("2026-03-23T09:00", 2).rectificationClosed("2026-03-24T10:00", 2);
    h.order("R1", "2026-03-02T09:00").accepted().contact("2026-03-02T10:00").resolved("2026-03-04T11:00");
    h.order("R3", "2026-03-04T09:30").accepted(Urgency.URGENT, URGENT).resolved("2026-03-04T12:30");
    h.order("R4", "2026-03-05T10:00").notYetFiled().accepted()
        .delegated("2026-03-05T11:00", TEAM, "2026-03-20T17:30", true)
        .resolved("2026-03-19T16:00", ResolutionKind.VOLUNTARY_PERFORMANCE);
    h.onCase(CASE_1).risk("2026-03-12T11:00", RiskKind.REPEATED_VISITS).riskClosed("2026-03-25T11:00");
    return h;
  }

  private static Map<String, Long> counts(Indicator indicator, String dimension) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    indicator.breakdown(dimension).forEach((key, measure) -> counts.put(key, measure.numerator()));
    return counts;
  }
}
