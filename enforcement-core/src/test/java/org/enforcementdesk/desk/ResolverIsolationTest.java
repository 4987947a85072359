package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.desk.DeskFixtures.DIRECTOR;
import static org.enforcementdesk.desk.DeskFixtures.LEADER;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.order.UpkeepKind;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A resolver sees and acts on only what is delegated to them, and only while it is: for every query and every
 * command, another resolver, the same id under another role, and the same resolver once the order was returned,
 * resolved or withdrawn are refused, and the ledger (order streams, case streams, due index, outbox, labels) stays
 * exactly as it was.
 */
class ResolverIsolationTest {

  private static final String CASE = "（2025）闽0322执1234号";
  private static final CaseNumber CASE_NUMBER = CaseNumber.parse(CASE);

  private static final Actor MEDIATOR = DeskDriver.MEDIATOR; // vm-houqin
  private static final Actor OTHER_MEDIATOR = Actor.resolver(ActorRole.EXTERNAL_RESOLVER, "vm-yuanzhuang");
  private static final Actor TEAM = DeskDriver.TEAM; // team-1
  /** The mediator's id under the pre-enforcement team's role: an account is its role and id together. */
  private static final Actor MEDIATOR_ID_AS_TEAM = Actor.resolver(ActorRole.PRE_ENFORCEMENT_TEAM, "vm-houqin");

  /** Delegated to the mediator now. */
  private static final RequestId WITH_MEDIATOR = RequestId.of("R-1");
  /** Delegated to the team now. */
  private static final RequestId WITH_TEAM = RequestId.of("R-2");
  /** Was the mediator's, returned unresolved. */
  private static final RequestId RETURNED = RequestId.of("R-3");
  /** Was the mediator's, resolved by them, then evaluated with a rectification item. */
  private static final RequestId RESOLVED = RequestId.of("R-4");
  /** Was the mediator's, withdrawn by the party. */
  private static final RequestId WITHDRAWN = RequestId.of("R-5");

  private static final List<RequestId> ALL = List.of(WITH_MEDIATOR, WITH_TEAM, RETURNED, RESOLVED, WITHDRAWN);
  private static final List<String> RESOLVER_IDS = List.of("vm-houqin", "vm-yuanzhuang", "team-1");

  /** Who tries what on which order, and why it is not theirs. */
  record Probe(Actor actor, RequestId order, String why) {
    @Override
    public String toString() {
      return actor + " on " + order + " (" + why + ")";
    }
  }

  private static final List<Probe> PROBES =
      List.of(
          new Probe(OTHER_MEDIATOR, WITH_MEDIATOR, "another village's mediator"),
          new Probe(TEAM, WITH_MEDIATOR, "the pre-enforcement team"),
          new Probe(MEDIATOR_ID_AS_TEAM, WITH_MEDIATOR, "the same id under another role"),
          new Probe(MEDIATOR, WITH_TEAM, "delegated to the team"),
          new Probe(MEDIATOR, RETURNED, "returned by the mediator"),
          new Probe(MEDIATOR, RESOLVED, "resolved by the mediator"),
          new Probe(MEDIATOR, WITHDRAWN, "withdrawn while with the mediator"));

  private final DeskDriver driver = new DeskDriver();
  private final EnforcementDesk desk = driver.desk();

  ResolverIsolationTest() {
    // Each order by its own party, so that none is linked to another as a duplicate.
    for (int i = 0; i < ALL.size(); i++) {
      RequestId id = ALL.get(i);
      AnyActor.submit(desk, DeskFixtures.request("P-" + (i + 1), id.value(), "FUNDS_PAYOUT", DeskDriver.NOW, CASE, RequestFacts.none()), OFFICER);
      later();
      desk.accept(id, OFFICER);
    }
    later();
    desk.delegation().delegate(WITH_MEDIATOR, OFFICER, DeskDriver.TO_MEDIATOR, "请协助");
    desk.delegation().delegate(WITH_TEAM, OFFICER, DeskDriver.TO_TEAM, "请协助");
    desk.delegation().delegate(RETURNED, OFFICER, DeskDriver.TO_MEDIATOR, "请协助");
    desk.delegation().delegate(RESOLVED, OFFICER, DeskDriver.TO_MEDIATOR, "请协助");
    desk.delegation().delegate(WITHDRAWN, OFFICER, DeskDriver.TO_MEDIATOR, "请协助");
    later();
    AnyActor.returnDelegation(desk, RETURNED, MEDIATOR, "无法联系被执行人");
    AnyActor.resolve(desk, RESOLVED, MEDIATOR, ResolutionKind.SETTLEMENT, "双方达成和解");
    AnyActor.withdraw(desk, WITHDRAWN, Actor.party("P-5"), "已自行和解");
    later();
    // Records the queries and commands on the case and on rectification can reach, so no refusal is vacuous.
    AnyActor.evaluate(desk, RESOLVED, Actor.party("P-4"), DeskDriver.DISSATISFIED);
    desk.flagRisk(WITH_MEDIATOR, OFFICER, RiskKind.PETITION_THREATENED, "扬言上访");
    desk.cases().reportPetition(CASE_NUMBER, OFFICER, "XF-1", "向市信访局反映");
    assertThat(desk.rectification().items(RectificationQuery.all(), DIRECTOR)).hasSize(1);
    assertThat(desk.cases().openRiskCases(DIRECTOR)).hasSize(1);
  }

  private void later() {
    driver.fixtures.clock.advance(Duration.ofMinutes(5));
  }

  private WideLedgerState ledger() {
    return WideLedgerState.of(driver.fixtures.ledger, ALL, RESOLVER_IDS);
  }

  @Test
  void theMediatorSeesAndActsOnWhatIsDelegatedToThemNow() {
    // The control for everything below: the same queries and commands work for the resolver it is delegated to.
    assertThat(AnyActor.workOrder(desk, WITH_MEDIATOR, MEDIATOR).id()).isEqualTo(WITH_MEDIATOR);
    assertThat(AnyActor.workOrdersOfCase(desk, CASE_NUMBER, MEDIATOR)).extracting(WorkOrder::id).containsExactly(WITH_MEDIATOR);
    assertThat(AnyActor.workOrdersOfParty(desk, "P-1", MEDIATOR)).extracting(WorkOrder::id).containsExactly(WITH_MEDIATOR);
    assertThat(AnyActor.delegatedTo(desk, "vm-houqin", MEDIATOR)).extracting(WorkOrder::id).containsExactly(WITH_MEDIATOR);
    assertThat(AnyActor.delegatedTo(desk, "team-1", TEAM)).extracting(WorkOrder::id).containsExactly(WITH_TEAM);
    assertThat(AnyActor.noteProgress(desk, WITH_MEDIATOR, MEDIATOR, "已约见双方", false).state())
        .isEqualTo(WorkOrderState.DELEGATED);
    // Once returned, resolved or withdrawn, the mediator's own account no longer lists them.
    assertThat(AnyActor.delegatedTo(desk, "vm-houqin", MEDIATOR)).extracting(WorkOrder::id).doesNotContain(RETURNED, RESOLVED, WITHDRAWN);
    assertThat(AnyActor.workOrdersOfCase(desk, CASE_NUMBER, MEDIATOR)).extracting(WorkOrder::id).doesNotContain(RETURNED, RESOLVED, WITHDRAWN);
  }

  @TestFactory
  Stream<DynamicTest> everyQuery_refusedOrEmptyForAResolverWhomTheOrderIsNotDelegatedTo() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Probe probe : PROBES) {
      Actor a = probe.actor();
      RequestId id = probe.order();
      String party = "P-" + (ALL.indexOf(id) + 1);
      String otherResolver = RESOLVER_IDS.stream().filter(r -> !r.equals(a.id())).findFirst().orElseThrow();
      tests.add(denied(probe, "workOrder", () -> AnyActor.workOrder(desk, id, a)));
      tests.add(denied(probe, "openOrders", () -> desk.queues().openWorkOrders(Tier.OFFICER, a)));
      tests.add(denied(probe, "openOrdersOfHandler", () -> desk.queues().openWorkOrdersOfHandler("o-17", a)));
      tests.add(denied(probe, "delegatedTo " + otherResolver, () -> AnyActor.delegatedTo(desk, otherResolver, a)));
      tests.add(denied(probe, "caseFile", () -> desk.cases().caseFile(CASE_NUMBER, a)));
      tests.add(denied(probe, "openRiskCases", () -> desk.cases().openRiskCases(a)));
      tests.add(denied(probe, "rectificationItems", () -> desk.rectification().items(RectificationQuery.all(), a)));
      tests.add(denied(probe, "delegations", () -> desk.delegation().all(a)));
      // The list queries serve parties too: they leave out what the viewer may not see rather than refuse.
      tests.add(DynamicTest.dynamicTest(probe + ": requestsOfCase leaves it out", () -> {
        WideLedgerState before = ledger();
        assertThat(AnyActor.workOrdersOfCase(desk, CASE_NUMBER, a)).extracting(WorkOrder::id).doesNotContain(id);
        assertThat(ledger()).isEqualTo(before);
      }));
      tests.add(DynamicTest.dynamicTest(probe + ": requestsOfParty leaves it out", () -> {
        assertThat(AnyActor.workOrdersOfParty(desk, party, a)).isEmpty();
      }));
      tests.add(DynamicTest.dynamicTest(probe + ": delegatedTo of their own id leaves it out", () -> {
        if (a.role().isResolver()) {
          assertThat(AnyActor.delegatedTo(desk, a.id(), a)).extracting(WorkOrder::id).doesNotContain(id);
        }
      }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyCommand_deniedToAResolverWhomTheOrderIsNotDelegatedTo_andRecordsNothing() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Probe probe : PROBES) {
      for (CommandKind command : CommandKind.values()) {
        tests.add(DynamicTest.dynamicTest(probe + ": " + command, () -> {
          WideLedgerState before = ledger();
          assertThatThrownBy(issue(command, probe.order(), probe.actor()))
              .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.command()).contains(command))
              .hasMessageContaining("nothing was recorded");
          assertThat(ledger()).as("nothing recorded").isEqualTo(before);
        }));
      }
    }
    return tests.stream();
  }

  private DynamicTest denied(Probe probe, String query, ThrowingCallable call) {
    return DynamicTest.dynamicTest(probe + ": " + query, () -> {
      WideLedgerState before = ledger();
      assertThatThrownBy(call).isInstanceOf(PermissionDeniedException.class);
      assertThat(ledger()).isEqualTo(before);
    });
  }

  /**
   * The command with arguments that would be accepted from someone entitled to issue it. A switch expression over
   * every kind: a command added later does not compile until it is probed here.
   */
  private ThrowingCallable issue(CommandKind command, RequestId id, Actor a) {
    return switch (command) {
      case SUBMIT -> () -> AnyActor.submit(desk, DeskFixtures.request("P-9", "R-9", "PROPERTY_LEAD", DeskDriver.NOW, CASE, RequestFacts.none()), a);
      case ACCEPT -> () -> desk.accept(id, a);
      case REJECT -> () -> desk.reject(id, a, "不属于执行事项");
      case ASSIGN -> () -> desk.assign(id, a, Tier.OFFICER, "o-18");
      case NOTE_PROGRESS -> () -> AnyActor.noteProgress(desk, id, a, "已约见双方", true);
      case PAUSE -> () -> desk.pause(id, a, PauseReason.of(PauseKind.APPRAISAL_OR_AUCTION));
      case RESUME -> () -> desk.resume(id, a);
      case URGE -> () -> AnyActor.urge(desk, id, a, "怎么还没发放？");
      case ESCALATE -> () -> desk.escalate(id, a, "需中心主任协调");
      case CHANGE_URGENCY -> () -> desk.changeUrgency(id, a, Urgency.PRIORITY, DeskDriver.PRIORITY_TARGETS, "涉及民生");
      case FLAG_RISK -> () -> desk.flagRisk(id, a, RiskKind.REPEATED_VISITS, "一周内三次来电");
      case DELEGATE -> () -> desk.delegation().delegate(id, a, "vm-yuanzhuang", "转交园庄村调解");
      case RETURN_DELEGATION -> () -> AnyActor.returnDelegation(desk, id, a, "无法联系");
      case RESOLVE -> () -> AnyActor.resolve(desk, id, a, ResolutionKind.VOLUNTARY_PERFORMANCE, "已自动履行");
      case RECORD_CALLBACK -> () -> desk.feedback().recordCallback(id, a, CallbackOutcome.REACHED, "申请人满意");
      case EVALUATE -> () -> AnyActor.evaluate(desk, id, a, Evaluation.all(Rating.SATISFIED, "满意"));
      case CLOSE -> () -> desk.feedback().close(id, a, "闭环");
      case WITHDRAW -> () -> AnyActor.withdraw(desk, id, a, "已自行和解");
      case REOPEN -> () -> desk.feedback().reopen(id, a, "重新办理");
      case RECORD_RECTIFICATION_MEASURE -> () -> desk.rectification().recordMeasure(RESOLVED, 1, a, "当面致歉");
      case CLOSE_RECTIFICATION -> () -> desk.rectification().close(RESOLVED, 1, a, "已核实");
      case RECORD_CONTACT -> () -> desk.cases().recordContact(CASE_NUMBER, a, ContactKind.CALL, "P-1", "询问进度");
      case REPORT_PETITION -> () -> desk.cases().reportPetition(CASE_NUMBER, a, "XF-2", "再次信访");
      case CONCLUDE_PETITION -> () -> desk.cases().concludePetition(CASE_NUMBER, a, "XF-1", "已答复");
      case RECORD_RISK_UPKEEP -> () -> desk.cases().recordRiskUpkeep(CASE_NUMBER, a, UpkeepKind.VISIT, "走访");
      case CLOSE_RISK_CASE -> () -> desk.cases().closeRiskCase(CASE_NUMBER, a, "已化解");
    };
  }

  @Test
  void staffCanStillDoWhatTheResolversWereRefused() {
    // The probes' arguments are valid: the refusals above were about who asked, not what was asked.
    WideLedgerState before = ledger();
    desk.rectification().recordMeasure(RESOLVED, 1, OFFICER, "当面致歉");
    desk.rectification().close(RESOLVED, 1, DIRECTOR, "已核实");
    desk.cases().concludePetition(CASE_NUMBER, OFFICER, "XF-1", "已答复");
    desk.cases().recordRiskUpkeep(CASE_NUMBER, OFFICER, UpkeepKind.VISIT, "走访");
    desk.cases().closeRiskCase(CASE_NUMBER, LEADER, "已化解");
    desk.delegation().delegate(RETURNED, OFFICER, "vm-yuanzhuang", "转交园庄村调解");
    assertThat(ledger()).isNotEqualTo(before);
    assertThat(AnyActor.delegatedTo(desk, "vm-yuanzhuang", OTHER_MEDIATOR)).extracting(WorkOrder::id).containsExactly(RETURNED);
    // Delegated anew to another resolver, the returned order is still not the first mediator's.
    assertThatThrownBy(() -> AnyActor.workOrder(desk, RETURNED, MEDIATOR)).isInstanceOf(PermissionDeniedException.class);
  }
}
