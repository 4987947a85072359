package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.desk.DeskFixtures.DIRECTOR;
import static org.enforcementdesk.desk.DeskFixtures.LEADER;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.PARTY;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.Recipient;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.CaseFile;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.order.Provenance;
import org.enforcementdesk.order.RecordedCaseEvent;
import org.enforcementdesk.order.RectificationItem;
import org.enforcementdesk.order.RectificationOpened;
import org.enforcementdesk.order.RectificationStatus;
import org.enforcementdesk.order.RiskCase;
import org.enforcementdesk.order.RiskFlagged;
import org.enforcementdesk.order.UpkeepKind;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.testing.FixedPolicy;
import org.junit.jupiter.api.Test;

/**
 * Whole stories of the party's voice (evaluations that open rectification items) and of risk cases on an enforcement
 * case, each told through the desk's own commands and checked against the ledger. Delegated resolution has its own
 * stories ({@link DelegationStoriesTest}).
 */
class PartyVoiceAndNetworkStoriesTest {

  // ---- 1. the party's voice: two dissatisfied aspects, two items ----------------------------------------------------

  @Test
  void story_twoDissatisfiedAspects_openTwoItemsClosedOnlyWithMeasures() {
    StoryDesk d = new StoryDesk("2026-03-03T09:00+08:00", new WiderNetworkPolicy());
    AnyActor.submit(d.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    d.desk.assign(StoryDesk.R1, DIRECTOR, Tier.OFFICER, "o-17");
    d.at("2026-03-04T10:00+08:00");
    AnyActor.resolve(d.desk, StoryDesk.R1, OFFICER, "案款已发放至申请人账户");

    // Wednesday 03-04 11:00: the party is unhappy with the handler's attitude and with the process.
    d.at("2026-03-04T11:00+08:00");
    Instant evaluatedAt = d.clock.instant();
    WorkOrder order = AnyActor.evaluate(d.desk, StoryDesk.R1, PARTY, evaluation(EvaluationAspect.ATTITUDE, EvaluationAspect.PROCESS));

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
    List<RectificationOpened> opened = events(order, RectificationOpened.class);
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
    assertThatThrownBy(() -> d.desk.rectification().close(StoryDesk.R1, 1, DIRECTOR, "已核实"))
        .isInstanceOf(IllegalCommandException.class)
        .hasMessageContaining("item 1 has no measure recorded yet");
    assertThat(d.state()).isEqualTo(before);
    // An officer records measures but may not verify their own work.
    d.desk.rectification().recordMeasure(StoryDesk.R1, 1, OFFICER, "当面向申请人致歉");
    before = d.state();
    assertThatThrownBy(() -> d.desk.rectification().close(StoryDesk.R1, 1, OFFICER, "已核实"))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(d.state()).isEqualTo(before);

    // The items as the director's list shows them: by aspect, owner, status at an instant, and opening period.
    Instant tuesday = StoryDesk.instant("2026-03-10T09:00+08:00");
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
    assertThat(items(d, RectificationQuery.all().openedBetween(StoryDesk.instant("2026-03-01T00:00+08:00"), evaluatedAt))).isEmpty();
    assertThat(items(d, RectificationQuery.all().aspect(EvaluationAspect.ATTITUDE).ownerTier(Tier.CENTER_DIRECTOR))).isEmpty();

    // Both closed with their measures, one by the director, one by the bureau leader.
    d.desk.rectification().close(StoryDesk.R1, 1, DIRECTOR, "申请人确认已致歉");
    d.desk.rectification().recordMeasure(StoryDesk.R1, 2, OFFICER, "一次性告知全部材料");
    d.at("2026-03-05T10:00+08:00");
    order = d.desk.rectification().close(StoryDesk.R1, 2, LEADER, "流程已优化");
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
    assertThatThrownBy(() -> d.desk.rectification().recordMeasure(StoryDesk.R1, 1, OFFICER, "补充措施"))
        .isInstanceOf(IllegalCommandException.class).hasMessageContaining("item 1 is closed");
    assertThatThrownBy(() -> d.desk.rectification().close(StoryDesk.R1, 3, DIRECTOR, "已核实"))
        .isInstanceOf(IllegalCommandException.class).hasMessageContaining("no rectification item 3");
    assertThat(d.state()).isEqualTo(before);
    assertThat(WorkOrder.fold(d.ledger.read(StoryDesk.R1))).isEqualTo(order);
  }

  // ---- 2. a threatened petition: one risk case, its upkeep, its closure, and the next ------------------------------

  @Test
  void story_threatenedPetition_opensOneRiskCaseEscalatedToTheLeaderAndClosedWithReason() {
    StoryDesk d = new StoryDesk("2026-03-03T09:00+08:00", new WiderNetworkPolicy());
    AnyActor.submit(d.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    d.at("2026-03-03T10:00+08:00");
    AnyActor.urge(d.desk, StoryDesk.R1, PARTY, "再不发放我就去北京上访");
    assertThat(d.desk.cases().caseFile(StoryDesk.CASE_NUMBER, OFFICER).riskCases()).as("the words alone, before any review").isEmpty();

    // The party walks in: a contact on the case, which the rules review; they read the threat in the party's last
    // words, flag it and send the order to the bureau leader, all in the contact's own append.
    d.at("2026-03-03T11:00+08:00");
    CaseFile file = d.desk.cases().recordContact(StoryDesk.CASE_NUMBER, OFFICER, ContactKind.VISIT, PARTY.id(), "情绪激动");
    WorkOrder order = AnyActor.workOrder(d.desk, StoryDesk.R1, OFFICER);
    assertThat(order.tier()).isEqualTo(Tier.BUREAU_LEADER);
    assertThat(order.riskFlags()).contains(RiskKind.PETITION_THREATENED);
    assertThat(file.riskCases()).hasSize(1);
    RiskCase risk = file.openRiskCase().orElseThrow();
    assertThat(risk.number()).isEqualTo(1);
    assertThat(risk.openingKind()).isEqualTo(RiskKind.PETITION_THREATENED);
    assertThat(risk.triggers().get(0).sourceRequest()).contains(StoryDesk.R1);
    assertThat(risk.openedAt()).isEqualTo(d.clock.instant());
    // The escalation is the risk case's upkeep by itself: 提级办理.
    assertThat(risk.upkeep()).extracting(CaseEvent.RiskUpkeepRecorded::upkeep).containsExactly(UpkeepKind.ESCALATED_HANDLING);
    assertThat(caseKinds(d)).containsExactly("ContactRecorded", "RiskTriggered", "RiskUpkeepRecorded");
    assertThat(d.desk.cases().openRiskCases(DIRECTOR)).containsExactly(risk);

    // A second trigger (an open petition) joins the open risk case: the case is never opened twice.
    d.at("2026-03-03T14:30+08:00");
    file = d.desk.cases().reportPetition(StoryDesk.CASE_NUMBER, OFFICER, "XF-2026-031", "向市信访局反映");
    assertThat(file.riskCases()).hasSize(1);
    assertThat(file.openRiskCase().orElseThrow().kinds())
        .containsExactlyInAnyOrder(RiskKind.PETITION_THREATENED, RiskKind.PETITION_UNRESOLVED);
    assertThat(file.openRiskCase().orElseThrow().triggers()).hasSize(2);
    // An officer's own upkeep joins it too.
    file = d.desk.cases().recordRiskUpkeep(StoryDesk.CASE_NUMBER, OFFICER, UpkeepKind.VISIT, "走访申请人，解释发放进度");
    assertThat(file.openRiskCase().orElseThrow().upkeep())
        .extracting(CaseEvent.RiskUpkeepRecorded::upkeep)
        .containsExactly(UpkeepKind.ESCALATED_HANDLING, UpkeepKind.VISIT);

    // Closure needs authority and a reason: an officer is denied, a blank reason refused, neither writes anything.
    WideLedgerState before = d.state();
    assertThatThrownBy(() -> d.desk.cases().closeRiskCase(StoryDesk.CASE_NUMBER, OFFICER, "已化解"))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("CLOSE_RISK_CASE");
    assertThatThrownBy(() -> d.desk.cases().closeRiskCase(StoryDesk.CASE_NUMBER, LEADER, "  "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reason");
    assertThat(d.state()).isEqualTo(before);

    d.at("2026-03-04T09:00+08:00");
    file = d.desk.cases().closeRiskCase(StoryDesk.CASE_NUMBER, LEADER, "案款已发放，申请人撤回信访");
    RiskCase closed = file.riskCases().get(0);
    assertThat(closed.isOpen()).isFalse();
    assertThat(closed.closedBy()).contains(LEADER);
    assertThat(closed.closingReason()).contains("案款已发放，申请人撤回信访");
    assertThat(file.openRiskCase()).isEmpty();
    assertThat(d.desk.cases().openRiskCases(DIRECTOR)).isEmpty();
    // Nothing left to close.
    before = d.state();
    assertThatThrownBy(() -> d.desk.cases().closeRiskCase(StoryDesk.CASE_NUMBER, LEADER, "再次销号"))
        .isInstanceOf(IllegalCommandException.class).hasMessageContaining("no open risk case");
    assertThat(d.state()).isEqualTo(before);

    // A new trigger after the closure opens the case's second risk case, and a callback on its order is its upkeep.
    d.at("2026-03-05T09:00+08:00");
    d.desk.flagRisk(StoryDesk.R1, OFFICER, RiskKind.REPEATED_VISITS, "一周内三次来电");
    file = d.desk.cases().caseFile(StoryDesk.CASE_NUMBER, DIRECTOR);
    assertThat(file.riskCases()).hasSize(2);
    RiskCase second = file.openRiskCase().orElseThrow();
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.openingKind()).isEqualTo(RiskKind.REPEATED_VISITS);
    assertThat(second.triggers()).hasSize(1);
    AnyActor.resolve(d.desk, StoryDesk.R1, LEADER, "案款已全部发放");
    d.desk.feedback().recordCallback(StoryDesk.R1, OFFICER, CallbackOutcome.REACHED, "申请人表示认可");
    second = d.desk.cases().caseFile(StoryDesk.CASE_NUMBER, DIRECTOR).openRiskCase().orElseThrow();
    assertThat(second.upkeep()).extracting(CaseEvent.RiskUpkeepRecorded::upkeep).containsExactly(UpkeepKind.CALLBACK);
    assertThat(d.desk.cases().openRiskCases(LEADER)).containsExactly(second);
    // The first risk case kept exactly what it had when it closed.
    assertThat(d.desk.cases().caseFile(StoryDesk.CASE_NUMBER, DIRECTOR).riskCases().get(0)).isEqualTo(closed);
  }

  @Test
  void story_officerMarksAThreat_triggerAndEscalationUpkeepAreWrittenWithTheFlag() {
    // The same story with the fixed policy: an officer marks the threat, the rules send it to the bureau leader.
    StoryDesk d = new StoryDesk("2026-03-03T09:00+08:00", new FixedPolicy());
    AnyActor.submit(d.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    d.at("2026-03-03T10:00+08:00");
    WorkOrder order = d.desk.flagRisk(StoryDesk.R1, OFFICER, RiskKind.PETITION_THREATENED, "扬言去省里上访");
    assertThat(order.tier()).isEqualTo(Tier.BUREAU_LEADER);
    List<RecordedCaseEvent> stream = d.ledger.readCase(StoryDesk.CASE_NUMBER);
    assertThat(stream).extracting(r -> r.event().kind()).containsExactly("RiskTriggered", "RiskUpkeepRecorded");
    CaseEvent.RiskTriggered trigger = (CaseEvent.RiskTriggered) stream.get(0).event();
    // Written with the order's flag: same instant, same actor, the person's provenance.
    RiskFlagged flag = events(order, RiskFlagged.class).get(0);
    assertThat(trigger.at()).isEqualTo(flag.at());
    assertThat(trigger.actor()).isEqualTo(OFFICER);
    assertThat(trigger.flag()).isEqualTo(flag.flag());
    assertThat(trigger.provenance().isPerson()).isTrue();
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

  private static List<RectificationItem> items(StoryDesk d, RectificationQuery query) {
    return d.desk.rectification().items(query, DIRECTOR);
  }

  private static <E extends WorkOrderEvent> List<E> events(WorkOrder order, Class<E> kind) {
    return order.history().stream().map(r -> r.event()).filter(kind::isInstance).map(kind::cast).toList();
  }

  private static List<String> caseKinds(StoryDesk d) {
    return d.ledger.readCase(StoryDesk.CASE_NUMBER).stream().map(r -> r.event().kind()).toList();
  }
}
