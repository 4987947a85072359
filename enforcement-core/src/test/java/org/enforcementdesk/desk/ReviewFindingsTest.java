package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementdesk.desk.DeskFixtures.DIRECTOR;
import static org.enforcementdesk.desk.DeskFixtures.LEADER;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.PARTY;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.order.CallbackRequested;
import org.enforcementdesk.order.CaseFile;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.Delegation;
import org.enforcementdesk.order.DelegationOutcome;
import org.enforcementdesk.order.RectificationItem;
import org.enforcementdesk.order.RectificationStatus;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.ReviewAction;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewFacts;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.testing.FixedPolicy;
import org.enforcementdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Corners of risk cases, rectification and delegation that whole stories pass by: a trigger firing again after its
 * risk case was closed, a callback the rules ask for when a contact records nothing on the order, an item's status
 * before it was closed, and the centre resolving an order it had delegated.
 */
class ReviewFindingsTest {

  private static final CaseNumber CASE_NUMBER = CaseNumber.parse("（2025）闽0322执1234号");
  private static final RequestId R1 = RequestId.of("R-1");

  private final MutableClock clock = new MutableClock("2026-03-03T09:00+08:00");
  private final InMemoryRequestLedger ledger = new InMemoryRequestLedger();

  private EnforcementDesk desk(DecisionPolicy policy) {
    return EnforcementDesk.builder()
        .policy(policy)
        .resolvers(DeskFixtures.RESOLVERS)
        .clock(clock)
        .ledger(ledger)
        .build();
  }

  @Test
  void riskCase_closed_theSameTriggerOnTheSameOrderOpensTheNextOne() {
    EnforcementDesk desk = desk(new WiderNetworkPolicy());
    AnyActor.submit(desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    clock.set("2026-03-03T10:00+08:00");
    desk.cases().recordContact(CASE_NUMBER, OFFICER, ContactKind.CALL, PARTY.id(), "询问进度");
    clock.set("2026-03-03T11:00+08:00");
    CaseFile file = desk.cases().recordContact(CASE_NUMBER, OFFICER, ContactKind.VISIT, PARTY.id(), "再次来访");
    assertThat(file.riskCases()).hasSize(1);
    assertThat(file.openRiskCase().orElseThrow().openingKind()).isEqualTo(RiskKind.REPEATED_VISITS);

    clock.set("2026-03-04T09:00+08:00");
    desk.cases().closeRiskCase(CASE_NUMBER, LEADER, "已当面解释，申请人表示理解");
    // The order still carries its old flag; once the risk case is closed it no longer holds, so the fourth visit
    // within 30 days is a trigger again and opens the case's second risk case.
    clock.set("2026-03-05T09:00+08:00");
    file = desk.cases().recordContact(CASE_NUMBER, OFFICER, ContactKind.VISIT, PARTY.id(), "第三次来访");
    assertThat(file.riskCases()).hasSize(2);
    assertThat(file.openRiskCase().orElseThrow().number()).isEqualTo(2);
    // And while it is open the same trigger does not fire again.
    clock.set("2026-03-05T10:00+08:00");
    file = desk.cases().recordContact(CASE_NUMBER, OFFICER, ContactKind.CALL, PARTY.id(), "来电");
    assertThat(file.riskCases()).hasSize(2);
    assertThat(file.openRiskCase().orElseThrow().triggers()).hasSize(1);
  }

  @Test
  void contactReview_thatOnlyAsksForACallback_stillSendsIt() {
    EnforcementDesk desk = desk(new CallbackOnCaseActivity());
    AnyActor.submit(desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    List<Notification> before = ledger.pending(100);
    clock.set("2026-03-03T10:00+08:00");
    desk.cases().recordContact(CASE_NUMBER, OFFICER, ContactKind.CALL, PARTY.id(), "询问进度");

    List<Notification> added = new ArrayList<>(ledger.pending(100));
    added.removeAll(before);
    assertThat(added).extracting(Notification::kind).containsExactly(NotificationKind.CALLBACK_DUE);
    assertThat(added.get(0).requestId()).isEqualTo(R1);
    assertThat(added.get(0).recipient().id()).isEqualTo(Tier.CENTER_DIRECTOR.name());
    // The rules' request is recorded on the order, as every decision of theirs is.
    assertThat(ledger.read(R1)).hasSize(4);
    assertThat(ledger.read(R1).get(3).event()).isInstanceOfSatisfying(CallbackRequested.class, e -> {
      assertThat(e.by()).isEqualTo(Tier.CENTER_DIRECTOR);
      assertThat(e.due().at()).isEqualTo(OffsetDateTime.parse("2026-03-04T17:30+08:00"));
    });
  }

  @Test
  void rectificationItem_closedLater_wasOverdueBeforeItsClosing() {
    EnforcementDesk desk = desk(new FixedPolicy());
    AnyActor.submit(desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    AnyActor.resolve(desk, R1, OFFICER, "已发放");
    AnyActor.evaluate(desk, R1, PARTY, DeskDriver.DISSATISFIED);
    RectificationItem item = AnyActor.workOrder(desk, R1, DIRECTOR).rectificationItems().get(0);
    Instant overdueAt = item.due().toInstant().plusSeconds(3600);

    clock.set(OffsetDateTime.ofInstant(overdueAt.plusSeconds(86_400), clock.getZone()).toString());
    desk.rectification().recordMeasure(R1, item.item(), DIRECTOR, "约谈承办人，规范答复用语");
    RectificationItem closed =
        desk.rectification().close(R1, item.item(), DIRECTOR, "回访确认").rectificationItem(item.item()).orElseThrow();

    assertThat(closed.status(overdueAt)).isEqualTo(RectificationStatus.OVERDUE);
    assertThat(closed.status(clock.instant())).isEqualTo(RectificationStatus.CLOSED);
    assertThat(desk.rectification().items(RectificationQuery.all().status(RectificationStatus.OVERDUE, overdueAt), DIRECTOR))
        .extracting(RectificationItem::item)
        .contains(item.item());
  }

  @Test
  void delegatedOrder_resolvedByTheCentreItself_isRecalledNotTheResolversResolution() {
    EnforcementDesk desk = desk(new FixedPolicy());
    AnyActor.submit(desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    desk.delegation().delegate(R1, OFFICER, DeskDriver.TO_TEAM.resolverId(), "请协助化解");
    clock.set("2026-03-04T09:00+08:00");
    WorkOrder order = AnyActor.resolve(desk, R1, OFFICER, "承办人已直接发放");

    Delegation delegation = order.delegations().get(0);
    assertThat(delegation.outcome()).isEqualTo(DelegationOutcome.RECALLED);
    assertThat(delegation.concluded()).contains(clock.instant());
  }

  /** Asks the centre director for a callback on any activity on the case, and nothing else. */
  private static final class CallbackOnCaseActivity implements DecisionPolicy {
    private final FixedPolicy fixed = new FixedPolicy();

    @Override
    public IntakeDecision intake(IntakeFacts facts) {
      return fixed.intake(facts);
    }

    @Override
    public ReviewDecision review(ReviewFacts facts) {
      if (facts.signal() != ReviewSignal.CASE_ACTIVITY) {
        return fixed.review(facts);
      }
      return new ReviewDecision(
          ImmutableList.of(new ReviewAction.RequestCallback(
              Tier.CENTER_DIRECTOR, Period.workingDays(1), "来电较多，请中心主任回访")),
          ImmutableList.of("Activity on the case calls for the director's callback"),
          "callback-test-policy");
    }
  }
}
