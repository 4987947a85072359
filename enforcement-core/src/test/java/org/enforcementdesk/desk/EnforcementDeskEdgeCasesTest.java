package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.desk.DeskFixtures.DIRECTOR;
import static org.enforcementdesk.desk.DeskFixtures.LEADER;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.PARTY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.Recipient;
import org.enforcementdesk.order.Accepted;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.ReviewAction;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewFacts;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.sla.SlaTargets;
import org.enforcementdesk.testing.FixedPolicy;
import org.junit.jupiter.api.Test;

/** Edge cases a review of the desk found, each kept as a regression test. */
class EnforcementDeskEdgeCasesTest {

  private static final RequestId R1 = RequestId.of("R-1");

  @Test
  void tick_entryWrittenUnderOtherCalendarData_isReindexedAndTheTickEnds() {
    DeskFixtures f = new DeskFixtures("2026-03-02T09:00+08:00");
    AnyActor.submit(f.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-02T09:00+08:00"), OFFICER);
    // The court adds a closure and restarts: a second desk over the same ledger computes other deadlines.
    EnforcementDesk restarted =
        EnforcementDesk.builder()
            .policy(new FixedPolicy())
            .resolvers(DeskFixtures.RESOLVERS)
            .clock(f.clock)
            .ledger(f.ledger)
            .calendar(WorkingCalendar.builder().closure(LocalDate.of(2026, 3, 3), "全院培训").build())
            .build();
    Instant later = OffsetDateTime.parse("2026-03-04T12:00+08:00").toInstant();
    restarted.tick(later); // must return: stale entries leave the index instead of coming back forever
    assertThat(f.ledger.dueBefore(OffsetDateTime.parse("2026-03-03T18:00+08:00").toInstant(), 10)).isEmpty();
  }

  @Test
  void submit_retriedDuplicate_isTheSameLinkNotASecondUrge() {
    DeskFixtures f = new DeskFixtures("2026-03-03T09:00+08:00");
    AnyActor.submit(f.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    var duplicate = DeskFixtures.request("R-2", "FUNDS_PAYOUT", "2026-03-03T10:00+08:00");
    AnyActor.submit(f.desk, duplicate, PARTY);
    Submission retried = AnyActor.submit(f.desk, duplicate, PARTY);
    assertThat(retried.linkedToOpenOrder()).isTrue();
    assertThat(retried.workOrder().urgeCount()).isEqualTo(1);
    AnyActor.resolve(f.desk, R1, OFFICER, "已发放");
    assertThat(AnyActor.submit(f.desk, duplicate, PARTY).workOrder().id()).isEqualTo(R1);
    assertThat(f.ledger.size()).isEqualTo(1);
  }

  @Test
  void tick_atRiskAndDeadlineBothPast_escalatesOnce() {
    DeskFixtures f = new DeskFixtures("2026-03-02T09:00+08:00");
    AnyActor.submit(f.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-02T09:00+08:00"), OFFICER);
    AnyActor.noteProgress(f.desk, R1, OFFICER, "已联系", true);
    f.clock.set("2026-03-06T10:00+08:00");
    // Shortened to 3 working days from the original receipt: at-risk and deadline both lie in the past.
    f.desk.changeUrgency(R1, DIRECTOR, Urgency.PRIORITY,
        new SlaTargets(Period.workingDays(1), Period.workingDays(3), Period.workingDays(2)), "催办较多");
    TickReport report = f.desk.tick(f.clock.instant());
    assertThat(report.escalations()).isEqualTo(1);
    assertThat(AnyActor.workOrder(f.desk, R1, OFFICER).tier()).isEqualTo(Tier.CENTER_DIRECTOR);
  }

  @Test
  void tick_pausedOrderWithAHardLimit_breachesAtTheLimit() {
    // An urgent renewal whose seizure lapses on 03-04, paused on 03-02: the lapse does not wait for the resume.
    DeskFixtures f = new DeskFixtures("2026-03-02T09:15+08:00");
    var facts = RequestFacts.builder().seizureExpiresOn(LocalDate.of(2026, 3, 4)).build();
    AnyActor.submit(f.desk, DeskFixtures.request("R-1", "SEIZURE_RENEWAL", "2026-03-02T09:15+08:00", "（2025）闽0322执1234号", facts), OFFICER);
    AnyActor.noteProgress(f.desk, R1, OFFICER, "已联系", true);
    f.clock.set("2026-03-02T09:30+08:00");
    WorkOrder paused = f.desk.pause(R1, OFFICER, PauseReason.of(PauseKind.WAITING_FOR_PARTY_MATERIALS));
    assertThat(paused.due(SlaTarget.RESOLUTION)).contains(OffsetDateTime.parse("2026-03-04T00:00+08:00"));
    f.clock.set("2026-03-05T09:00+08:00");
    TickReport report = f.desk.tick(f.clock.instant());
    assertThat(report.breaches()).isEqualTo(1);
    assertThat(AnyActor.workOrder(f.desk, R1, OFFICER).tier()).isEqualTo(Tier.BUREAU_LEADER);
  }

  @Test
  void accept_threatMarkedBeforeAcceptance_goesToTheBureauLeader() {
    DeskFixtures f = new DeskFixtures("2026-03-03T09:00+08:00", AcceptanceMode.BY_OFFICER);
    AnyActor.submit(f.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    f.desk.flagRisk(R1, OFFICER, RiskKind.PETITION_THREATENED, "扬言去市里上访");
    WorkOrder accepted = f.desk.accept(R1, OFFICER);
    assertThat(accepted.tier()).isEqualTo(Tier.BUREAU_LEADER);
  }

  @Test
  void reopen_needsANewDissatisfiedEvaluationEachRound() {
    DeskFixtures f = new DeskFixtures("2026-03-03T09:00+08:00");
    AnyActor.submit(f.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    AnyActor.resolve(f.desk, R1, OFFICER, "已发放");
    AnyActor.evaluate(f.desk, R1, PARTY, Evaluation.all(Rating.DISSATISFIED, "太慢"));
    f.desk.feedback().reopen(R1, LEADER, "重新办理");
    AnyActor.resolve(f.desk, R1, OFFICER, "已说明");
    f.desk.feedback().recordCallback(R1, OFFICER, CallbackOutcome.REACHED, "");
    f.desk.feedback().close(R1, OFFICER, "");
    assertThatThrownBy(() -> f.desk.feedback().reopen(R1, LEADER, "再次重办"))
        .isInstanceOf(IllegalCommandException.class)
        .hasMessageContaining("reopening needs a dissatisfied evaluation");
  }

  @Test
  void unknownOrder_looksTheSameToAPartyAsSomeoneElses() {
    DeskFixtures f = new DeskFixtures("2026-03-03T09:00+08:00");
    AnyActor.submit(f.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    Actor stranger = DeskFixtures.OTHER_PARTY;
    String unknown = messageOf(() -> AnyActor.urge(f.desk, RequestId.of("R-404"), stranger, "在吗"));
    String others = messageOf(() -> AnyActor.urge(f.desk, R1, stranger, "在吗"));
    assertThat(unknown.replace("R-404", "R-1")).isEqualTo(others);
    assertThatThrownBy(() -> AnyActor.workOrder(f.desk, RequestId.of("R-404"), stranger)).isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> AnyActor.workOrder(f.desk, RequestId.of("R-404"), OFFICER))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("no work order R-404");
  }

  @Test
  void automaticAcceptance_isRecordedAsTheSystemsNotTheSubmitters() {
    DeskFixtures f = new DeskFixtures("2026-03-03T09:00+08:00");
    WorkOrder order = AnyActor.submit(f.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY).workOrder();
    assertThat(order.history().get(0).event().actor()).isEqualTo(PARTY);
    assertThat(order.history().get(1).event()).isInstanceOf(Accepted.class);
    assertThat(order.history().get(1).event().actor()).isEqualTo(Actor.SYSTEM);
    assertThat(order.history().get(2).event().actor()).isEqualTo(Actor.SYSTEM);
  }

  @Test
  void twoCallbacksAskedOfOneTier_areTwoNotificationsNotAFailedCommand() {
    DecisionPolicy twoCallbacks =
        new DecisionPolicy() {
          private final FixedPolicy fixed = new FixedPolicy();

          @Override
          public IntakeDecision intake(IntakeFacts facts) {
            return fixed.intake(facts);
          }

          @Override
          public ReviewDecision review(ReviewFacts facts) {
            ReviewAction.RequestCallback call =
                new ReviewAction.RequestCallback(Tier.CENTER_DIRECTOR, Period.workingDays(1), "bad review");
            return ReviewDecision.of(List.of(call, call), List.of("Call back twice"), "court-edited");
          }
        };
    DeskFixtures f = new DeskFixtures("2026-03-03T09:00+08:00");
    EnforcementDesk desk =
        EnforcementDesk.builder().policy(twoCallbacks).resolvers(DeskFixtures.RESOLVERS).clock(f.clock).ledger(f.ledger).build();
    AnyActor.submit(desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    AnyActor.resolve(desk, R1, OFFICER, "已发放");
    AnyActor.evaluate(desk, R1, PARTY, Evaluation.all(Rating.DISSATISFIED, ""));
    assertThat(f.ledger.pending(100)).filteredOn(n -> n.kind() == NotificationKind.CALLBACK_DUE).hasSize(2);
  }

  @Test
  void breachThatEscalates_isNotifiedToTheHandlerWhoMissedIt() {
    DeskFixtures f = new DeskFixtures("2026-03-03T09:00+08:00");
    AnyActor.submit(f.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), OFFICER);
    f.desk.assign(R1, DIRECTOR, Tier.OFFICER, "o-17");
    AnyActor.noteProgress(f.desk, R1, OFFICER, "已联系", true);
    f.clock.set("2026-03-11T09:00+08:00");
    f.desk.tick(f.clock.instant());
    Notification breach =
        f.ledger.pending(100).stream().filter(n -> n.kind() == NotificationKind.SLA_BREACH).findFirst().orElseThrow();
    assertThat(breach.recipient()).isEqualTo(new Recipient(Recipient.Kind.HANDLER, "o-17"));
  }

  private static String messageOf(Runnable command) {
    try {
      command.run();
      throw new AssertionError("expected a refusal");
    } catch (PermissionDeniedException e) {
      return e.getMessage();
    }
  }
}
