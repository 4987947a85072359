package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.order.Accepted;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.CaseFile;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.Delegated;
import org.enforcementdesk.order.Delegation;
import org.enforcementdesk.order.DelegationOutcome;
import org.enforcementdesk.order.DelegationOverdue;
import org.enforcementdesk.order.DelegationReturned;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.Evaluated;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.order.RecordedCaseEvent;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.RectificationClosed;
import org.enforcementdesk.order.RectificationItem;
import org.enforcementdesk.order.RectificationOpened;
import org.enforcementdesk.order.RectificationStatus;
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.order.Resolved;
import org.enforcementdesk.order.RiskCase;
import org.enforcementdesk.order.RiskFlagged;
import org.enforcementdesk.order.UpkeepKind;
import org.enforcementdesk.order.Withdrawn;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Counting laws over random histories of the party's voice and the wider network: contacts, petitions, risk flags,
 * urges with and without threats, evaluations, rectification, delegations, returns, resolutions, withdrawals, ticks
 * and new requests, on two enforcement cases. What the folded views say (each order's delegations and rectification
 * items, each case's risk cases, the desk's lists) must equal what counting the raw event streams gives, a trigger is
 * never lost or counted twice between an order's stream and its case's, and a refused command writes nothing.
 */
class WiderNetworkPropertiesTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.china();
  private static final List<String> CASES = List.of("（2025）闽0322执1234号", "（2025）闽0322执5678号");
  private static final List<String> RESOLVER_IDS = List.of("vm-houqin", "vm-yuanzhuang", "team-1");
  private static final List<DelegationTarget> TARGETS =
      List.of(
          DeskDriver.TO_MEDIATOR,
          new DelegationTarget(org.enforcementdesk.policy.DelegationKind.VILLAGE_MEDIATOR, "vm-yuanzhuang", "园庄村调解主任"),
          DeskDriver.TO_TEAM);

  /** What a step does. */
  enum Op {
    CONTACT, REPORT_PETITION, CONCLUDE_PETITION, FLAG_RISK, URGE, ESCALATE, CALLBACK, EVALUATE, DELEGATE,
    RETURN, RESOLVE_BY_RESOLVER, RESOLVE_BY_STAFF, WITHDRAW, REOPEN, CLOSE, MEASURE, VERIFY, UPKEEP, CLOSE_RISK,
    TICK, SUBMIT
  }

  /**
   * One step as raw choices, interpreted against the desk as it stands.
   *
   * @param op what to do
   * @param order which order (modulo how many there are)
   * @param kase which case, for case commands and new requests
   * @param variant picks the arguments (a risk kind, ratings as bits, a petition reference, a threat or not)
   * @param minutes working minutes the clock moves before the step
   */
  record Step(int op, int order, int kase, int variant, int minutes) {}

  private static final Gen<Step> STEPS =
      integers().between(0, Op.values().length - 1)
          .zip(
              integers().between(0, 7),
              integers().between(0, 1),
              integers().between(0, 31),
              integers().between(0, 480),
              Step::new);

  /** Totals over all histories, so the test can tell the laws were checked on histories that did something. */
  private final Map<String, Integer> seen = new HashMap<>();

  @Test
  void countsFromRawStreams_equalTheFoldedViews_andTriggersNeverDoubleCount() {
    qt().withFixedSeed(6_2026L)
        .withExamples(300)
        .withShrinkCycles(100)
        .forAll(integers().between(0, 60), lists().of(STEPS).ofSizeBetween(20, 60))
        .checkAssert((startDay, steps) -> new History(startDay).play(steps).assertCountsAgree());

    assertThat(seen).as("what the histories reached: %s", seen).allSatisfy((what, n) -> assertThat(n).as(what).isPositive());
    assertThat(seen.get("joined triggers")).as("triggers that joined an open risk case").isPositive();
    assertThat(seen.keySet())
        .contains(
            "delegated", "returned", "resolved while delegated", "withdrawn while delegated", "delegation overdue",
            "risk cases opened", "risk cases closed", "items opened", "items closed", "refused");
  }

  /** One history on a fresh desk. */
  private final class History {
    private final MutableClock clock;
    private final InMemoryRequestLedger ledger = new InMemoryRequestLedger();
    private final EnforcementDesk desk;
    private final List<RequestId> ids = new ArrayList<>();

    History(int startDay) {
      LocalDate day = LocalDate.of(2026, 1, 5).plusDays(startDay);
      Instant start = day.atTime(LocalTime.of(9, 0)).atZone(CALENDAR.zone()).toInstant();
      clock = new MutableClock(CALENDAR.nextOpening(start).plusMinutes(30).toString());
      desk =
          EnforcementDesk.builder()
              .policy(new WiderNetworkPolicy())
              .resolvers(DeskFixtures.RESOLVERS)
              .clock(clock)
              .ledger(ledger)
              .build();
      submit(0);
      submit(0);
      submit(1);
    }

    private void submit(int kase) {
      int n = ids.size() + 1;
      String now = clock.instant().atZone(CALENDAR.zone()).toOffsetDateTime().toString();
      RequestId id = RequestId.of("R-" + n);
      // Each request by its own party, so none is linked to another as a duplicate: every submission is an order.
      AnyActor.submit(desk, DeskFixtures.request("P-" + n, id.value(), "FUNDS_PAYOUT", now, CASES.get(kase), RequestFacts.none()),
          Actor.party("P-" + n));
      ids.add(id);
    }

    History play(List<Step> steps) {
      for (Step step : steps) {
        clock.set(CALENDAR.plusWorkingTime(clock.instant(), Duration.ofMinutes(step.minutes())).toString());
        Op op = Op.values()[step.op()];
        if (op == Op.TICK) {
          desk.tick(clock.instant());
          continue;
        }
        WideLedgerState before = WideLedgerState.of(ledger, ids, RESOLVER_IDS);
        try {
          run(op, step);
        } catch (IllegalCommandException | PermissionDeniedException | InvalidInputException refused) {
          // Random commands are often illegal where they land; a refusal must leave every stream as it was.
          assertThat(WideLedgerState.of(ledger, ids, RESOLVER_IDS)).as("refused %s: %s", op, refused.getMessage())
              .isEqualTo(before);
          count("refused", 1);
        }
      }
      return this;
    }

    private void run(Op op, Step step) {
      RequestId id = ids.get(step.order() % ids.size());
      int n = Integer.parseInt(id.value().substring(2));
      Actor party = Actor.party("P-" + n);
      CaseNumber kase = CaseNumber.parse(CASES.get(step.kase()));
      int v = step.variant();
      switch (op) {
        case CONTACT -> desk.cases().recordContact(kase, DeskFixtures.OFFICER, v % 2 == 0 ? ContactKind.VISIT : ContactKind.CALL, "P-" + n, "询问进度");
        case REPORT_PETITION -> desk.cases().reportPetition(kase, DeskFixtures.OFFICER, "XF-" + (v % 3), "向市信访局反映");
        case CONCLUDE_PETITION -> desk.cases().concludePetition(kase, DeskFixtures.OFFICER, "XF-" + (v % 3), "已答复");
        case FLAG_RISK -> desk.flagRisk(id, DeskFixtures.OFFICER, RiskKind.values()[v % 4], "承办人标记");
        case URGE -> AnyActor.urge(desk, id, party, v % 3 == 0 ? "再不处理就去上访" : "请尽快处理");
        case ESCALATE -> desk.escalate(id, DeskFixtures.OFFICER, "需上级协调");
        case CALLBACK -> desk.feedback().recordCallback(id, DeskFixtures.OFFICER, CallbackOutcome.REACHED, "已回访");
        case EVALUATE -> AnyActor.evaluate(desk, id, party, evaluation(v));
        case DELEGATE -> desk.delegation().delegate(id, DeskFixtures.OFFICER, TARGETS.get(v % 3), "请协助化解");
        case RETURN -> AnyActor.returnDelegation(desk, id, resolverOf(id), "无法化解");
        case RESOLVE_BY_RESOLVER ->
            AnyActor.resolve(desk, id, resolverOf(id), v % 2 == 0 ? ResolutionKind.VOLUNTARY_PERFORMANCE : ResolutionKind.SETTLEMENT, "已化解");
        case RESOLVE_BY_STAFF -> AnyActor.resolve(desk, id, DeskFixtures.OFFICER, "已办结");
        case WITHDRAW -> AnyActor.withdraw(desk, id, party, "已和解");
        case REOPEN -> desk.feedback().reopen(id, DeskFixtures.DIRECTOR, "重新办理");
        case CLOSE -> desk.feedback().close(id, DeskFixtures.OFFICER, "闭环");
        case MEASURE -> {
          RectificationItem item = itemFor(step);
          desk.rectification().recordMeasure(item.requestId(), item.item(), DeskFixtures.OFFICER, "整改措施");
        }
        case VERIFY -> {
          RectificationItem item = itemFor(step);
          desk.rectification().close(item.requestId(), item.item(), v % 2 == 0 ? DeskFixtures.DIRECTOR : DeskFixtures.LEADER, "已核实");
        }
        case UPKEEP -> desk.cases().recordRiskUpkeep(kase, DeskFixtures.OFFICER, UpkeepKind.values()[v % 3], "维护");
        case CLOSE_RISK -> desk.cases().closeRiskCase(kase, v % 2 == 0 ? DeskFixtures.DIRECTOR : DeskFixtures.LEADER, "风险已化解");
        case SUBMIT -> {
          if (ids.size() < 8) {
            submit(step.kase());
          }
        }
        case TICK -> throw new AssertionError("ticks are played above");
      }
    }

    /**
     * An item to work on: one of the items opened so far (closed ones too, whose commands must be refused), or item 1
     * of an order that has none, so that rectification steps reach items rather than mostly miss them.
     */
    private RectificationItem itemFor(Step step) {
      List<RectificationItem> items = desk.rectification().items(RectificationQuery.all(), DeskFixtures.DIRECTOR);
      if (items.isEmpty()) {
        RequestId id = ids.get(step.order() % ids.size());
        return new RectificationItem(id, 1, EvaluationAspect.ATTITUDE, org.enforcementdesk.model.Tier.OFFICER,
            java.util.Optional.empty(), clock.instant(), org.enforcementdesk.calendar.Period.workingDays(5),
            new org.enforcementdesk.calendar.CountedDeadline(
                clock.instant().atZone(CALENDAR.zone()).toOffsetDateTime(), CALENDAR.version()),
            com.google.common.collect.ImmutableList.of(), java.util.Optional.empty(), java.util.Optional.empty());
      }
      return items.get((step.order() * 32 + step.variant()) % items.size());
    }

    /** The account an order is delegated to now, or a resolver it is not (whose commands must then be refused). */
    private Actor resolverOf(RequestId id) {
      Optional<DelegationTarget> target = WorkOrder.fold(ledger.read(id)).delegation();
      if (target.isEmpty()) {
        return DeskDriver.MEDIATOR;
      }
      ActorRole role =
          target.get().kind() == org.enforcementdesk.policy.DelegationKind.PRE_ENFORCEMENT_TEAM
              ? ActorRole.PRE_ENFORCEMENT_TEAM
              : ActorRole.EXTERNAL_RESOLVER;
      return Actor.resolver(role, target.get().resolverId());
    }

    void assertCountsAgree() {
      Map<RequestId, WorkOrder> orders = DeskInvariants.assertHold(ledger, ids, CALENDAR);

      // Orders: count the raw events; a delegation ends with the first return, resolution or withdrawal after it.
      int delegated = 0, returned = 0, resolvedWhileDelegated = 0, recalled = 0, withdrawnWhileDelegated = 0;
      int overdue = 0;
      int itemsOpened = 0, itemsClosed = 0, dissatisfiedAspects = 0;
      Map<CaseNumber, Integer> orderSideTriggers = new HashMap<>();
      for (RequestId id : ids) {
        boolean pending = false;
        CaseNumber kase = orders.get(id).request().caseNumber().orElseThrow();
        for (RecordedEvent recorded : ledger.read(id)) {
          WorkOrderEvent e = recorded.event();
          if (e instanceof Delegated) {
            delegated++;
            pending = true;
          } else if (e instanceof DelegationReturned) {
            returned++;
            pending = false;
          } else if (e instanceof Resolved && pending) {
            // The resolver's own resolution is the delegation's; the centre's resolution recalls it.
            if (e.actor().role().isResolver()) {
              resolvedWhileDelegated++;
            } else {
              recalled++;
            }
            pending = false;
          } else if (e instanceof Withdrawn && pending) {
            withdrawnWhileDelegated++;
            pending = false;
          } else if (e instanceof DelegationOverdue) {
            overdue++;
          } else if (e instanceof RectificationOpened) {
            itemsOpened++;
          } else if (e instanceof RectificationClosed) {
            itemsClosed++;
          } else if (e instanceof Evaluated ev) {
            dissatisfiedAspects += ev.evaluation().dissatisfiedAspects().size();
          } else if (e instanceof RiskFlagged) {
            orderSideTriggers.merge(kase, 1, Integer::sum);
          } else if (e instanceof Accepted a) {
            orderSideTriggers.merge(kase, a.decision().riskFlags().size(), Integer::sum);
          }
        }
      }
      Map<DelegationOutcome, Integer> byOutcome = new EnumMap<>(DelegationOutcome.class);
      int foldedDelegations = 0, foldedOverdue = 0, foldedItems = 0, foldedClosedItems = 0;
      for (WorkOrder order : orders.values()) {
        for (Delegation delegation : order.delegations()) {
          foldedDelegations++;
          byOutcome.merge(delegation.outcome(), 1, Integer::sum);
          foldedOverdue += delegation.overdue() ? 1 : 0;
        }
        foldedItems += order.rectificationItems().size();
        foldedClosedItems += (int) order.rectificationItems().stream().filter(RectificationItem::isClosed).count();
      }
      assertThat(foldedDelegations).as("delegations").isEqualTo(delegated);
      assertThat(byOutcome.getOrDefault(DelegationOutcome.RETURNED, 0)).as("returned").isEqualTo(returned);
      assertThat(byOutcome.getOrDefault(DelegationOutcome.RESOLVED, 0)).as("resolved").isEqualTo(resolvedWhileDelegated);
      assertThat(byOutcome.getOrDefault(DelegationOutcome.RECALLED, 0)).as("recalled").isEqualTo(recalled);
      assertThat(byOutcome.getOrDefault(DelegationOutcome.WITHDRAWN, 0)).as("withdrawn").isEqualTo(withdrawnWhileDelegated);
      assertThat(foldedOverdue).as("overdue delegations, each recorded once").isEqualTo(overdue);
      assertThat(desk.delegation().all(DeskFixtures.DIRECTOR)).as("the desk's list of delegations").hasSize(delegated);
      assertThat(foldedItems).as("rectification items").isEqualTo(itemsOpened).isEqualTo(dissatisfiedAspects);
      assertThat(foldedClosedItems).as("closed items").isEqualTo(itemsClosed);
      assertThat(desk.rectification().items(RectificationQuery.all(), DeskFixtures.DIRECTOR)).hasSize(itemsOpened);
      assertThat(desk.rectification().items(
              RectificationQuery.all().status(RectificationStatus.CLOSED, clock.instant()), DeskFixtures.DIRECTOR))
          .hasSize(itemsClosed);

      // Cases: a trigger opens a risk case exactly when none is open; closures end one.
      List<CaseNumber> openByRaw = new ArrayList<>();
      for (CaseNumber kase : ledger.caseNumbers()) {
        boolean open = false;
        int triggers = 0, opened = 0, joined = 0, closed = 0, upkeep = 0;
        for (RecordedCaseEvent recorded : ledger.readCase(kase)) {
          CaseEvent e = recorded.event();
          if (e instanceof CaseEvent.RiskTriggered) {
            triggers++;
            if (open) {
              joined++;
            } else {
              opened++;
              open = true;
            }
          } else if (e instanceof CaseEvent.RiskCaseClosed) {
            closed++;
            open = false;
          } else if (e instanceof CaseEvent.RiskUpkeepRecorded) {
            upkeep++;
          }
        }
        if (open) {
          openByRaw.add(kase);
        }
        CaseFile file = desk.cases().caseFile(kase, DeskFixtures.OFFICER);
        assertThat(file.riskCases()).as("risk cases of %s", kase).hasSize(opened);
        assertThat(file.riskCases().stream().filter(r -> !r.isOpen())).as("closed risk cases").hasSize(closed);
        assertThat(file.riskCases().stream().mapToInt(r -> r.triggers().size()).sum()).isEqualTo(triggers);
        assertThat(file.riskCases().stream().mapToInt(r -> r.upkeep().size()).sum()).isEqualTo(upkeep);
        assertThat(file.riskCases()).extracting(RiskCase::number)
            .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, opened).boxed().toList());
        // Every trigger came from exactly one flag on one of the case's orders, written in the same append.
        assertThat(triggers).as("triggers on %s", kase).isEqualTo(orderSideTriggers.getOrDefault(kase, 0));
        count("risk cases opened", opened);
        count("risk cases closed", closed);
        count("joined triggers", joined);
      }
      for (Map.Entry<CaseNumber, Integer> side : orderSideTriggers.entrySet()) {
        if (side.getValue() > 0) {
          assertThat(ledger.caseNumbers()).as("a case with flags has a stream").contains(side.getKey());
        }
      }
      assertThat(desk.cases().openRiskCases(DeskFixtures.LEADER)).extracting(RiskCase::caseNumber)
          .containsExactlyInAnyOrderElementsOf(openByRaw);

      count("delegated", delegated);
      count("returned", returned);
      count("resolved while delegated", resolvedWhileDelegated);
      count("withdrawn while delegated", withdrawnWhileDelegated);
      count("delegation overdue", overdue);
      count("items opened", itemsOpened);
      count("items closed", itemsClosed);
    }
  }

  private void count(String what, int n) {
    seen.merge(what, n, Integer::sum);
  }

  /** Ratings from the bits of {@code bits}: a set bit makes that aspect dissatisfied. */
  private static Evaluation evaluation(int bits) {
    Map<EvaluationAspect, Rating> ratings = new EnumMap<>(EvaluationAspect.class);
    for (EvaluationAspect aspect : EvaluationAspect.values()) {
      ratings.put(aspect, (bits & (1 << aspect.ordinal())) != 0 ? Rating.DISSATISFIED : Rating.SATISFIED);
    }
    return Evaluation.of(ratings, "评价");
  }
}
