package org.enforcementdesk.examples.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.desk.AcceptanceMode;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.desk.ResolverDirectory;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.metrics.HostFigures;
import org.enforcementdesk.metrics.IndicatorReport;
import org.enforcementdesk.metrics.Indicators;
import org.enforcementdesk.metrics.ReportPeriod;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.NoteAudience;
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.order.RiskCase;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.rules.DroolsDecisionPolicy;
import org.enforcementdesk.rules.RuleBook;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.store.InMemoryRequestLedger;

/**
 * A small court run through the real desk and the default Drools rule book, for the dashboard's tests: requests
 * from every channel over whole months, accepted or rejected, handled (some late, so the rules escalate them),
 * delegated to the pre-enforcement team or a village mediator, evaluated (a few aspects rated dissatisfied, each
 * rectified), with visits, petitions and risk cases on the cases. Every step is a command on the desk at its own
 * instant, in time order; the same seed gives the same history.
 */
final class SampleCourt {

  static final WorkingCalendar CALENDAR = WorkingCalendar.china();
  private static final ZoneId ZONE = CALENDAR.zone();
  private static final Actor CLERK = Actor.officer("o-clerk");
  private static final Actor DIRECTOR = Actor.director("d-1");
  private static final Actor LEADER = Actor.bureauLeader("l-1");
  private static final DelegationTarget TEAM =
      new DelegationTarget(DelegationKind.PRE_ENFORCEMENT_TEAM, "team-1", "执前化解团队");
  private static final DelegationTarget HOUQIN =
      new DelegationTarget(DelegationKind.VILLAGE_MEDIATOR, "vm-houqin", "后沁村调解主任");
  private static final List<Channel> CHANNELS = List.of(Channel.HOTLINE, Channel.WINDOW, Channel.APP, Channel.MINI_PROGRAM);
  private static final int[] CHANNEL_WEIGHTS = {40, 25, 22, 13};
  private static final List<String> TYPES = List.of(
      "PROGRESS_QUERY", "CHASE_PROGRESS", "FUNDS_PAYOUT", "PROPERTY_LEAD", "SEIZURE_RENEWAL", "COERCIVE_MEASURE",
      "CREDIT_RESTRICTION", "AUCTION_PROGRESS", "OBJECTION_GUIDANCE", "CONDUCT_COMPLAINT", "FUNDS_CONFIRMATION",
      "CASE_RESTORATION", "SUGGESTION_OTHER");
  private static final int[] TYPE_WEIGHTS = {26, 16, 14, 8, 5, 4, 7, 5, 4, 3, 4, 2, 2};
  private static final List<String> CAUSES = List.of(
      "民间借贷纠纷", "买卖合同纠纷", "金融借款合同纠纷", "追索劳动报酬纠纷", "机动车交通事故责任纠纷",
      "建设工程施工合同纠纷", "离婚后财产纠纷", "租赁合同纠纷", "抚养费纠纷", "房屋买卖合同纠纷",
      "服务合同纠纷", "物业服务合同纠纷");
  private static final int[] CAUSE_WEIGHTS = {30, 14, 12, 9, 7, 6, 4, 4, 3, 3, 2, 2};
  private static final int CASES = 160;

  private record Step(Instant at, long seq, Runnable action) {}

  private final SplittableRandom random;
  private final MutableClock clock = new MutableClock();
  private final InMemoryRequestLedger ledger = new InMemoryRequestLedger();
  private final EnforcementDesk desk;
  private final PriorityQueue<Step> steps =
      new PriorityQueue<>(Comparator.comparing(Step::at).thenComparingLong(Step::seq));
  private long seq;
  private int requests;
  private int perMonth;

  private SampleCourt(long seed) {
    random = new SplittableRandom(seed);
    Instant loaded = OffsetDateTime.parse("2024-01-01T00:00+08:00").toInstant();
    desk = EnforcementDesk.builder()
        .policy(new DroolsDecisionPolicy(RuleBook.defaults(loaded)))
        .resolvers(ResolverDirectory.builder().addVillageMediator("后沁村", HOUQIN).add(TEAM).build())
        .clock(clock)
        .ledger(ledger)
        .acceptance(AcceptanceMode.BY_OFFICER)
        .build();
  }

  /**
   * A court that ran from {@code from} (inclusive) to {@code to} (exclusive) with about {@code perMonth} requests a
   * month, the second year a little busier and more online.
   */
  static SampleCourt run(long seed, LocalDate from, LocalDate to, int perMonth) {
    SampleCourt court = new SampleCourt(seed);
    court.perMonth = perMonth;
    for (LocalDate month = from; month.isBefore(to); month = month.plusMonths(1)) {
      court.month(month, perMonth);
    }
    court.drain(to.atStartOfDay(ZONE).toInstant());
    return court;
  }

  /** The report of {@code period}, with the host's case counts for it, the previous period and a year earlier. */
  IndicatorReport report(ReportPeriod period) {
    HostFigures.Builder host = HostFigures.builder();
    for (ReportPeriod p : List.of(period, period.previous(), period.yearEarlier())) {
      // The case system counts about 1.4 enforcement cases per request, more from 2025 as filings grew.
      long perThousandDays = p.start().getYear() > 2024 ? 1_600 : 1_400;
      host.enforcementCases(p, perMonth * p.lengthInDays() * perThousandDays / 30_400);
    }
    return Indicators.over(ledger, period, CALENDAR, host.build());
  }

  /** The report of {@code period} as of an instant inside it, as the host would take it mid-period. */
  IndicatorReport report(ReportPeriod period, Instant asOf) {
    return Indicators.over(ledger, period, CALENDAR, HostFigures.none(), asOf);
  }

  private void month(LocalDate first, int perMonth) {
    boolean later = first.getYear() > 2024;
    int n = perMonth + random.nextInt(-perMonth / 5, perMonth / 5 + 1) + (later ? perMonth / 10 : 0);
    for (int i = 0; i < n; i++) {
      LocalDate day = first.plusDays(random.nextInt(first.lengthOfMonth()));
      Instant at = day.atTime(8 + random.nextInt(9), random.nextInt(60)).atZone(ZONE).toInstant();
      int number = ++requests;
      at(at, () -> submit(number, later));
    }
    // Walk-ins and calls that were not requests, and the odd petition.
    for (int i = 0; i < perMonth / 6; i++) {
      Instant at = first.plusDays(random.nextInt(first.lengthOfMonth())).atTime(10, 0).atZone(ZONE).toInstant();
      CaseNumber number = caseNumber(random.nextInt(CASES / 4));
      ContactKind kind = random.nextBoolean() ? ContactKind.VISIT : ContactKind.CALL;
      at(at, () -> desk.cases().recordContact(number, CLERK, kind, "P-" + number.hashCode(), "询问执行进度"));
    }
    if (random.nextInt(3) == 0) {
      Instant at = first.plusDays(random.nextInt(first.lengthOfMonth())).atTime(15, 0).atZone(ZONE).toInstant();
      CaseNumber number = caseNumber(random.nextInt(CASES / 4));
      String reference = "XF-" + first + "-" + random.nextInt(1000);
      at(at, () -> desk.cases().reportPetition(number, CLERK, reference, "到市信访局反映执行问题"));
      at(at.plus(Duration.ofDays(20 + random.nextInt(30))),
          () -> desk.cases().concludePetition(number, CLERK, reference, "已答复"));
    }
    // The director reviews open risk cases each week and closes those resolved.
    for (int week = 0; week < 4; week++) {
      Instant at = first.plusDays(7L * week + 4).atTime(16, 30).atZone(ZONE).toInstant();
      at(at, this::reviewRiskCases);
    }
  }

  private void submit(int number, boolean later) {
    Channel channel = CHANNELS.get(pick(later ? new int[] {34, 22, 28, 16} : CHANNEL_WEIGHTS));
    String type = TYPES.get(pick(TYPE_WEIGHTS));
    RequestFacts.Builder facts = RequestFacts.builder();
    boolean notYetFiled = random.nextInt(12) == 0;
    int caseIndex = random.nextInt(CASES);
    if (random.nextInt(8) != 0) {
      facts.causeOfAction(CAUSES.get(pick(CAUSE_WEIGHTS)));
    }
    if ("SEIZURE_RENEWAL".equals(type)) {
      facts.seizureExpiresOn(clock.today().plusDays(random.nextBoolean() ? 3 : 40));
    }
    if ("COERCIVE_MEASURE".equals(type)) {
      facts.debtorLocatedNow(random.nextBoolean());
    }
    if (random.nextInt(6) == 0) {
      facts.livelihood(true).partyVillage("后沁村").amountAtStake(BigDecimal.valueOf(3000 + random.nextInt(40_000)));
    }
    if (notYetFiled) {
      facts.caseNotYetFiled(true);
    }
    String party = "P-" + (caseIndex * 2 + 1);
    Request.Builder request = Request.builder()
        .id(RequestId.of("R-" + number))
        .channel(channel)
        .type(TaxonomyFile.defaults().type(type))
        .receivedAt(clock.instant().atZone(ZONE).toOffsetDateTime())
        .requester(Party.of(party, PartyRole.APPLICANT, "张三").withPhone("13800000000"))
        .text(random.nextInt(40) == 0 ? "再拖下去我就去上访" : "请尽快处理")
        .facts(facts.build());
    if (!notYetFiled) {
      request.caseNumber(caseNumber(caseIndex));
    }
    boolean online = channel.equals(Channel.APP) || channel.equals(Channel.MINI_PROGRAM);
    // A party online submits through their own desk, as the court's app does; the centre then reads the whole order.
    WorkOrder order = online
        ? desk.workOrder(desk.forParty(party).submit(request.build()).request().id(), CLERK)
        : desk.submit(request.build(), CLERK).workOrder();
    if (order.state() != WorkOrderState.SUBMITTED) {
      return; // a duplicate linked to the party's open order as an urge
    }
    RequestId id = order.id();
    if (random.nextInt(25) == 0) {
      after(Duration.ofMinutes(20), () -> desk.reject(id, CLERK, "不属于执行诉求受理范围"));
      return;
    }
    after(Duration.ofMinutes(5), () -> handle(id));
  }

  private void handle(RequestId id) {
    WorkOrder order = desk.accept(id, CLERK);
    String officer = "o-" + (1 + random.nextInt(6));
    if (order.tier() == Tier.OFFICER) {
      desk.assign(id, DIRECTOR, Tier.OFFICER, officer);
    }
    Actor handler = Actor.officer(officer);
    Instant received = order.request().receivedAt().toInstant();
    Instant due = order.due(SlaTarget.RESOLUTION).orElseThrow().toInstant();
    long span = Math.max(600, Duration.between(received, due).getSeconds());
    after(Duration.ofSeconds(600 + random.nextLong(Math.max(1, Math.min(span / 3, 5 * 3600)))), () -> desk.noteProgress(id, handler, "已电话联系当事人", true, NoteAudience.PARTY));
    if (random.nextInt(10) == 0) {
      after(Duration.ofSeconds(span / 3), () -> desk.forParty(order.request().requester().id()).urge(id, "请尽快"));
    }
    if (order.decision().flatMap(d -> d.delegationSuggestion()).isPresent()) {
      DelegationTarget target = order.request().facts().isCaseNotYetFiled() ? TEAM : HOUQIN;
      after(Duration.ofHours(1), () -> delegate(id, target));
      return;
    }
    // Most finish well inside the deadline; about one in twenty runs late and is escalated by the rules.
    double share = random.nextInt(40) == 0 ? 1.05 + random.nextDouble() * 0.5 : 0.1 + random.nextDouble() * 0.8;
    after(Duration.ofSeconds((long) (span * share)), () -> resolve(id, ResolutionKind.HANDLED));
  }

  private void delegate(RequestId id, DelegationTarget target) {
    desk.delegation().delegate(id, Actor.officer("o-1"), target.resolverId(), "委派化解");
    Actor resolver = Actor.resolver(
        target.kind() == DelegationKind.PRE_ENFORCEMENT_TEAM ? ActorRole.PRE_ENFORCEMENT_TEAM : ActorRole.EXTERNAL_RESOLVER,
        target.resolverId());
    Duration working = Duration.ofDays(3 + random.nextInt(26));
    if (random.nextInt(100) < 44) {
      after(working, () -> {
        desk.forResolver(resolver).resolve(id, ResolutionKind.VOLUNTARY_PERFORMANCE, "被执行人自动履行");
        afterResolution(id);
      });
    } else {
      after(working, () -> {
        desk.forResolver(resolver).returnDelegation(id, "调解未成");
        after(Duration.ofDays(2), () -> resolve(id, ResolutionKind.HANDLED));
      });
    }
  }

  private void resolve(RequestId id, ResolutionKind how) {
    WorkOrder order = desk.workOrder(id, DIRECTOR);
    Actor actor = order.tier() == Tier.OFFICER ? Actor.officer(order.handlerId().orElse("o-1"))
        : order.tier() == Tier.CENTER_DIRECTOR ? DIRECTOR : LEADER;
    desk.resolve(id, actor, how, "已办结并答复当事人");
    afterResolution(id);
  }

  private void afterResolution(RequestId id) {
    after(Duration.ofHours(20), () -> {
      boolean reached = random.nextInt(10) != 0;
      desk.feedback().recordCallback(id, CLERK, reached ? CallbackOutcome.REACHED : CallbackOutcome.UNREACHABLE, "满意度回访");
      if (reached) {
        desk.feedback().evaluate(id, CLERK, evaluation());
        WorkOrder order = desk.workOrder(id, DIRECTOR);
        order.rectificationItems().forEach(item -> {
          int number = item.item();
          after(Duration.ofDays(1 + random.nextInt(3)), () -> desk.rectification().recordMeasure(id, number, CLERK, "约谈并整改"));
          after(Duration.ofDays(4 + random.nextInt(6)), () -> desk.rectification().close(id, number, DIRECTOR, "已验收"));
        });
      }
    });
  }

  private Evaluation evaluation() {
    int roll = random.nextInt(100);
    if (roll < 3) {
      return Evaluation.declinedBy("不愿评价");
    }
    if (roll < 70) {
      return Evaluation.all(Rating.SATISFIED, "满意");
    }
    Map<EvaluationAspect, Rating> ratings = new EnumMap<>(EvaluationAspect.class);
    for (EvaluationAspect aspect : EvaluationAspect.values()) {
      ratings.put(aspect, random.nextBoolean() ? Rating.SATISFIED : Rating.BASICALLY_SATISFIED);
    }
    if (roll >= 93) {
      // Parties complain of slowness and of measures far more than of procedure.
      int[] weights = {3, 4, 2, 5, 1};
      ratings.put(EvaluationAspect.values()[pick(weights)], Rating.DISSATISFIED);
    }
    return Evaluation.of(ratings, "基本满意");
  }

  private void reviewRiskCases() {
    for (RiskCase risk : desk.cases().openRiskCases(DIRECTOR)) {
      if (Duration.between(risk.openedAt(), clock.instant()).toDays() >= 7 && random.nextInt(100) < 9) {
        desk.cases().closeRiskCase(risk.caseNumber(), DIRECTOR, "当事人诉求已解决，风险化解");
      }
    }
  }

  private static CaseNumber caseNumber(int index) {
    return CaseNumber.parse("（" + (2023 + index % 3) + "）闽0322执" + (100 + index * 7) + "号");
  }

  private int pick(int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private void after(Duration delay, Runnable action) {
    at(clock.instant().plus(delay), action);
  }

  private void at(Instant at, Runnable action) {
    steps.add(new Step(at, seq++, action));
  }

  /**
   * Runs every step before {@code end} in time order, ticking the desk first so that warnings, breaches and the
   * rules' escalations happen when they fall due. A step the desk refuses (the party withdrew meanwhile, a late
   * step after an escalation) is skipped, as a real clerk's click would be.
   */
  private void drain(Instant end) {
    List<RuntimeException> refused = new ArrayList<>();
    while (!steps.isEmpty() && steps.peek().at().isBefore(end)) {
      Step step = steps.poll();
      clock.now = step.at();
      desk.tick(step.at());
      try {
        step.action().run();
      } catch (IllegalCommandException e) {
        refused.add(e);
      }
    }
    if (refused.size() > requests / 20) {
      throw new IllegalStateException(refused.size() + " steps refused, e.g. " + refused.get(0).getMessage());
    }
  }

  /** The desk's clock, set by the run to each step's instant. */
  private static final class MutableClock extends Clock {
    private Instant now = Instant.EPOCH;

    LocalDate today() {
      return now.atZone(ZONE).toLocalDate();
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.ofHours(8);
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the sample court's clock has one zone");
    }
  }
}
