package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.desk.DeskFixtures.DIRECTOR;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.PARTY;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.Recipient;
import org.enforcementdesk.order.Delegation;
import org.enforcementdesk.order.DelegationOutcome;
import org.enforcementdesk.order.DelegationOverdue;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.policy.DelegationSuggestion;
import org.enforcementdesk.policy.DelegationTerms;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaClock;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.testing.FixedPolicy;
import org.junit.jupiter.api.Test;

/**
 * Whole stories of delegated resolution: a livelihood case delegated to its village mediator, a delegation past its
 * own deadline, and delegations returned unresolved with the paused time credited (in whole days, or exactly for an
 * hour period) or with the clock kept running. Each is told through the desk's own commands.
 */
class DelegationStoriesTest {

  // ---- 3. a livelihood wage case resolved by the village mediator ---------------------------------------------------

  @Test
  void story_livelihoodWageCase_delegatedToItsVillageMediator_resolvedByVoluntaryPerformance() {
    StoryDesk d = new StoryDesk("2026-03-03T09:00+08:00", new FixedPolicy());
    RequestFacts wages =
        RequestFacts.builder()
            .causeOfAction("追索劳动报酬")
            .amountAtStake(new BigDecimal("28000"))
            .livelihood(true)
            .partyVillage("后沁村")
            .build();
    AnyActor.submit(d.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00", StoryDesk.CASE, wages), PARTY);
    // The rule book's suggestion for a livelihood case names the party's village; the directory finds its mediator.
    DelegationSuggestion suggestion =
        DelegationSuggestion.toVillageMediator(wages.partyVillage().orElseThrow(), "涉民生小额案件");
    DelegationTarget mediator = DeskFixtures.RESOLVERS.accountFor(suggestion).orElseThrow();
    assertThat(mediator).isEqualTo(DeskDriver.TO_MEDIATOR);

    d.at("2026-03-03T10:00+08:00");
    WorkOrder order = d.desk.delegation().delegate(StoryDesk.R1, OFFICER, mediator, "请协助督促被执行人履行");
    assertThat(order.state()).isEqualTo(WorkOrderState.DELEGATED);
    Delegation delegation = order.delegations().get(0);
    // The delegation's own deadline: 15 working days from Tuesday 03-03 10:00 (no holiday in between) is 03-24.
    assertThat(delegation.due()).isEqualTo(OffsetDateTime.parse("2026-03-24T17:30+08:00"));
    assertThat(delegation.due())
        .isEqualTo(StoryDesk.CALENDAR.due(OffsetDateTime.parse("2026-03-03T10:00+08:00"), Period.workingDays(15)).dueAt());
    assertThat(delegation.pausesResolution()).isTrue();
    assertThat(delegation.outcome()).isEqualTo(DelegationOutcome.PENDING);
    assertThat(order.clock(SlaTarget.RESOLUTION).orElseThrow().pauses())
        .extracting(p -> p.reason().kind()).containsExactly(PauseKind.DELEGATED);
    assertThat(d.ledger.pending(100))
        .filteredOn(n -> n.kind() == NotificationKind.DELEGATION)
        .extracting(Notification::recipient)
        .containsExactly(new Recipient(Recipient.Kind.RESOLVER, "vm-houqin"));

    // The mediator's own account shows it; they work on it and resolve it.
    assertThat(AnyActor.delegatedTo(d.desk, "vm-houqin", StoryDesk.MEDIATOR)).extracting(WorkOrder::id).containsExactly(StoryDesk.R1);
    d.at("2026-03-05T15:00+08:00");
    AnyActor.noteProgress(d.desk, StoryDesk.R1, StoryDesk.MEDIATOR, "已上门调解，被执行人同意当日支付", false);
    d.at("2026-03-06T11:00+08:00");
    order = AnyActor.resolve(d.desk, StoryDesk.R1, StoryDesk.MEDIATOR, ResolutionKind.VOLUNTARY_PERFORMANCE, "被执行人已自动履行全部工资");

    assertThat(order.state()).isEqualTo(WorkOrderState.RESOLVED);
    Delegation ended = order.delegations().get(0);
    assertThat(ended.outcome()).isEqualTo(DelegationOutcome.RESOLVED);
    assertThat(ended.resolvedAs()).contains(ResolutionKind.VOLUNTARY_PERFORMANCE);
    assertThat(ended.concluded()).contains(d.clock.instant());
    assertThat(ended.isPending()).isFalse();
    assertThat(order.delegation()).isEmpty();
    assertThat(d.desk.delegation().all(DIRECTOR)).containsExactly(ended);
    // Resolved, it is no longer the mediator's: gone from their account, and they may no longer read it.
    assertThat(AnyActor.delegatedTo(d.desk, "vm-houqin", StoryDesk.MEDIATOR)).isEmpty();
    assertThatThrownBy(() -> AnyActor.workOrder(d.desk, StoryDesk.R1, StoryDesk.MEDIATOR)).isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void delegationPastItsOwnDeadline_isRecordedOverdueOnce_andTellsResolverAndTier() {
    StoryDesk d = new StoryDesk("2026-03-03T09:00+08:00", new FixedPolicy());
    AnyActor.submit(d.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    d.at("2026-03-03T10:00+08:00");
    d.desk.delegation().delegate(StoryDesk.R1, OFFICER, "vm-houqin", "请协助督促");
    // Due 03-24 17:30: a tick just before records nothing about the delegation, one just after records it once.
    d.desk.tick(StoryDesk.instant("2026-03-24T17:29+08:00"));
    assertThat(events(AnyActor.workOrder(d.desk, StoryDesk.R1, OFFICER), DelegationOverdue.class)).isEmpty();
    d.desk.tick(StoryDesk.instant("2026-03-24T17:31+08:00"));
    d.desk.tick(StoryDesk.instant("2026-03-26T09:00+08:00"));
    WorkOrder order = AnyActor.workOrder(d.desk, StoryDesk.R1, OFFICER);
    assertThat(events(order, DelegationOverdue.class)).hasSize(1);
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
    StoryDesk d = new StoryDesk("2026-03-03T09:00+08:00", new FixedPolicy());
    String received = "2026-03-03T09:00+08:00";
    AnyActor.submit(d.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", received), PARTY);
    AnyActor.noteProgress(d.desk, StoryDesk.R1, OFFICER, "已电话联系申请人", true); // so only the resolution clock can breach below
    OffsetDateTime originalDue = AnyActor.workOrder(d.desk, StoryDesk.R1, OFFICER).due(SlaTarget.RESOLUTION).orElseThrow();
    assertThat(originalDue).isEqualTo(OffsetDateTime.parse("2026-03-10T17:30+08:00"));

    // Delegated Friday 03-06 10:00, returned Monday 03-09 10:00.
    d.at("2026-03-06T10:00+08:00");
    Instant delegatedAt = d.clock.instant();
    d.desk.delegation().delegate(StoryDesk.R1, OFFICER, DeskDriver.TO_MEDIATOR, "请协助督促被执行人");
    assertThat(AnyActor.workOrder(d.desk, StoryDesk.R1, OFFICER).due(SlaTarget.RESOLUTION)).as("a paused clock has no deadline").isEmpty();
    d.at("2026-03-09T10:00+08:00");
    Instant returnedAt = d.clock.instant();
    WorkOrder order = AnyActor.returnDelegation(d.desk, StoryDesk.R1, StoryDesk.MEDIATOR, "被执行人外出务工，无法联系");

    assertThat(order.state()).isEqualTo(WorkOrderState.OPEN);
    assertThat(order.delegations()).singleElement().satisfies(dl -> {
      assertThat(dl.outcome()).isEqualTo(DelegationOutcome.RETURNED);
      assertThat(dl.returnReason()).contains("被执行人外出务工，无法联系");
    });
    assertThat(d.desk.queues().openWorkOrders(order.tier(), DIRECTOR)).extracting(WorkOrder::id).containsExactly(StoryDesk.R1);
    assertThat(AnyActor.delegatedTo(d.desk, "vm-houqin", DIRECTOR)).isEmpty();
    assertThat(order.clock(SlaTarget.RESOLUTION).orElseThrow().isPaused()).isFalse();

    // docs/time.md, day periods: every counted day after the day of receipt on which the clock stood paused at any
    // moment adds one day; for working days only working days count. Paused Fri 03-06 .. Mon 03-09: Friday and Monday
    // are working days, the weekend is not, so 5 working days become 7 from the receipt: Thursday 03-12 17:30.
    long creditedDays =
        delegatedAt.atZone(StoryDesk.CALENDAR.zone()).toLocalDate()
            .datesUntil(returnedAt.atZone(StoryDesk.CALENDAR.zone()).toLocalDate().plusDays(1))
            .filter(StoryDesk.CALENDAR::isWorkingDay)
            .count();
    assertThat(creditedDays).isEqualTo(2);
    OffsetDateTime byCalendar =
        StoryDesk.CALENDAR.due(OffsetDateTime.parse(received), Period.workingDays(5 + (int) creditedDays)).dueAt();
    OffsetDateTime byClock =
        SlaClock.start(SlaTarget.RESOLUTION, Period.workingDays(5), OffsetDateTime.parse(received).toInstant(), StoryDesk.CALENDAR)
            .pause(PauseReason.of(PauseKind.DELEGATED), delegatedAt)
            .resume(returnedAt)
            .dueAt()
            .orElseThrow();
    assertThat(byCalendar).isEqualTo(OffsetDateTime.parse("2026-03-12T17:30+08:00"));
    assertThat(byClock).isEqualTo(byCalendar);
    assertThat(order.due(SlaTarget.RESOLUTION)).contains(byCalendar);
    // And the tick sees that deadline, not the original one: nothing breaches on Wednesday 03-11.
    assertThat(d.desk.tick(StoryDesk.instant("2026-03-11T09:00+08:00")).breaches()).isZero();
    assertThat(d.desk.tick(StoryDesk.instant("2026-03-13T09:00+08:00")).breaches()).isEqualTo(1);
  }

  @Test
  void story_delegationReturnedUnresolved_hourPeriodCreditedExactly() {
    // An urgent seizure renewal: 2 natural hours from Monday 03-02 09:15, due 11:15.
    StoryDesk d = new StoryDesk("2026-03-02T09:15+08:00", new FixedPolicy());
    RequestFacts lapsing = RequestFacts.builder().seizureExpiresOn(java.time.LocalDate.of(2026, 3, 6)).build();
    AnyActor.submit(d.desk, DeskFixtures.request("R-1", "SEIZURE_RENEWAL", "2026-03-02T09:15+08:00", StoryDesk.CASE, lapsing), OFFICER);
    assertThat(AnyActor.workOrder(d.desk, StoryDesk.R1, OFFICER).due(SlaTarget.RESOLUTION))
        .contains(OffsetDateTime.parse("2026-03-02T11:15+08:00"));

    d.at("2026-03-02T09:45+08:00");
    d.desk.delegation().delegate(StoryDesk.R1, OFFICER, DeskDriver.TO_TEAM, "请执前化解团队联系被执行人");
    d.at("2026-03-02T10:22:30+08:00");
    WorkOrder order = AnyActor.returnDelegation(d.desk, StoryDesk.R1, DeskDriver.TEAM, "被执行人拒绝沟通");

    // docs/time.md, hour periods: the credit is exact, the paused natural time, 37 minutes 30 seconds: due 11:52:30.
    Duration delegated = Duration.between(StoryDesk.instant("2026-03-02T09:45+08:00"), StoryDesk.instant("2026-03-02T10:22:30+08:00"));
    OffsetDateTime expected = OffsetDateTime.parse("2026-03-02T11:15+08:00").plus(delegated);
    assertThat(expected).isEqualTo(OffsetDateTime.parse("2026-03-02T11:52:30+08:00"));
    assertThat(order.due(SlaTarget.RESOLUTION).map(OffsetDateTime::toInstant)).contains(expected.toInstant());
    assertThat(d.desk.queues().openWorkOrders(Tier.OFFICER, DIRECTOR)).extracting(WorkOrder::id).containsExactly(StoryDesk.R1);
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
    StoryDesk d = new StoryDesk("2026-03-03T09:00+08:00", running);
    AnyActor.submit(d.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    d.at("2026-03-04T10:00+08:00");
    WorkOrder order = d.desk.delegation().delegate(StoryDesk.R1, OFFICER, DeskDriver.TO_MEDIATOR, "请协助");
    assertThat(order.delegations().get(0).pausesResolution()).isFalse();
    assertThat(order.delegations().get(0).due()).isEqualTo(OffsetDateTime.parse("2026-03-18T17:30+08:00"));
    assertThat(order.due(SlaTarget.RESOLUTION)).contains(OffsetDateTime.parse("2026-03-10T17:30+08:00"));
    d.at("2026-03-06T10:00+08:00");
    order = AnyActor.returnDelegation(d.desk, StoryDesk.R1, StoryDesk.MEDIATOR, "无法联系");
    assertThat(order.due(SlaTarget.RESOLUTION)).contains(OffsetDateTime.parse("2026-03-10T17:30+08:00"));
  }

  private static <E extends WorkOrderEvent> List<E> events(WorkOrder order, Class<E> kind) {
    return order.history().stream().map(r -> r.event()).filter(kind::isInstance).map(kind::cast).toList();
  }
}
