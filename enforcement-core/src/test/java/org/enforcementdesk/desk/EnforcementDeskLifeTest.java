package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementdesk.desk.DeskFixtures.DIRECTOR;
import static org.enforcementdesk.desk.DeskFixtures.LEADER;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.PARTY;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.NotificationTemplates;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.Escalated;
import org.enforcementdesk.order.NoteAudience;
import org.enforcementdesk.order.Urged;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaTarget;
import org.junit.jupiter.api.Test;

/** One request through every state of the closed loop, with its events, deadlines and notifications. */
class EnforcementDeskLifeTest {

  private static final RequestId ID = RequestId.of("R-1");

  @Test
  void wholeLife_throughEveryState_recordsEventsDeadlinesAndNotifications() {
    // Tuesday 2026-03-03 09:00: a funds payout request by hotline. Default targets: first contact within 1 working
    // day (Wed 17:30), resolution within 5 working days (Tue 03-10 17:30).
    DeskFixtures f = new DeskFixtures("2026-03-03T09:00+08:00");
    Submission submitted = AnyActor.submit(f.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), OFFICER);
    WorkOrder order = submitted.workOrder();
    assertThat(submitted.linkedToOpenOrder()).isFalse();
    assertThat(order.state()).isEqualTo(WorkOrderState.OPEN);
    assertThat(order.due(SlaTarget.RESPONSE)).contains(OffsetDateTime.parse("2026-03-04T17:30+08:00"));
    assertThat(order.due(SlaTarget.RESOLUTION)).contains(OffsetDateTime.parse("2026-03-10T17:30+08:00"));
    assertThat(kinds(order)).containsExactly("Submitted", "Accepted", "Assigned");

    f.clock.set("2026-03-03T10:00+08:00");
    f.desk.assign(ID, DIRECTOR, Tier.OFFICER, "o-17");
    order = AnyActor.noteProgress(f.desk, ID, OFFICER, "已电话联系申请人", true, NoteAudience.PARTY);
    assertThat(order.clock(SlaTarget.RESPONSE).orElseThrow().isStopped()).isTrue();

    // Paused a whole working day (Wednesday 10:00 to Thursday 10:00): Wed and Thu are credited, due Thu 03-12.
    f.clock.set("2026-03-04T10:00+08:00");
    order = f.desk.pause(ID, OFFICER, PauseReason.of(PauseKind.WAITING_FOR_PARTY_MATERIALS));
    assertThat(order.state()).isEqualTo(WorkOrderState.PAUSED);
    f.clock.set("2026-03-05T10:00+08:00");
    order = f.desk.resume(ID, OFFICER);
    assertThat(order.due(SlaTarget.RESOLUTION)).contains(OffsetDateTime.parse("2026-03-12T17:30+08:00"));

    order = AnyActor.urge(f.desk, ID, PARTY, "怎么还没发放？");
    assertThat(order.urgeCount()).isEqualTo(1);
    order = f.desk.escalate(ID, OFFICER, "需中心主任协调");
    assertThat(order.tier()).isEqualTo(Tier.CENTER_DIRECTOR);

    DelegationTarget mediator = new DelegationTarget(DelegationKind.VILLAGE_MEDIATOR, "vm-houqin", "后沁村调解主任");
    order = f.desk.delegation().delegate(ID, DIRECTOR, mediator, "请协助督促被执行人");
    assertThat(order.state()).isEqualTo(WorkOrderState.DELEGATED);
    Actor resolver = Actor.resolver(ActorRole.EXTERNAL_RESOLVER, "vm-houqin");
    order = AnyActor.returnDelegation(f.desk, ID, resolver, "被执行人外出务工，无法联系");
    assertThat(order.state()).isEqualTo(WorkOrderState.OPEN);

    f.clock.set("2026-03-06T15:00+08:00");
    order = AnyActor.resolve(f.desk, ID, OFFICER, "案款已发放至申请人账户");
    assertThat(order.state()).isEqualTo(WorkOrderState.RESOLVED);
    // Callback within 2 working days of resolution: Tuesday 03-10 17:30.
    assertThat(order.due(SlaTarget.CALLBACK)).contains(OffsetDateTime.parse("2026-03-10T17:30+08:00"));

    order = f.desk.feedback().recordCallback(ID, OFFICER, CallbackOutcome.REACHED, "申请人表示满意度一般");
    assertThat(order.state()).isEqualTo(WorkOrderState.CALLED_BACK);
    Evaluation unhappy = Evaluation.of(ratings(Rating.DISSATISFIED, Rating.SATISFIED), "发放太慢");
    order = AnyActor.evaluate(f.desk, ID, PARTY, unhappy);
    assertThat(order.state()).isEqualTo(WorkOrderState.EVALUATED);
    assertThat(order.riskFlags()).contains(RiskKind.NEGATIVE_FEEDBACK);

    order = f.desk.feedback().reopen(ID, LEADER, "态度问题需整改后重新办理");
    assertThat(order.state()).isEqualTo(WorkOrderState.OPEN);
    order = AnyActor.resolve(f.desk, ID, OFFICER, "已当面致歉并说明发放进度");
    order = AnyActor.evaluate(f.desk, ID, PARTY, Evaluation.all(Rating.SATISFIED, "满意"));
    order = f.desk.feedback().close(ID, OFFICER, "闭环");
    assertThat(order.state()).isEqualTo(WorkOrderState.CLOSED);

    assertThat(kinds(order))
        .containsExactly(
            "Submitted", "Accepted", "Assigned", "Assigned", "ProgressNoted", "Paused", "Resumed", "Urged",
            "Escalated", "Delegated", "DelegationReturned", "Resolved", "CallbackRecorded", "Evaluated",
            "RiskFlagged", "CallbackRequested", "RectificationOpened", "Reopened", "Resolved", "Evaluated", "Closed");
    // Replaying the stored stream gives the same order.
    assertThat(WorkOrder.fold(f.ledger.read(ID))).isEqualTo(order);

    List<Notification> outbox = f.ledger.pending(100);
    assertThat(outbox).extracting(Notification::kind)
        .contains(
            NotificationKind.ACCEPTANCE_NOTICE, NotificationKind.DEADLINE_NOTICE, NotificationKind.PROGRESS,
            NotificationKind.URGE_RECEIPT, NotificationKind.ESCALATION, NotificationKind.DELEGATION,
            NotificationKind.RESOLUTION_FEEDBACK, NotificationKind.EVALUATION_INVITATION, NotificationKind.RISK_ALERT,
            NotificationKind.CALLBACK_DUE, NotificationKind.RECTIFICATION_ASSIGNED);
    assertThat(outbox).allSatisfy(n -> assertThat(n.requestId()).isEqualTo(ID));
    assertThat(outbox).extracting(Notification::idempotencyKey).doesNotHaveDuplicates();
    // Every notification carries exactly its kind's values: it renders in both languages, naming the request.
    NotificationTemplates templates = NotificationTemplates.defaults();
    for (Notification notification : outbox) {
      assertThat(templates.render(notification, Locale.forLanguageTag("zh-CN"))).contains("R-1");
      assertThat(templates.render(notification, Locale.ENGLISH)).contains("R-1");
    }
  }

  @Test
  void tick_warnsAtRiskAndEscalatesOnBreach_andCostsNothingWhenNothingIsDue() {
    DeskFixtures f = new DeskFixtures("2026-03-03T09:00+08:00");
    AnyActor.submit(f.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), OFFICER);
    AnyActor.noteProgress(f.desk, ID, OFFICER, "已联系", true);

    assertThat(f.desk.tick(OffsetDateTime.parse("2026-03-03T12:00+08:00").toInstant())).isEqualTo(TickReport.NOTHING);

    // From Tuesday 09:00 to the deadline (Tuesday 03-10 17:30) there are 41 office hours (6 on the first day, 7 on
    // each of the next five); 75% is 30h45m, used up on Monday 03-09 at 11:45, so a tick at 17:00 warns.
    assertThat(f.desk.tick(OffsetDateTime.parse("2026-03-09T11:45+08:00").toInstant()).warnings()).isZero();
    f.clock.set("2026-03-09T17:00+08:00");
    TickReport warned = f.desk.tick(f.clock.instant());
    assertThat(warned.warnings()).isEqualTo(1);
    assertThat(f.ledger.pending(100)).extracting(Notification::kind).contains(NotificationKind.SLA_WARNING);

    f.clock.set("2026-03-11T09:00+08:00");
    TickReport breached = f.desk.tick(f.clock.instant());
    assertThat(breached.breaches()).isEqualTo(1);
    assertThat(breached.escalations()).isEqualTo(1);
    WorkOrder order = AnyActor.workOrder(f.desk, ID, OFFICER);
    assertThat(order.tier()).isEqualTo(Tier.CENTER_DIRECTOR);
    assertThat(order.breached()).contains(SlaTarget.RESOLUTION);
    Escalated escalated =
        (Escalated) order.history().get(order.history().size() - 1).event();
    assertThat(escalated.provenance().firedRules()).containsExactly("Escalate one tier on breach");

    // Once recorded, a crossing never comes back.
    f.clock.advance(Duration.ofDays(1));
    assertThat(f.desk.tick(f.clock.instant())).isEqualTo(TickReport.NOTHING);
    assertThat(f.ledger.pending(100)).extracting(Notification::kind)
        .contains(NotificationKind.SLA_BREACH, NotificationKind.ESCALATION);
    NotificationTemplates templates = NotificationTemplates.defaults();
    f.ledger.pending(100).forEach(n -> assertThat(templates.render(n, Locale.ENGLISH)).contains("R-1"));
  }

  @Test
  void submit_duplicateWhileOpen_isLinkedAsAnUrge() {
    DeskFixtures f = new DeskFixtures("2026-03-03T09:00+08:00");
    AnyActor.submit(f.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    Submission again = AnyActor.submit(f.desk, DeskFixtures.request("R-2", "FUNDS_PAYOUT", "2026-03-03T11:00+08:00"), PARTY);
    assertThat(again.linkedToOpenOrder()).isTrue();
    assertThat(again.workOrder().id()).isEqualTo(ID);
    assertThat(again.workOrder().urgeCount()).isEqualTo(1);
    Urged urged = (Urged) again.workOrder().history().get(3).event();
    assertThat(urged.duplicate().orElseThrow().id()).isEqualTo(RequestId.of("R-2"));
    assertThat(f.ledger.size()).isEqualTo(1);
    assertThat(f.ledger.pending(100)).extracting(Notification::kind).contains(NotificationKind.URGE_RECEIPT);
  }

  @Test
  void submit_sameRequestTwice_returnsTheOrderUnchanged() {
    DeskFixtures f = new DeskFixtures("2026-03-03T09:00+08:00");
    var request = DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00");
    WorkOrder first = AnyActor.submit(f.desk, request, PARTY).workOrder();
    WorkOrder second = AnyActor.submit(f.desk, request, PARTY).workOrder();
    assertThat(second).isEqualTo(first);
    assertThat(f.ledger.version(ID)).isEqualTo(3);
  }

  @Test
  void urgentSeizureRenewal_breachGoesStraightToTheBureauLeader() {
    // Received Monday 2026-03-02 09:15, seizure lapses 03-06: urgent, 2 natural hours, due 11:15.
    DeskFixtures f = new DeskFixtures("2026-03-02T09:15+08:00");
    var facts = org.enforcementdesk.model.RequestFacts.builder().seizureExpiresOn(java.time.LocalDate.of(2026, 3, 6)).build();
    WorkOrder order =
        AnyActor.submit(f.desk, DeskFixtures.request("R-1", "SEIZURE_RENEWAL", "2026-03-02T09:15+08:00", "（2025）闽0322执1234号", facts), OFFICER)
            .workOrder();
    assertThat(order.due(SlaTarget.RESOLUTION)).contains(OffsetDateTime.parse("2026-03-02T11:15+08:00"));
    assertThat(order.decision().orElseThrow().requirements()).containsExactly("finish before the seizure expires");
    f.clock.set("2026-03-02T11:16+08:00");
    f.desk.tick(f.clock.instant());
    assertThat(AnyActor.workOrder(f.desk, ID, OFFICER).tier()).isEqualTo(Tier.BUREAU_LEADER);
  }

  private static List<String> kinds(WorkOrder order) {
    return order.history().stream().map(r -> r.event().kind()).toList();
  }

  private static java.util.Map<EvaluationAspect, Rating> ratings(Rating attitude, Rating others) {
    java.util.Map<EvaluationAspect, Rating> ratings = new java.util.EnumMap<>(EvaluationAspect.class);
    for (EvaluationAspect aspect : EvaluationAspect.values()) {
      ratings.put(aspect, aspect == EvaluationAspect.ATTITUDE ? attitude : others);
    }
    return ratings;
  }
}
