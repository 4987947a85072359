package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.desk.DeskFixtures.DIRECTOR;
import static org.enforcementdesk.desk.DeskFixtures.LEADER;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.PARTY;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.Provenance;
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.order.UpkeepKind;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.Recipient;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.policy.DelegationSuggestion;
import org.enforcementdesk.policy.DelegationTerms;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaClock;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.order.RecordedCaseEvent;
import org.enforcementdesk.testing.FixedPolicy;
import org.enforcementdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.enforcementdesk.order.CaseFile;
import org.enforcementdesk.order.Delegation;
import org.enforcementdesk.order.DelegationOutcome;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.RectificationItem;
import org.enforcementdesk.order.RectificationStatus;
import org.enforcementdesk.order.RiskCase;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.order.InvalidInputException;

/**
 * Whole stories of the party's voice (evaluations that open rectification items), of risk cases on an enforcement
 * case, and of delegated resolution, each told through the desk's own commands and checked against the ledger.
 */
class PartyVoiceAndNetworkStoriesTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.china();
  private static final String CASE = "（2025）闽0322执1234号";
  private static final CaseNumber CASE_NUMBER = CaseNumber.parse(CASE);
  private static final RequestId R1 = RequestId.of("R-1");
  private static final Actor MEDIATOR = DeskDriver.MEDIATOR;

  /** A desk on a test clock over its own ledger, deciding with the given policy. */
  private static final class Desk {
    final MutableClock clock;
    final InMemoryRequestLedger ledger = new InMemoryRequestLedger();
    final EnforcementDesk desk;

    Desk(String now, DecisionPolicy policy) {
      clock = new MutableClock(now);
      desk = EnforcementDesk.builder().policy(policy).resolvers(DeskFixtures.RESOLVERS).clock(clock).ledger(ledger).build();
    }

    WideLedgerState state() {
      return WideLedgerState.of(ledger, ledger.workOrderIds(), List.of("vm-houqin", "vm-yuanzhuang", "team-1"));
    }

    void at(String now) {
      clock.set(now);
    }
  }

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  // ---- 1. the party's voice: two dissatisfied aspects, two items ----------------------------------------------------

  @Test
  void story_twoDissatisfiedAspects_openTwoItemsClosedOnlyWithMeasures() {
    Desk d = new Desk("2026-03-03T09:00+08:00", new WiderNetworkPolicy());
    d.desk.submit(DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    d.desk.assign(R1, DIRECTOR, Tier.OFFICER, "o-17");
    d.at("2026-03-04T10:00+08:00");
    d.desk.resolve(R1, OFFICER, "案款已发放至申请人账户");

    // Wednesday 03-04 11:00: the party is unhappy with the handler's attitude and with the process.
    d.at("2026-03-04T11:00+08:00");
    Instant evaluatedAt = d.clock.instant();
    WorkOrder order = d.desk.evaluate(R1, PARTY, evaluation(EvaluationAspect.ATTITUDE, EvaluationAspect.PROCESS));

    assertThat(order.rectificationItems()).hasSize(2);
    RectificationItem attitude = order.rectificationItem(1).orElseThrow();
    RectificationItem process = order.rectificationItem(2).orElseThrow();
    // The rules own attitude items at the officer tier within 3 working days; the order sits with that tier and its
    // handler, so the handler owns it by name: Thu, Fri, Mon -> Monday 03-09 17:30.
    assertThat(attitude.aspect()).isEqualTo(EvaluationAspect.ATTITUDE);
    assertThat(attitude.ownerTier()).isEqualTo(Tier.OFFICER);
    assertThat(attitude.owner()).contains("o-17");
    assertThat(attitude.due()).isEqualTo(OffsetDateTime.parse("2026-03-09T17:30+08:00"));
    // The rules say nothing about the process: the desk's default, the centre director within 5 working days (Thu,
    // Fri, Mon, Tue, Wed -> 03-11 17:30), owned by the tier, not by a person of another tier.
    assertThat(process.aspect()).isEqualTo(EvaluationAspect.PROCESS);
    assertThat(process.ownerTier()).isEqualTo(Tier.CENTER_DIRECTOR);
    assertThat(process.owner()).isEmpty();
    assertThat(process.due()).isEqualTo(OffsetDateTime.parse("2026-03-11T17:30+08:00"));
    assertThat(List.of(attitude, process)).allSatisfy(item -> {
      assertThat(item.openedAt()).isEqualTo(evaluatedAt);
      assertThat(item.measures()).isEmpty();
      assertThat(item.status(evaluatedAt)).isEqualTo(RectificationStatus.OPEN);
    });
    List<WorkOrderEvent.RectificationOpened> opened = events(order, WorkOrderEvent.RectificationOpened.class);
    // The rules' item carries the review's provenance; the default item the desk's own.
    assertThat(opened.get(0).provenance().ruleBookVersion()).isEqualTo(WiderNetworkPolicy.VERSION);
    assertThat(opened.get(0).provenance().firedRules())
        .contains("An attitude complaint is rectified by the officer tier within 3 working days");
    assertThat(opened.get(1).provenance()).isEqualTo(Provenance.DESK);
    // Each owner is told: the handler by name, the director's tier as a whole.
    assertThat(d.ledger.pending(100))
        .filteredOn(n -> n.kind() == NotificationKind.RECTIFICATION_ASSIGNED)
        .extracting(Notification::recipient)
        .containsExactlyInAnyOrder(
            new Recipient(Recipient.Kind.HANDLER, "o-17"), new Recipient(Recipient.Kind.TIER, "CENTER_DIRECTOR"));

    // Verifying an item nobody has worked on is refused, and writes nothing.
    d.at("2026-03-05T09:00+08:00");
    WideLedgerState before = d.state();
    assertThatThrownBy(() -> d.desk.closeRectification(R1, 1, DIRECTOR, "已核实"))
        .isInstanceOf(IllegalCommandException.class)
        .hasMessageContaining("item 1 has no measure recorded yet");
    assertThat(d.state()).isEqualTo(before);
    // An officer records measures but may not verify their own work.
    d.desk.recordRectificationMeasure(R1, 1, OFFICER, "当面向申请人致歉");
    before = d.state();
    assertThatThrownBy(() -> d.desk.closeRectification(R1, 1, OFFICER, "已核实"))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(d.state()).isEqualTo(before);

    // The items as the director's list shows them: by aspect, owner, status at an instant, and opening period.
    Instant tuesday = at("2026-03-10T09:00+08:00");
    assertThat(items(d, RectificationQuery.all())).extracting(RectificationItem::item).containsExactly(1, 2);
    assertThat(items(d, RectificationQuery.all().aspect(EvaluationAspect.PROCESS))).extracting(RectificationItem::item).containsExactly(2);
    assertThat(items(d, RectificationQuery.all().aspect(EvaluationAspect.MANNER))).isEmpty();
    assertThat(items(d, RectificationQuery.all().ownerTier(Tier.OFFICER))).extracting(RectificationItem::item).containsExactly(1);
    assertThat(items(d, RectificationQuery.all().ownerId("o-17"))).extracting(RectificationItem::item).containsExactly(1);
    assertThat(items(d, RectificationQuery.all().ownerId("o-18"))).isEmpty();
    assertThat(items(d, RectificationQuery.all().status(RectificationStatus.OPEN, evaluatedAt))).hasSize(2);
    // By Tuesday 03-10 the attitude item (due Monday) is overdue, the process item (due Wednesday) still open.
    assertThat(items(d, RectificationQuery.all().status(RectificationStatus.OVERDUE, tuesday)))
        .extracting(RectificationItem::item).containsExactly(1);
    assertThat(items(d, RectificationQuery.all().status(RectificationStatus.OPEN, tuesday)))
        .extracting(RectificationItem::item).containsExactly(2);
    assertThat(items(d, RectificationQuery.all().openedBetween(evaluatedAt, evaluatedAt.plusSeconds(1)))).hasSize(2);
    assertThat(items(d, RectificationQuery.all().openedBetween(at("2026-03-01T00:00+08:00"), evaluatedAt))).isEmpty();
    assertThat(items(d, RectificationQuery.all().aspect(EvaluationAspect.ATTITUDE).ownerTier(Tier.CENTER_DIRECTOR))).isEmpty();

    // Both closed with their measures, one by the director, one by the bureau leader.
    d.desk.closeRectification(R1, 1, DIRECTOR, "申请人确认已致歉");
    d.desk.recordRectificationMeasure(R1, 2, OFFICER, "一次性告知全部材料");
    d.at("2026-03-05T10:00+08:00");
    order = d.desk.closeRectification(R1, 2, LEADER, "流程已优化");
    assertThat(order.rectificationItems()).allSatisfy(item -> {
      assertThat(item.isClosed()).isTrue();
      assertThat(item.measures()).hasSize(1);
      assertThat(item.status(tuesday)).isEqualTo(RectificationStatus.CLOSED);
    });
    assertThat(order.rectificationItem(2).orElseThrow().verification()).contains("流程已优化");
    assertThat(items(d, RectificationQuery.all().status(RectificationStatus.CLOSED, tuesday))).hasSize(2);
    assertThat(items(d, RectificationQuery.all().status(RectificationStatus.OVERDUE, tuesday))).isEmpty();
    // A closed item takes nothing more, and an item that does not exist is named.
    before = d.state();
    assertThatThrownBy(() -> d.desk.recordRectificationMeasure(R1, 1, OFFICER, "补充措施"))
        .isInstanceOf(IllegalCommandException.class).hasMessageContaining("item 1 is closed");
    assertThatThrownBy(() -> d.desk.closeRectification(R1, 3, DIRECTOR, "已核实"))
        .isInstanceOf(IllegalCommandException.class).hasMessageContaining("no rectification item 3");
    assertThat(d.state()).isEqualTo(before);
    assertThat(WorkOrder.fold(d.ledger.read(R1))).isEqualTo(order);
  }

  // ---- 2. a threatened petition: one risk case, its upkeep, its closure, and the next ------------------------------

  @Test
  void story_threatenedPetition_opensOneRiskCaseEscalatedToTheLeaderAndClosedWithReason() {
    Desk d = new Desk("2026-03-03T09:00+08:00", new WiderNetworkPolicy());
    d.desk.submit(DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    d.at("2026-03-03T10:00+08:00");
    d.desk.urge(R1, PARTY, "再不发放我就去北京上访");
    assertThat(d.desk.cases().caseFile(CASE_NUMBER, OFFICER).riskCases()).as("the words alone, before any review").isEmpty();

    // The party walks in: a contact on the case, which the rules review; they read the threat in the party's last
    // words, flag it and send the order to the bureau leader, all in the contact's own append.
    d.at("2026-03-03T11:00+08:00");
    CaseFile file = d.desk.cases().recordContact(CASE_NUMBER, OFFICER, ContactKind.VISIT, PARTY.id(), "情绪激动");
    WorkOrder order = d.desk.workOrder(R1, OFFICER);
    assertThat(order.tier()).isEqualTo(Tier.BUREAU_LEADER);
    assertThat(order.riskFlags()).contains(RiskKind.PETITION_THREATENED);
    assertThat(file.riskCases()).hasSize(1);
    RiskCase risk = file.openRiskCase().orElseThrow();
    assertThat(risk.number()).isEqualTo(1);
    assertThat(risk.openingKind()).isEqualTo(RiskKind.PETITION_THREATENED);
    assertThat(risk.triggers().get(0).sourceRequest()).contains(R1);
    assertThat(risk.openedAt()).isEqualTo(d.clock.instant());
    // The escalation is the risk case's upkeep by itself: 提级办理.
    assertThat(risk.upkeep()).extracting(CaseEvent.RiskUpkeepRecorded::upkeep).containsExactly(UpkeepKind.ESCALATED_HANDLING);
    assertThat(caseKinds(d)).containsExactly("ContactRecorded", "RiskTriggered", "RiskUpkeepRecorded");
    assertThat(d.desk.cases().openRiskCases(DIRECTOR)).containsExactly(risk);

    // A second trigger (an open petition) joins the open risk case: the case is never opened twice.
    d.at("2026-03-03T14:30+08:00");
    file = d.desk.cases().reportPetition(CASE_NUMBER, OFFICER, "XF-2026-031", "向市信访局反映");
    assertThat(file.riskCases()).hasSize(1);
    assertThat(file.openRiskCase().orElseThrow().kinds())
        .containsExactlyInAnyOrder(RiskKind.PETITION_THREATENED, RiskKind.PETITION_UNRESOLVED);
    assertThat(file.openRiskCase().orElseThrow().triggers()).hasSize(2);
    // An officer's own upkeep joins it too.
    file = d.desk.cases().recordRiskUpkeep(CASE_NUMBER, OFFICER, UpkeepKind.VISIT, "走访申请人，解释发放进度");
    assertThat(file.openRiskCase().orElseThrow().upkeep())
        .extracting(CaseEvent.RiskUpkeepRecorded::upkeep)
        .containsExactly(UpkeepKind.ESCALATED_HANDLING, UpkeepKind.VISIT);

    // Closure needs authority and a reason: an officer is denied, a blank reason refused, neither writes anything.
    WideLedgerState before = d.state();
    assertThatThrownBy(() -> d.desk.cases().closeRiskCase(CASE_NUMBER, OFFICER, "已化解"))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("CLOSE_RISK_CASE");
    assertThatThrownBy(() -> d.desk.cases().closeRiskCase(CASE_NUMBER, LEADER, "  "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reason");
    assertThat(d.state()).isEqualTo(before);

    d.at("2026-03-04T09:00+08:00");
    file = d.desk.cases().closeRiskCase(CASE_NUMBER, LEADER, "案款已发放，申请人撤回信访");
    RiskCase closed = file.riskCases().get(0);
    assertThat(closed.isOpen()).isFalse();
    assertThat(closed.closedBy()).contains(LEADER);
    assertThat(closed.closingReason()).contains("案款已发放，申请人撤回信访");
    assertThat(file.openRiskCase()).isEmpty();
    assertThat(d.desk.cases().openRiskCases(DIRECTOR)).isEmpty();
    // Nothing left to close.
    before = d.state();
    assertThatThrownBy(() -> d.desk.cases().closeRiskCase(CASE_NUMBER, LEADER, "再次销号"))
        .isInstanceOf(IllegalCommandException.class).hasMessageContaining("no open risk case");
    assertThat(d.state()).isEqualTo(before);

    // A new trigger after the closure opens the case's second risk case, and a callback on its order is its upkeep.
    d.at("2026-03-05T09:00+08:00");
    d.desk.flagRisk(R1, OFFICER, RiskKind.REPEATED_VISITS, "一周内三次来电");
    file = d.desk.cases().caseFile(CASE_NUMBER, DIRECTOR);
    assertThat(file.riskCases()).hasSize(2);
    RiskCase second = file.openRiskCase().orElseThrow();
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.openingKind()).isEqualTo(RiskKind.REPEATED_VISITS);
    assertThat(second.triggers()).hasSize(1);
    d.desk.resolve(R1, LEADER, "案款已全部发放");
    d.desk.recordCallback(R1, OFFICER, CallbackOutcome.REACHED, "申请人表示认可");
    second = d.desk.cases().caseFile(CASE_NUMBER, DIRECTOR).openRiskCase().orElseThrow();
    assertThat(second.upkeep()).extracting(CaseEvent.RiskUpkeepRecorded::upkeep).containsExactly(UpkeepKind.CALLBACK);
    assertThat(d.desk.cases().openRiskCases(LEADER)).containsExactly(second);
    // The first risk case kept exactly what it had when it closed.
    assertThat(d.desk.cases().caseFile(CASE_NUMBER, DIRECTOR).riskCases().get(0)).isEqualTo(closed);
  }

  @Test
  void story_officerMarksAThreat_triggerAndEscalationUpkeepAreWrittenWithTheFlag() {
    // The same story with the fixed policy: an officer marks the threat, the rules send it to the bureau leader.
    Desk d = new Desk("2026-03-03T09:00+08:00", new FixedPolicy());
    d.desk.submit(DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    d.at("2026-03-03T10:00+08:00");
    WorkOrder order = d.desk.flagRisk(R1, OFFICER, RiskKind.PETITION_THREATENED, "扬言去省里上访");
    assertThat(order.tier()).isEqualTo(Tier.BUREAU_LEADER);
    List<RecordedCaseEvent> stream = d.ledger.readCase(CASE_NUMBER);
    assertThat(stream).extracting(r -> r.event().kind()).containsExactly("RiskTriggered", "RiskUpkeepRecorded");
    CaseEvent.RiskTriggered trigger = (CaseEvent.RiskTriggered) stream.get(0).event();
    // Written with the order's flag: same instant, same actor, the person's provenance.
    WorkOrderEvent.RiskFlagged flag = events(order, WorkOrderEvent.RiskFlagged.class).get(0);
    assertThat(trigger.at()).isEqualTo(flag.at());
    assertThat(trigger.actor()).isEqualTo(OFFICER);
    assertThat(trigger.flag()).isEqualTo(flag.flag());
    assertThat(trigger.provenance().isPerson()).isTrue();
  }

  // ---- 3. a livelihood wage case resolved by the village mediator ---------------------------------------------------

  @Test
  void story_livelihoodWageCase_delegatedToItsVillageMediator_resolvedByVoluntaryPerformance() {
    Desk d = new Desk("2026-03-03T09:00+08:00", new FixedPolicy());
    RequestFacts wages =
        RequestFacts.builder()
            .causeOfAction("追索劳动报酬")
            .amountAtStake(new BigDecimal("28000"))
            .livelihood(true)
            .partyVillage("后沁村")
            .build();
    d.desk.submit(DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00", CASE, wages), PARTY);
    // The rule book's suggestion for a livelihood case names the party's village; the directory finds its mediator.
    DelegationSuggestion suggestion =
        DelegationSuggestion.toVillageMediator(wages.partyVillage().orElseThrow(), "涉民生小额案件");
    DelegationTarget mediator = DeskFixtures.RESOLVERS.accountFor(suggestion).orElseThrow();
    assertThat(mediator).isEqualTo(DeskDriver.TO_MEDIATOR);

    d.at("2026-03-03T10:00+08:00");
    WorkOrder order = d.desk.delegate(R1, OFFICER, mediator, "请协助督促被执行人履行");
    assertThat(order.state()).isEqualTo(WorkOrderState.DELEGATED);
    Delegation delegation = order.delegations().get(0);
    // The delegation's own deadline: 15 working days from Tuesday 03-03 10:00 (no holiday in between) is 03-24.
    assertThat(delegation.due()).isEqualTo(OffsetDateTime.parse("2026-03-24T17:30+08:00"));
    assertThat(delegation.due())
        .isEqualTo(CALENDAR.due(OffsetDateTime.parse("2026-03-03T10:00+08:00"), Period.workingDays(15)).dueAt());
    assertThat(delegation.pausesResolution()).isTrue();
    assertThat(delegation.outcome()).isEqualTo(DelegationOutcome.PENDING);
    assertThat(order.clock(SlaTarget.RESOLUTION).orElseThrow().pauses())
        .extracting(p -> p.reason().kind()).containsExactly(PauseKind.DELEGATED);
    assertThat(d.ledger.pending(100))
        .filteredOn(n -> n.kind() == NotificationKind.DELEGATION)
        .extracting(Notification::recipient)
        .containsExactly(new Recipient(Recipient.Kind.RESOLVER, "vm-houqin"));

    // The mediator's own account shows it; they work on it and resolve it.
    assertThat(d.desk.queues().delegatedTo("vm-houqin", MEDIATOR)).extracting(WorkOrder::id).containsExactly(R1);
    d.at("2026-03-05T15:00+08:00");
    d.desk.noteProgress(R1, MEDIATOR, "已上门调解，被执行人同意当日支付", false);
    d.at("2026-03-06T11:00+08:00");
    order = d.desk.resolve(R1, MEDIATOR, ResolutionKind.VOLUNTARY_PERFORMANCE, "被执行人已自动履行全部工资");

    assertThat(order.state()).isEqualTo(WorkOrderState.RESOLVED);
    Delegation ended = order.delegations().get(0);
    assertThat(ended.outcome()).isEqualTo(DelegationOutcome.RESOLVED);
    assertThat(ended.resolvedAs()).contains(ResolutionKind.VOLUNTARY_PERFORMANCE);
    assertThat(ended.concluded()).contains(d.clock.instant());
    assertThat(ended.isPending()).isFalse();
    assertThat(order.delegation()).isEmpty();
    assertThat(d.desk.queues().delegations(DIRECTOR)).containsExactly(ended);
    // Resolved, it is no longer the mediator's: gone from their account, and they may no longer read it.
    assertThat(d.desk.queues().delegatedTo("vm-houqin", MEDIATOR)).isEmpty();
    assertThatThrownBy(() -> d.desk.workOrder(R1, MEDIATOR)).isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void delegationPastItsOwnDeadline_isRecordedOverdueOnce_andTellsResolverAndTier() {
    Desk d = new Desk("2026-03-03T09:00+08:00", new FixedPolicy());
    d.desk.submit(DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    d.at("2026-03-03T10:00+08:00");
    d.desk.delegate(R1, OFFICER, "vm-houqin", "请协助督促");
    // Due 03-24 17:30: a tick just before records nothing about the delegation, one just after records it once.
    d.desk.tick(at("2026-03-24T17:29+08:00"));
    assertThat(events(d.desk.workOrder(R1, OFFICER), WorkOrderEvent.DelegationOverdue.class)).isEmpty();
    d.desk.tick(at("2026-03-24T17:31+08:00"));
    d.desk.tick(at("2026-03-26T09:00+08:00"));
    WorkOrder order = d.desk.workOrder(R1, OFFICER);
    assertThat(events(order, WorkOrderEvent.DelegationOverdue.class)).hasSize(1);
    assertThat(order.delegations().get(0).overdue()).isTrue();
    assertThat(order.delegations().get(0).isPending()).isTrue();
    assertThat(d.ledger.pending(100))
        .filteredOn(n -> n.kind() == NotificationKind.DELEGATION_OVERDUE)
        .extracting(Notification::recipient)
        .containsExactlyInAnyOrder(new Recipient(Recipient.Kind.RESOLVER, "vm-houqin"), new Recipient(Recipient.Kind.TIER, "OFFICER"));
  }

  // ---- 4. returned unresolved: back in the queue, the original deadline logic intact ------------------------------

  @Test
  void story_delegationReturnedUnresolved_backInTheCentresQueue_withDayPeriodCreditedWholeDays() {
    Desk d = new Desk("2026-03-03T09:00+08:00", new FixedPolicy());
    String received = "2026-03-03T09:00+08:00";
    d.desk.submit(DeskFixtures.request("R-1", "FUNDS_PAYOUT", received), PARTY);
    d.desk.noteProgress(R1, OFFICER, "已电话联系申请人", true); // so only the resolution clock can breach below
    OffsetDateTime originalDue = d.desk.workOrder(R1, OFFICER).due(SlaTarget.RESOLUTION).orElseThrow();
    assertThat(originalDue).isEqualTo(OffsetDateTime.parse("2026-03-10T17:30+08:00"));

    // Delegated Friday 03-06 10:00, returned Monday 03-09 10:00.
    d.at("2026-03-06T10:00+08:00");
    Instant delegatedAt = d.clock.instant();
    d.desk.delegate(R1, OFFICER, DeskDriver.TO_MEDIATOR, "请协助督促被执行人");
    assertThat(d.desk.workOrder(R1, OFFICER).due(SlaTarget.RESOLUTION)).as("a paused clock has no deadline").isEmpty();
    d.at("2026-03-09T10:00+08:00");
    Instant returnedAt = d.clock.instant();
    WorkOrder order = d.desk.returnDelegation(R1, MEDIATOR, "被执行人外出务工，无法联系");

    assertThat(order.state()).isEqualTo(WorkOrderState.OPEN);
    assertThat(order.delegations()).singleElement().satisfies(dl -> {
      assertThat(dl.outcome()).isEqualTo(DelegationOutcome.RETURNED);
      assertThat(dl.returnReason()).contains("被执行人外出务工，无法联系");
    });
    assertThat(d.desk.queues().openWorkOrders(order.tier(), DIRECTOR)).extracting(WorkOrder::id).containsExactly(R1);
    assertThat(d.desk.queues().delegatedTo("vm-houqin", DIRECTOR)).isEmpty();
    assertThat(order.clock(SlaTarget.RESOLUTION).orElseThrow().isPaused()).isFalse();

    // docs/time.md, day periods: every counted day after the day of receipt on which the clock stood paused at any
    // moment adds one day; for working days only working days count. Paused Fri 03-06 .. Mon 03-09: Friday and Monday
    // are working days, the weekend is not, so 5 working days become 7 from the receipt: Thursday 03-12 17:30.
    long creditedDays =
        delegatedAt.atZone(CALENDAR.zone()).toLocalDate()
            .datesUntil(returnedAt.atZone(CALENDAR.zone()).toLocalDate().plusDays(1))
            .filter(CALENDAR::isWorkingDay)
            .count();
    assertThat(creditedDays).isEqualTo(2);
    OffsetDateTime byCalendar =
        CALENDAR.due(OffsetDateTime.parse(received), Period.workingDays(5 + (int) creditedDays)).dueAt();
    OffsetDateTime byClock =
        SlaClock.start(SlaTarget.RESOLUTION, Period.workingDays(5), OffsetDateTime.parse(received).toInstant(), CALENDAR)
            .pause(PauseReason.of(PauseKind.DELEGATED), delegatedAt)
            .resume(returnedAt)
            .dueAt()
            .orElseThrow();
    assertThat(byCalendar).isEqualTo(OffsetDateTime.parse("2026-03-12T17:30+08:00"));
    assertThat(byClock).isEqualTo(byCalendar);
    assertThat(order.due(SlaTarget.RESOLUTION)).contains(byCalendar);
    // And the tick sees that deadline, not the original one: nothing breaches on Wednesday 03-11.
    assertThat(d.desk.tick(at("2026-03-11T09:00+08:00")).breaches()).isZero();
    assertThat(d.desk.tick(at("2026-03-13T09:00+08:00")).breaches()).isEqualTo(1);
  }

  @Test
  void story_delegationReturnedUnresolved_hourPeriodCreditedExactly() {
    // An urgent seizure renewal: 2 natural hours from Monday 03-02 09:15, due 11:15.
    Desk d = new Desk("2026-03-02T09:15+08:00", new FixedPolicy());
    RequestFacts lapsing = RequestFacts.builder().seizureExpiresOn(java.time.LocalDate.of(2026, 3, 6)).build();
    d.desk.submit(DeskFixtures.request("R-1", "SEIZURE_RENEWAL", "2026-03-02T09:15+08:00", CASE, lapsing), OFFICER);
    assertThat(d.desk.workOrder(R1, OFFICER).due(SlaTarget.RESOLUTION))
        .contains(OffsetDateTime.parse("2026-03-02T11:15+08:00"));

    d.at("2026-03-02T09:45+08:00");
    d.desk.delegate(R1, OFFICER, DeskDriver.TO_TEAM, "请执前化解团队联系被执行人");
    d.at("2026-03-02T10:22:30+08:00");
    WorkOrder order = d.desk.returnDelegation(R1, DeskDriver.TEAM, "被执行人拒绝沟通");

    // docs/time.md, hour periods: the credit is exact, the paused natural time, 37 minutes 30 seconds: due 11:52:30.
    Duration delegated = Duration.between(at("2026-03-02T09:45+08:00"), at("2026-03-02T10:22:30+08:00"));
    OffsetDateTime expected = OffsetDateTime.parse("2026-03-02T11:15+08:00").plus(delegated);
    assertThat(expected).isEqualTo(OffsetDateTime.parse("2026-03-02T11:52:30+08:00"));
    assertThat(order.due(SlaTarget.RESOLUTION).map(OffsetDateTime::toInstant)).contains(expected.toInstant());
    assertThat(d.desk.queues().openWorkOrders(Tier.OFFICER, DIRECTOR)).extracting(WorkOrder::id).containsExactly(R1);
  }

  @Test
  void delegationThatKeepsTheClockRunning_returnsWithTheOriginalDeadline() {
    // A rule book that makes the centre answer for the delegated time too.
    FixedPolicy fixed = new FixedPolicy();
    DecisionPolicy running = new DecisionPolicy() {
      @Override
      public org.enforcementdesk.policy.IntakeDecision intake(org.enforcementdesk.policy.IntakeFacts facts) {
        return fixed.intake(facts);
      }

      @Override
      public org.enforcementdesk.policy.ReviewDecision review(org.enforcementdesk.policy.ReviewFacts facts) {
        return fixed.review(facts);
      }

      @Override
      public DelegationTerms delegationTerms(DelegationKind kind) {
        return new DelegationTerms(Period.workingDays(10), false);
      }
    };
    Desk d = new Desk("2026-03-03T09:00+08:00", running);
    d.desk.submit(DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    d.at("2026-03-04T10:00+08:00");
    WorkOrder order = d.desk.delegate(R1, OFFICER, DeskDriver.TO_MEDIATOR, "请协助");
    assertThat(order.delegations().get(0).pausesResolution()).isFalse();
    assertThat(order.delegations().get(0).due()).isEqualTo(OffsetDateTime.parse("2026-03-18T17:30+08:00"));
    assertThat(order.due(SlaTarget.RESOLUTION)).contains(OffsetDateTime.parse("2026-03-10T17:30+08:00"));
    d.at("2026-03-06T10:00+08:00");
    order = d.desk.returnDelegation(R1, MEDIATOR, "无法联系");
    assertThat(order.due(SlaTarget.RESOLUTION)).contains(OffsetDateTime.parse("2026-03-10T17:30+08:00"));
  }

  // ---- helpers --------------------------------------------------------------------------------------------------

  private static Evaluation evaluation(EvaluationAspect... dissatisfied) {
    Map<EvaluationAspect, Rating> ratings = new EnumMap<>(EvaluationAspect.class);
    for (EvaluationAspect aspect : EvaluationAspect.values()) {
      ratings.put(aspect, Rating.SATISFIED);
    }
    for (EvaluationAspect aspect : dissatisfied) {
      ratings.put(aspect, Rating.DISSATISFIED);
    }
    return Evaluation.of(ratings, "办事拖沓，态度生硬");
  }

  private static List<RectificationItem> items(Desk d, RectificationQuery query) {
    return d.desk.queues().rectificationItems(query, DIRECTOR);
  }

  private static <E extends WorkOrderEvent> List<E> events(WorkOrder order, Class<E> kind) {
    return order.history().stream().map(r -> r.event()).filter(kind::isInstance).map(kind::cast).toList();
  }

  private static List<String> caseKinds(Desk d) {
    return d.ledger.readCase(CASE_NUMBER).stream().map(r -> r.event().kind()).toList();
  }
}
