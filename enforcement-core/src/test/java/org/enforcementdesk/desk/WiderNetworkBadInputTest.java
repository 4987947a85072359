package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.desk.DeskFixtures.DIRECTOR;
import static org.enforcementdesk.desk.DeskFixtures.LEADER;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.PARTY;

import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.order.UpkeepKind;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.policy.DelegationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bad input to the party's-voice and wider-network commands: each is refused with an error that names what was wrong
 * (the state, the reference, the resolver id, the missing reason), and none writes anything anywhere.
 */
class WiderNetworkBadInputTest {

  private static final CaseNumber CASE_NUMBER = CaseNumber.parse("（2025）闽0322执1234号");
  private static final RequestId ID = RequestId.of("R-1");

  private final DeskDriver driver = new DeskDriver();
  private final EnforcementDesk desk = driver.desk();

  private WideLedgerState ledger() {
    return WideLedgerState.of(driver.fixtures.ledger, List.of(ID), List.of("vm-houqin", "vm-yuanzhuang", "team-1"));
  }

  /** Asserts the call fails as {@code type} and leaves the whole ledger as it was. */
  private AbstractThrowableAssert<?, ? extends Throwable> refused(ThrowingCallable call, Class<? extends Throwable> type) {
    WideLedgerState before = ledger();
    AbstractThrowableAssert<?, ? extends Throwable> thrown = assertThatThrownBy(call).isInstanceOf(type);
    assertThat(ledger()).as("nothing recorded").isEqualTo(before);
    return thrown;
  }

  @ParameterizedTest
  @EnumSource(value = WorkOrderState.class, names = {"SUBMITTED", "OPEN", "PAUSED", "DELEGATED", "REJECTED", "WITHDRAWN"})
  void evaluatingAnOrderThatIsNotResolved_isIllegal_andNamesTheState(WorkOrderState state) {
    driver.driveTo(ID, state, DeskDriver.TO_MEDIATOR);
    refused(() -> AnyActor.evaluate(desk, ID, PARTY, DeskDriver.DISSATISFIED), IllegalCommandException.class)
        .hasMessageContaining("is " + state)
        .hasMessageContaining("EVALUATE")
        .hasMessageContaining("nothing was recorded");
    // In particular no rectification item was opened for the dissatisfied aspect.
    assertThat(AnyActor.workOrder(desk, ID, OFFICER).rectificationItems()).isEmpty();
  }

  @Test
  void closingARiskCase_needsAReasonAuthorityAndAnOpenRiskCase() {
    driver.driveTo(ID, WorkOrderState.OPEN, null);
    refused(() -> desk.cases().closeRiskCase(CASE_NUMBER, LEADER, "已化解"), IllegalCommandException.class)
        .hasMessageContaining(CASE_NUMBER.toString())
        .hasMessageContaining("no open risk case");
    desk.flagRisk(ID, OFFICER, RiskKind.REPEATED_VISITS, "一周内三次来电");
    assertThat(desk.cases().openRiskCases(DIRECTOR)).hasSize(1);
    refused(() -> desk.cases().closeRiskCase(CASE_NUMBER, LEADER, " "), InvalidInputException.class)
        .hasMessageContaining("reason");
    refused(() -> desk.cases().closeRiskCase(CASE_NUMBER, DIRECTOR, null), RuntimeException.class)
        .hasMessageContaining("reason");
    refused(() -> desk.cases().closeRiskCase(CASE_NUMBER, OFFICER, "已化解"), PermissionDeniedException.class)
        .hasMessageContaining("CLOSE_RISK_CASE");
    refused(() -> desk.cases().closeRiskCase(CASE_NUMBER, PARTY, "已化解"), PermissionDeniedException.class);
    assertThat(desk.cases().openRiskCases(DIRECTOR)).hasSize(1);
  }

  @Test
  void delegatingToAnUnknownResolver_namesTheIdAndTheAccountsListed() {
    driver.driveTo(ID, WorkOrderState.OPEN, null);
    refused(() -> desk.delegation().delegate(ID, OFFICER, "vm-nowhere", "请协助"), InvalidInputException.class)
        .hasMessageContaining("vm-nowhere")
        .hasMessageContaining("vm-houqin");
    // Someone who may not delegate is refused before the directory is consulted: the refusal lists no accounts.
    refused(() -> desk.delegation().delegate(ID, PARTY, "vm-nowhere", "请协助"), PermissionDeniedException.class)
        .message()
        .doesNotContain("vm-houqin");
    // A target the directory lists under the same id but as something else is not the listed account.
    DelegationTarget misnamed = new DelegationTarget(DelegationKind.VILLAGE_MEDIATOR, "vm-houqin", "别的村调解主任");
    refused(() -> desk.delegation().delegate(ID, OFFICER, misnamed, "请协助"), InvalidInputException.class)
        .hasMessageContaining("vm-houqin")
        .hasMessageContaining("别的村调解主任");
    DelegationTarget unlisted = new DelegationTarget(DelegationKind.VILLAGE_MEDIATOR, "vm-ghost", "无此人");
    refused(() -> desk.delegation().delegate(ID, OFFICER, unlisted, "请协助"), InvalidInputException.class)
        .hasMessageContaining("vm-ghost");
    // A desk with no directory refuses every delegation, naming the id.
    EnforcementDesk bare =
        EnforcementDesk.builder()
            .policy(new org.enforcementdesk.testing.FixedPolicy())
            .clock(driver.fixtures.clock)
            .ledger(driver.fixtures.ledger)
            .build();
    assertThatThrownBy(() -> bare.delegation().delegate(ID, OFFICER, "vm-houqin", "请协助"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("vm-houqin");
    assertThat(AnyActor.workOrder(desk, ID, OFFICER).state()).isEqualTo(WorkOrderState.OPEN);
  }

  @Test
  void riskUpkeepWithNoOpenRiskCase_isIllegal() {
    driver.driveTo(ID, WorkOrderState.OPEN, null);
    refused(() -> desk.cases().recordRiskUpkeep(CASE_NUMBER, OFFICER, UpkeepKind.VISIT, "走访"), IllegalCommandException.class)
        .hasMessageContaining("RECORD_RISK_UPKEEP")
        .hasMessageContaining("no open risk case");
    // Nor after the last one closed.
    desk.flagRisk(ID, OFFICER, RiskKind.REPEATED_VISITS, "一周内三次来电");
    desk.cases().closeRiskCase(CASE_NUMBER, DIRECTOR, "已化解");
    refused(() -> desk.cases().recordRiskUpkeep(CASE_NUMBER, OFFICER, UpkeepKind.CALLBACK, "回访"), IllegalCommandException.class)
        .hasMessageContaining("no open risk case");
    // And an upkeep note says what was done.
    desk.flagRisk(ID, OFFICER, RiskKind.PETITION_UNRESOLVED, "信访未结");
    refused(() -> desk.cases().recordRiskUpkeep(CASE_NUMBER, OFFICER, UpkeepKind.VISIT, ""), InvalidInputException.class)
        .hasMessageContaining("note");
  }

  @Test
  void petitions_concludingAnUnknownOne_orReportingOneTwice_isIllegalAndNamesTheReference() {
    driver.driveTo(ID, WorkOrderState.OPEN, null);
    refused(() -> desk.cases().concludePetition(CASE_NUMBER, OFFICER, "XF-404", "已答复"), IllegalCommandException.class)
        .hasMessageContaining("XF-404")
        .hasMessageContaining("CONCLUDE_PETITION");
    desk.cases().reportPetition(CASE_NUMBER, OFFICER, "XF-1", "向市信访局反映");
    refused(() -> desk.cases().reportPetition(CASE_NUMBER, DIRECTOR, "XF-1", "同一信访"), IllegalCommandException.class)
        .hasMessageContaining("XF-1")
        .hasMessageContaining("open already");
    refused(() -> desk.cases().concludePetition(CASE_NUMBER, OFFICER, "XF-2", "已答复"), IllegalCommandException.class)
        .hasMessageContaining("XF-2")
        .hasMessageContaining("XF-1");
    refused(() -> desk.cases().concludePetition(CASE_NUMBER, OFFICER, "XF-1", " "), InvalidInputException.class)
        .hasMessageContaining("note");
    refused(() -> desk.cases().reportPetition(CASE_NUMBER, OFFICER, " ", "无编号"), InvalidInputException.class);
    refused(() -> desk.cases().reportPetition(CASE_NUMBER, PARTY, "XF-9", "本人信访"), PermissionDeniedException.class);

    desk.cases().concludePetition(CASE_NUMBER, OFFICER, "XF-1", "已答复");
    refused(() -> desk.cases().concludePetition(CASE_NUMBER, OFFICER, "XF-1", "再次答复"), IllegalCommandException.class)
        .hasMessageContaining("XF-1");
    // A reference is unique among the open petitions: once concluded, the host may report it again.
    assertThat(desk.cases().reportPetition(CASE_NUMBER, OFFICER, "XF-1", "重新信访").openPetitions()).containsKey("XF-1");
  }

  @Test
  void contacts_needAPartyAndStaff() {
    driver.driveTo(ID, WorkOrderState.OPEN, null);
    refused(() -> desk.cases().recordContact(CASE_NUMBER, OFFICER, ContactKind.VISIT, " ", "来访"), InvalidInputException.class)
        .hasMessageContaining("partyId");
    refused(() -> desk.cases().recordContact(CASE_NUMBER, PARTY, ContactKind.CALL, PARTY.id(), "来电"), PermissionDeniedException.class)
        .hasMessageContaining("RECORD_CONTACT");
    refused(() -> desk.cases().recordContact(CASE_NUMBER, DeskDriver.MEDIATOR, ContactKind.CALL, PARTY.id(), ""), PermissionDeniedException.class);
  }

  @Test
  void rectification_onAnOrderWithoutItems_isIllegalAndNamesTheItem() {
    driver.driveTo(ID, WorkOrderState.RESOLVED, null);
    AnyActor.evaluate(desk, ID, PARTY, Evaluation.all(Rating.SATISFIED, "满意"));
    assertThat(AnyActor.workOrder(desk, ID, OFFICER).rectificationItems()).as("a satisfied evaluation opens none").isEmpty();
    refused(() -> desk.rectification().recordMeasure(ID, 1, OFFICER, "措施"), IllegalCommandException.class)
        .hasMessageContaining("no rectification item 1");
    refused(() -> desk.rectification().close(ID, 1, DIRECTOR, "已核实"), IllegalCommandException.class)
        .hasMessageContaining("no rectification item 1");
    refused(() -> desk.rectification().recordMeasure(ID, 1, PARTY, "措施"), PermissionDeniedException.class);
  }
}
