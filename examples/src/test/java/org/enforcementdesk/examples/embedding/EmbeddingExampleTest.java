package org.enforcementdesk.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.desk.Submission;
import org.enforcementdesk.examples.embedding.HostChannels.AppMessage;
import org.enforcementdesk.examples.embedding.HostChannels.Caller;
import org.enforcementdesk.examples.embedding.HostChannels.HotlineCall;
import org.enforcementdesk.examples.embedding.HostChannels.WindowVisit;
import org.enforcementdesk.examples.embedding.SmsAndAppSink.Message;
import org.enforcementdesk.examples.embedding.SmsAndAppSink.Route;
import org.enforcementdesk.metrics.IndicatorId;
import org.enforcementdesk.metrics.IndicatorReport;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.Recipient;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.NoteAudience;
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.view.PartySubmission;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A week at the enforcement service centre of a basic court, run through the embedding example on simulated time:
 * a request from each channel, an urge, a delegation to a village mediator resolved by voluntary performance, a
 * dissatisfied evaluation, a deadline warning from the scheduler, an SMS gateway outage, and the month's indicators.
 *
 * <p>The story runs once, before the tests; each test checks one thing the host relies on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddingExampleTest {

  private static final String FUNDS_CASE = "（2025）闽0322执1234号";
  private static final String QUERY_CASE = "（2025）闽0322执2345号";
  private static final String WAGES_CASE = "（2026）闽0322执88号";

  private static final Caller ZHANG = new Caller("P-1001", PartyRole.APPLICANT, "张三", "13800001234", Locale.CHINA);
  private static final Caller LI = new Caller("P-2002", PartyRole.APPLICANT, "李四", "13900005678", Locale.CHINA);
  private static final Caller WANG = new Caller("P-3003", PartyRole.APPLICANT, "王五", "13700009012", Locale.CHINA);

  private static final Actor OFFICER = Actor.officer("o-17");
  private static final Actor DIRECTOR = Actor.director("d-1");
  private static final Actor MEDIATOR = CourtSystem.actorOf(CourtSystem.HOUQIN_MEDIATOR);

  /** Moves the host's clock; the story below sets it before every step. */
  private final SimulatedClock clock = new SimulatedClock("2026-03-16T08:30+08:00");

  private CourtSystem court;

  // What the story saw on the way, for the tests below.
  private Submission window;
  private Submission hotline;
  private Submission app;
  private Submission hotlineAgain;
  private Submission hotlineAgainRetried;
  private Optional<DelegationTarget> suggested;
  private DeskScheduler.Run duringOutage;
  private DeskScheduler.Run afterOutage;
  private DeskScheduler.Run afternoonTick;
  private IndicatorReport march;

  /** The host's case system: the facts it keeps on each case, which the rules read. */
  private static RequestFacts caseFacts(CaseNumber number) {
    if (number.equals(CaseNumber.parse(WAGES_CASE))) {
      // A migrant worker's unpaid wages, 8,000 yuan, party living in 后沁村: the rules suggest the village mediator.
      return RequestFacts.builder()
          .causeOfAction("追索劳动报酬纠纷")
          .amountAtStake(new BigDecimal("8000"))
          .partyVillage("后沁村")
          .build();
    }
    return RequestFacts.none();
  }

  @BeforeAll
  void runTheWeek() {
    court = CourtSystem.start(clock, EmbeddingExampleTest::caseFacts);

    // Monday 16 March. A party at the window asks for the payout of collected money.
    at("2026-03-16T09:00+08:00");
    window = court.channels().submit(new WindowVisit(
        "20260316-A017", now(), "w-03", ZHANG, FUNDS_CASE, "FUNDS_PAYOUT", "申请发放执行案款"));
    at("2026-03-16T09:10+08:00");
    court.desk().noteProgress(id(window), OFFICER, "已当面告知申请人案款发放流程", true, NoteAudience.PARTY);
    court.scheduler().run();

    // A call on the 12368 hotline: where is my money? The officer calls back and notes it, phone number included.
    at("2026-03-16T10:00+08:00");
    hotline = court.channels().submit(new HotlineCall(
        "C-7781", now(), "hl-02", LI, QUERY_CASE, "PROGRESS_QUERY", "询问执行款到账进度"));
    at("2026-03-16T10:30+08:00");
    court.desk().noteProgress(
        id(hotline), OFFICER, "已电话联系申请人（13900005678），正在核查到账情况", true, NoteAudience.PARTY);
    court.scheduler().run();

    // In the evening, through the app: a worker chases his unpaid wages.
    at("2026-03-16T20:15+08:00");
    PartySubmission fromApp = court.channels().submit(new AppMessage(
        "M-5501", now(), WANG, WAGES_CASE, "CHASE_PROGRESS", "工资款什么时候能执行到位？"));
    app = new Submission(court.desk().workOrder(fromApp.request().id(), OFFICER), fromApp.linkedToOpenOrder());
    court.scheduler().run();

    // Tuesday 17 March. The officer contacts the worker and delegates, as the rules suggest, to the village mediator.
    at("2026-03-17T09:00+08:00");
    court.desk().noteProgress(id(app), OFFICER, "已联系申请人，拟委派后沁村调解主任上门化解", true, NoteAudience.PARTY);
    suggested = court.suggestedResolver(app.workOrder());
    court.desk().delegation().delegate(id(app), OFFICER, suggested.orElseThrow(), "劳动报酬8000元，当事人同村");

    // The hotline caller calls again: the same question on the same case becomes an urge of the open request. The
    // SMS gateway is down meanwhile, and the hotline system, timing out, submits the same call a second time.
    at("2026-03-17T09:30+08:00");
    court.sink().smsGatewayDown(true);
    HotlineCall again =
        new HotlineCall("C-7790", now(), "hl-02", LI, QUERY_CASE, "PROGRESS_QUERY", "再次来电催问到账进度");
    hotlineAgain = court.channels().submit(again);
    hotlineAgainRetried = court.channels().submit(again);
    duringOutage = court.scheduler().run();
    at("2026-03-17T10:00+08:00");
    court.sink().smsGatewayDown(false);
    afterOutage = court.scheduler().run();

    // The scheduler's afternoon run: the progress query has used 75% of its working day (at 12:00) and is unresolved.
    at("2026-03-17T14:00+08:00");
    afternoonTick = court.scheduler().run();
    at("2026-03-17T15:00+08:00");
    court.desk().resolve(id(hotline), OFFICER, "经核查，执行款已于今日划入申请人账户");
    court.scheduler().run();

    // Wednesday 18 March.
    at("2026-03-18T10:00+08:00");
    court.desk().forResolver(MEDIATOR).noteProgress(id(app), "已上门调解，被执行人同意本周内支付", false);
    at("2026-03-18T16:00+08:00");
    court.desk().resolve(id(window), OFFICER, "案款12000元已发放至申请人账户");
    at("2026-03-18T16:30+08:00");
    court.desk().feedback().recordCallback(id(hotline), OFFICER, CallbackOutcome.REACHED, "回访申请人");
    court.desk().feedback().evaluate(id(hotline), OFFICER, Evaluation.all(Rating.BASICALLY_SATISFIED, "到账了，就是慢了点"));
    court.scheduler().run();

    // Thursday 19 March. The debtor pays the worker: the mediator resolves by voluntary performance.
    at("2026-03-19T10:00+08:00");
    court.desk().forResolver(MEDIATOR).resolve(
        id(app), ResolutionKind.VOLUNTARY_PERFORMANCE, "被执行人已自动履行，支付劳动报酬8000元");
    // The window party, called back, is dissatisfied with the attitude and the process.
    at("2026-03-19T10:30+08:00");
    court.desk().feedback().recordCallback(id(window), OFFICER, CallbackOutcome.REACHED, "回访申请人");
    court.desk().feedback().evaluate(id(window), OFFICER, Evaluation.of(
        Map.of(
            EvaluationAspect.ATTITUDE, Rating.DISSATISFIED,
            EvaluationAspect.PROCESS, Rating.DISSATISFIED,
            EvaluationAspect.MANNER, Rating.SATISFIED,
            EvaluationAspect.MEASURES, Rating.SATISFIED,
            EvaluationAspect.PROCEDURE, Rating.SATISFIED),
        "窗口人员态度生硬，材料来回跑了两趟"));
    court.scheduler().run();

    // Friday 20 March: the court is closed for training. Monday 23 March.
    at("2026-03-23T09:00+08:00");
    court.desk().forParty(WANG.partyId()).evaluate(id(app), Evaluation.all(Rating.SATISFIED, "感谢调解主任"));
    at("2026-03-23T10:00+08:00");
    court.desk().feedback().recordCallback(id(window), DIRECTOR, CallbackOutcome.REACHED, "主任回访，致歉并说明整改安排");
    at("2026-03-23T17:00+08:00");
    court.scheduler().run();
    march = court.indicators().report(YearMonth.of(2026, 3), 400);
  }

  private void at(String offsetDateTime) {
    clock.set(offsetDateTime);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private static RequestId id(Submission submission) {
    return submission.workOrder().id();
  }

  private WorkOrder order(Submission submission) {
    return court.desk().workOrder(id(submission), OFFICER);
  }

  // ---- intake: a request from each channel, accepted with its deadlines --------------------------------------------

  @Test
  void submit_eachChannel_acceptedWithTheRulesDeadlines() {
    assertThat(List.of(window, hotline, app)).noneMatch(Submission::linkedToOpenOrder);
    assertThat(List.of(id(window), id(hotline), id(app)))
        .extracting(RequestId::value)
        .containsExactly("WIN-20260316-A017", "12368-C-7781", "APP-M-5501");

    // Funds payout: priority, 10 working days. Counted from Tuesday, the closure on Friday 20 March is skipped, so it
    // is due on Tuesday 31 March at close of office rather than Monday 30.
    assertThat(window.workOrder().urgency()).contains(Urgency.PRIORITY);
    assertThat(window.workOrder().due(SlaTarget.RESOLUTION))
        .contains(OffsetDateTime.parse("2026-03-31T17:30+08:00"));
    // Progress query: answered within 4 working hours (10:00-12:00, 14:30-16:30), resolved within 1 working day.
    assertThat(hotline.workOrder().due(SlaTarget.RESPONSE)).contains(OffsetDateTime.parse("2026-03-16T16:30+08:00"));
    assertThat(hotline.workOrder().due(SlaTarget.RESOLUTION))
        .contains(OffsetDateTime.parse("2026-03-17T17:30+08:00"));
    // Chase of progress, received in the evening: 3 working days from Tuesday, due Thursday 19 March.
    assertThat(app.workOrder().due(SlaTarget.RESOLUTION)).contains(OffsetDateTime.parse("2026-03-19T17:30+08:00"));
  }

  @Test
  void calendar_courtClosure_isSkippedAndNamedInTheDerivation() {
    String explained =
        court.calendar().due(OffsetDateTime.parse("2026-03-16T09:00+08:00"), Period.parse("10 working days")).explain();

    assertThat(explained).contains("2026-03-20 (Fri) skipped: court closure: 全院业务培训");
    assertThat(court.calendar().isWorkingDay(LocalDate.of(2026, 3, 20))).isFalse();
  }

  // ---- the urge, and the host's retry ------------------------------------------------------------------------------

  @Test
  void submit_sameCallerSameCaseSameType_isLinkedAsAnUrge_andARetryDoesNotUrgeTwice() {
    assertThat(hotlineAgain.linkedToOpenOrder()).isTrue();
    assertThat(id(hotlineAgain)).isEqualTo(id(hotline));
    assertThat(hotlineAgainRetried).isEqualTo(hotlineAgain);
    assertThat(order(hotline).urgeCount()).isEqualTo(1);
  }

  // ---- delegation to the village mediator --------------------------------------------------------------------------

  @Test
  void delegate_toTheSuggestedVillageMediator_resolvedByVoluntaryPerformance() {
    assertThat(suggested).contains(CourtSystem.HOUQIN_MEDIATOR);

    WorkOrder wages = order(app);
    assertThat(wages.delegations()).singleElement().satisfies(d -> {
      assertThat(d.target()).isEqualTo(CourtSystem.HOUQIN_MEDIATOR);
    });
    assertThat(wages.history())
        .extracting(e -> e.event().getClass().getSimpleName())
        .contains("Delegated", "Resolved");
    assertThat(wages.state()).isEqualTo(WorkOrderState.EVALUATED);
    assertThat(wages.result()).contains("被执行人已自动履行，支付劳动报酬8000元");
  }

  // ---- the party's voice: rectification ----------------------------------------------------------------------------

  @Test
  void evaluate_twoAspectsDissatisfied_opensTwoRectificationItemsAndARiskFlag() {
    WorkOrder funds = order(window);

    // One item per dissatisfied aspect, owned by the centre director within 5 working days: Friday's closure
    // skipped, from Thursday 19 March to Friday 27 March.
    assertThat(funds.rectificationItems())
        .extracting(item -> item.aspect(), item -> item.ownerTier(), item -> item.due())
        .containsExactlyInAnyOrder(
            tuple(
                EvaluationAspect.ATTITUDE, Tier.CENTER_DIRECTOR, OffsetDateTime.parse("2026-03-27T17:30+08:00")),
            tuple(
                EvaluationAspect.PROCESS, Tier.CENTER_DIRECTOR, OffsetDateTime.parse("2026-03-27T17:30+08:00")));
    assertThat(funds.riskFlags()).contains(RiskKind.NEGATIVE_FEEDBACK);
  }

  // ---- the scheduler: a warning, and retries through an outage -----------------------------------------------------

  @Test
  void tick_progressQueryPastItsAtRiskShare_raisesOneWarning() {
    assertThat(afternoonTick.tick().warnings()).isEqualTo(1);
    assertThat(afternoonTick.tick().breaches()).isZero();
    assertThat(court.sink().sent())
        .filteredOn(m -> m.kind() == NotificationKind.SLA_WARNING)
        .singleElement()
        .satisfies(m -> {
          assertThat(m.route()).isEqualTo(Route.COURT_APP);
          assertThat(m.text()).startsWith("【超期预警】执行诉求12368-C-7781").contains("2026年3月17日17:30（北京时间）");
        });
  }

  @Test
  void dispatch_smsGatewayDown_keepsTheUrgeReceiptPendingAndDeliversItOnceLater() {
    assertThat(duringOutage.stillPending()).isPositive();
    assertThat(afterOutage.stillPending()).isZero();

    List<Message> receipts = court.sink().sent().stream()
        .filter(m -> m.kind() == NotificationKind.URGE_RECEIPT)
        .toList();
    assertThat(receipts).singleElement().satisfies(m -> {
      assertThat(m.sentAt()).isEqualTo(OffsetDateTime.parse("2026-03-17T10:00+08:00").toInstant());
      assertThat(m.text()).contains("已并入该诉求并记为一次催办");
    });
    // Exactly once: no idempotency key twice in the log.
    assertThat(court.sink().sent()).extracting(Message::idempotencyKey).doesNotHaveDuplicates();
  }

  // ---- the sink: rendered Chinese, masked numbers --------------------------------------------------------------------

  @Test
  void sink_partyMessages_renderedInChinese_withTheirPhoneNumbersMasked() {
    List<Message> sent = court.sink().sent();

    assertThat(sent).filteredOn(m -> m.recipient().equals(new Recipient(Recipient.Kind.PARTY, "P-1001")))
        .extracting(Message::kind)
        .containsExactly(
            NotificationKind.ACCEPTANCE_NOTICE, NotificationKind.DEADLINE_NOTICE, NotificationKind.PROGRESS,
            NotificationKind.RESOLUTION_FEEDBACK, NotificationKind.EVALUATION_INVITATION);
    assertThat(sent).filteredOn(m -> m.route() == Route.SMS)
        .allSatisfy(m -> assertThat(m.address()).matches("1[3-9]\\d\\*{4}\\d{4}"))
        .extracting(Message::address)
        .contains("138****1234", "139****5678");
    assertThat(sent).filteredOn(m -> m.recipient().id().equals("P-3003"))
        .allSatisfy(m -> assertThat(m.address()).isEqualTo("app:P-3003"));
    assertThat(sent).filteredOn(m -> m.kind() == NotificationKind.ACCEPTANCE_NOTICE)
        .extracting(Message::text)
        .contains("【执行服务中心】您的执行诉求（编号WIN-20260316-A017，案号（2025）闽0322执1234号）已受理。"
            + "类型：申请发放案款；等级：优先；承办：中心干警；将于2026年3月31日17:30（北京时间）前办结。");
    // The officer typed the caller's number into a note; the text that left the court has it masked.
    assertThat(sent).filteredOn(m -> m.kind() == NotificationKind.PROGRESS && m.recipient().id().equals("P-2002"))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).contains("已电话联系申请人（139****5678）"));
    // No full number anywhere in the log.
    assertThat(sent).allSatisfy(m -> assertThat(m.address() + m.text())
        .doesNotContain("13800001234", "13900005678", "13700009012"));
  }

  @Test
  void sink_courtMessages_goToTheResolverAndTheCentreDirector() {
    assertThat(court.sink().sent())
        .filteredOn(m -> m.route() == Route.COURT_APP)
        .extracting(m -> m.kind() + " " + m.address())
        .contains(
            "DELEGATION RESOLVER:vm-houqin",
            "RISK_ALERT TIER:CENTER_DIRECTOR",
            "RECTIFICATION_ASSIGNED TIER:CENTER_DIRECTOR");
  }

  // ---- the month's indicators ------------------------------------------------------------------------------------

  @Test
  void report_march_countsTheWeek() {
    // Three requests, one per channel; the linked duplicate call is an urge, not a request.
    assertThat(count(IndicatorId.REQUESTS_RECEIVED)).isEqualTo(3);
    assertThat(march.indicator(IndicatorId.REQUESTS_RECEIVED).breakdown("channel").keySet())
        .containsExactly("APP", "HOTLINE", "WINDOW");
    assertThat(count(IndicatorId.URGES)).isEqualTo(1);
    // Visits: the three requests name a case, and so does the duplicate call: 4 visits over the 400 enforcement
    // cases the host's case system counts for March.
    assertThat(count(IndicatorId.VISITS)).isEqualTo(4);
    assertThat(rate(IndicatorId.CASE_VISIT_RATIO)).isEqualTo("4/400");
    // All three resolved before their deadlines, with and without pause credit (the delegation paused the clock).
    assertThat(rate(IndicatorId.ON_TIME_RATE_GROSS)).isEqualTo("3/3");
    assertThat(rate(IndicatorId.ON_TIME_RATE_NET)).isEqualTo("3/3");
    // Evaluations: basically satisfied (hotline), satisfied (app), dissatisfied (window).
    assertThat(rate(IndicatorId.SATISFACTION_RATE)).isEqualTo("2/3");
    assertThat(march.indicator(IndicatorId.SATISFACTION_RATE).current().display()).isEqualTo("66.67%");
    assertThat(count(IndicatorId.DISSATISFIED_RATINGS)).isEqualTo(2);
    // Callbacks: the hotline's, the window's and the centre director's second one; all reached the party.
    assertThat(rate(IndicatorId.CALLBACK_REACH_RATE)).isEqualTo("3/3");
    // Two items opened on 19 March, due 27 March: not overdue as of Monday 23 March, the report's as-of instant.
    assertThat(count(IndicatorId.RECTIFICATIONS_OPENED)).isEqualTo(2);
    assertThat(count(IndicatorId.RECTIFICATIONS_OVERDUE)).isZero();
    // The negative feedback opened the only risk case.
    assertThat(count(IndicatorId.RISK_CASES_SCREENED)).isEqualTo(1);
    // One delegation, to a village mediator, resolved while delegated; none to the pre-enforcement team.
    assertThat(rate(IndicatorId.DELEGATION_RESOLUTION_RATE)).isEqualTo("1/1");
    assertThat(rate(IndicatorId.DELEGATED_RESOLUTION_RATE)).isEqualTo("1/1");
    assertThat(march.indicator(IndicatorId.PRE_ENFORCEMENT_RESOLUTION_RATE).current().isApplicable()).isFalse();
    // First contact, in office time: 10 minutes (window), 30 minutes (hotline), 1 hour (the app message came at 20:15,
    // the office opened at 08:00 and the officer called at 09:00). The median of three is the second.
    assertThat(duration(IndicatorId.FIRST_CONTACT_MEDIAN_WORKING)).isEqualTo(Duration.ofMinutes(30));
    // Resolution, in office time with paused time included: 9.5 hours (hotline, Monday 10:00 to Tuesday 15:00),
    // 16 hours (app, Tuesday and Wednesday whole and Thursday 08:00-10:00), 18.5 hours (window, Monday 09:00 to
    // Wednesday 16:00).
    assertThat(duration(IndicatorId.RESOLUTION_MEDIAN_WORKING)).isEqualTo(Duration.ofHours(16));
    // No deadline was missed, so nothing was escalated.
    assertThat(count(IndicatorId.SLA_BREACHES)).isZero();
    assertThat(count(IndicatorId.ESCALATIONS)).isZero();
    // Every message the sink sent this month, as the host counted them.
    assertThat(count(IndicatorId.NOTIFICATIONS_PUSHED)).isEqualTo(court.sink().sent().size());
  }

  @Test
  void report_march_isReadAsOfTheHostsClock() {
    assertThat(march.asOf()).isEqualTo(OffsetDateTime.parse("2026-03-23T17:00+08:00"));
    assertThat(march.toJson()).contains("\"label\": \"2026-03\"");
  }

  private long count(IndicatorId id) {
    return march.indicator(id).current().numerator();
  }

  private Duration duration(IndicatorId id) {
    return march.indicator(id).current().duration().orElseThrow();
  }

  private String rate(IndicatorId id) {
    var measure = march.indicator(id).current();
    return measure.numerator() + "/" + measure.denominator();
  }
}
