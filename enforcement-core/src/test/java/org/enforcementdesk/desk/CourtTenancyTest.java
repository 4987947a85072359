package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.UpkeepKind;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.store.ErasureHold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Courts are tenants: a desk serves one court, and staff of another court (or an account the host's directory does
 * not know) are refused every command and query on its orders, cases and parties, before anything is read, and
 * nothing is recorded. The court's own staff are not held back.
 */
class CourtTenancyTest {

  private static final RequestId ID = RequestId.of("R-1");
  private static final RequestId MISSING = RequestId.of("R-404");
  private static final CaseNumber CASE = CaseNumber.parse("（2025）闽0322执1234号");

  /** The court of each staff account, as the host's accounts say. */
  private static final Map<String, String> ACCOUNTS = Map.of(
      DeskFixtures.OFFICER.id(), "FJ-0322", DeskFixtures.DIRECTOR.id(), "FJ-0322", DeskFixtures.LEADER.id(), "FJ-0322",
      "o-a", "FJ-0102", "d-a", "FJ-0102", "l-a", "FJ-0102");

  private static final List<Actor> STRANGERS = List.of(
      Actor.officer("o-a"), Actor.director("d-a"), Actor.bureauLeader("l-a"), Actor.officer("o-unknown"));

  private final DeskDriver driver = new DeskDriver(new DeskFixtures(DeskDriver.NOW, AcceptanceMode.BY_OFFICER,
      builder -> builder.court("FJ-0322", staff -> Optional.ofNullable(ACCOUNTS.get(staff.id())))));
  private final EnforcementDesk desk = driver.desk();

  CourtTenancyTest() {
    driver.driveTo(ID, WorkOrderState.OPEN, DeskDriver.TO_MEDIATOR);
  }

  static Stream<CommandKind> stateMachineCommands() {
    return Arrays.stream(CommandKind.values()).filter(CommandKind::isInStateMachine).filter(c -> c != CommandKind.SUBMIT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stateMachineCommands")
  void everyCommand_byStaffOfAnotherCourt_isRefusedAlikeForAnyId_andRecordsNothing(CommandKind command) {
    for (Actor stranger : STRANGERS) {
      if (!Permissions.roleMay(stranger.role(), command)) {
        continue;
      }
      String refused = refusal(() -> driver.issue(command, ID, stranger));
      assertThat(refused).contains("staff act only for their own court").contains("nothing was recorded");
      assertThat(refusal(() -> driver.issue(command, MISSING, stranger))).isEqualTo(refused);
    }
  }

  @Test
  void submit_andTheCaseCommands_byStaffOfAnotherCourt_areRefused() {
    Actor stranger = Actor.bureauLeader("l-a");
    refusal(() -> desk.submit(DeskDriver.requestOf(DeskFixtures.PARTY, "R-2"), stranger));
    refusal(() -> desk.cases().recordContact(CASE, stranger, ContactKind.VISIT, DeskFixtures.PARTY.id(), "来访"));
    refusal(() -> desk.cases().reportPetition(CASE, stranger, "XF-1", "信访"));
    refusal(() -> desk.cases().concludePetition(CASE, stranger, "XF-1", "办结"));
    refusal(() -> desk.cases().recordRiskUpkeep(CASE, stranger, UpkeepKind.values()[0], "维稳"));
    refusal(() -> desk.cases().closeRiskCase(CASE, stranger, "化解"));
    refusal(() -> desk.rectification().recordMeasure(ID, 1, stranger, "整改"));
    refusal(() -> desk.rectification().close(ID, 1, stranger, "验收"));
  }

  @Test
  void everyQuery_byStaffOfAnotherCourt_isRefused() {
    for (Actor stranger : STRANGERS) {
      refusal(() -> desk.workOrder(ID, stranger));
      assertThat(refusal(() -> desk.workOrder(MISSING, stranger)))
          .isEqualTo(refusal(() -> desk.workOrder(ID, stranger)));
      refusal(() -> desk.workOrdersOfCase(CASE, stranger));
      refusal(() -> desk.workOrdersOfParty(DeskFixtures.PARTY.id(), stranger));
      refusal(() -> desk.delegation().delegatedTo(DeskDriver.MEDIATOR.id(), stranger));
      refusal(() -> desk.delegation().all(stranger));
      refusal(() -> desk.cases().caseFile(CASE, stranger));
      refusal(() -> desk.cases().openRiskCases(stranger));
      refusal(() -> desk.rectification().items(RectificationQuery.all(), stranger));
      refusal(() -> desk.queues().openWorkOrders(Tier.OFFICER, stranger));
      refusal(() -> desk.queues().openWorkOrdersOfHandler("o-17", stranger));
    }
    Actor leader = Actor.bureauLeader("l-a");
    refusal(() -> desk.parking().dueEntries(leader));
    refusal(() -> desk.parking().notifications(leader));
    refusal(() -> desk.personalData().holds(DeskFixtures.PARTY.id(), leader));
    refusal(() -> desk.personalData().erase(DeskFixtures.PARTY.id(), leader));
    refusal(() -> desk.personalData().placeHold(
        new ErasureHold(DeskFixtures.PARTY.id(), "诉讼", "未结", Optional.empty()), leader));
  }

  @Test
  void theCourtsOwnStaff_andItsParties_areNotHeldBack() {
    assertThat(desk.workOrder(ID, DeskFixtures.LEADER).id()).isEqualTo(ID);
    assertThat(desk.queues().openWorkOrders(Tier.OFFICER, DeskFixtures.OFFICER)).isNotEmpty();
    assertThat(desk.forParty(DeskFixtures.PARTY.id()).request(ID).id()).isEqualTo(ID);
    assertThat(desk.noteProgress(ID, DeskFixtures.OFFICER, "已电话联系申请人", true).version()).isPositive();
  }

  /** Refused as staff of another court, and nothing recorded; the message. */
  private String refusal(ThrowingCallable call) {
    LedgerState before = LedgerState.of(driver.fixtures.ledger, List.of(ID, RequestId.of("R-2")));
    String[] message = new String[1];
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> message[0] = e.getMessage())
        .hasMessageContaining("staff act only for their own court");
    assertThat(LedgerState.of(driver.fixtures.ledger, List.of(ID, RequestId.of("R-2")))).isEqualTo(before);
    return message[0];
  }
}
