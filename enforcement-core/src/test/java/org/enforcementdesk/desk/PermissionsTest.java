package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.desk.DeskFixtures.DIRECTOR;
import static org.enforcementdesk.desk.DeskFixtures.LEADER;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.OTHER_PARTY;
import static org.enforcementdesk.desk.DeskFixtures.PARTY;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.Transitions;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.policy.DelegationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what, as the desk enforces it: every role crossed with every command against {@link
 * Permissions#matrix()}, then the ownership rules on top (a party acts on their own requests only, a resolver on
 * what is delegated to them now), and the same rules for queries. A refused command throws and the ledger stays as
 * it was; a permitted one is never refused for permission.
 */
class PermissionsTest {

  private static final RequestId ID = RequestId.of("R-1");
  private static final RequestId OTHER_ID = RequestId.of("R-2");
  private static final CaseNumber CASE = CaseNumber.parse("（2025）闽0322执1234号");

  static Stream<Arguments> everyRoleAndCommand() {
    return Arrays.stream(ActorRole.values())
        .flatMap(
            role ->
                Arrays.stream(CommandKind.values())
                    .filter(CommandKind::isInStateMachine)
                    .map(command -> Arguments.of(role, command)));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("everyRoleAndCommand")
  void command_everyRoleOnAnOrderItMaySee_isRefusedExactlyWhereTheMatrixSays(ActorRole role, CommandKind command) {
    boolean allowed = Permissions.matrix().containsEntry(command, role);
    assertThat(Permissions.roleMay(role, command)).isEqualTo(allowed);
    Actor actor = actorOf(role);
    DeskDriver driver = new DeskDriver();

    if (command == CommandKind.SUBMIT) {
      Request own = DeskDriver.requestOf(PARTY, ID.value()); // the party's own request, so only the role can refuse
      if (allowed) {
        WorkOrder order = AnyActor.submit(driver.desk(), own, actor).workOrder();
        assertThat(order.state()).isEqualTo(WorkOrderState.SUBMITTED);
        assertThat(order.history().get(0).event().actor()).isEqualTo(actor);
      } else {
        assertDenied(driver, () -> AnyActor.submit(driver.desk(), own, actor), actor, command, "the role may not submit");
        assertThat(driver.fixtures.ledger.size()).isZero();
      }
      return;
    }

    // The order is the actor's to see (the party's own; delegated to the resolver) and in a state where the command
    // is legal, so a refusal can only come from the role.
    WorkOrderState state = legalStateFor(command, role);
    driver.driveTo(ID, state, role == ActorRole.PRE_ENFORCEMENT_TEAM ? DeskDriver.TO_TEAM : DeskDriver.TO_MEDIATOR);
    if (allowed) {
      assertThat(Transitions.allows(state, command)).as("the test puts the order where %s is legal", command).isTrue();
      long before = driver.fixtures.ledger.version(ID);
      WorkOrder after = driver.issue(command, ID, actor);
      assertThat(after.state()).isEqualTo(Transitions.next(state, command).orElseThrow());
      assertThat(after.history().get((int) before).event().actor()).isEqualTo(actor);
    } else {
      assertDenied(driver, () -> driver.issue(command, ID, actor), actor, command, "the role " + role + " may not");
    }
  }

  @Test
  void matrix_system_mayIssueNoCommand() {
    // The library acts only through tick; a host cannot borrow its identity to skip the permission matrix.
    for (CommandKind command : CommandKind.values()) {
      assertThat(Permissions.roleMay(ActorRole.SYSTEM, command)).as("%s", command).isFalse();
    }
  }

  @Test
  void matrix_party_maySubmitUrgeEvaluateAndWithdrawOnly() {
    assertThat(Permissions.matrix().inverse().get(ActorRole.PARTY))
        .containsExactlyInAnyOrder(CommandKind.SUBMIT, CommandKind.URGE, CommandKind.EVALUATE, CommandKind.WITHDRAW);
  }

  @Test
  void matrix_everyCommand_hasCourtStaffWhoMayIssueIt() {
    // Nothing in the loop may depend on a party or a resolver alone: the centre can always act.
    for (CommandKind command : CommandKind.values()) {
      assertThat(Permissions.roleMay(ActorRole.BUREAU_LEADER, command)).as("%s", command).isTrue();
    }
  }

  // ---- a party on another party's order -------------------------------------------------------------------------

  static Stream<CommandKind> partyCommandsOnOrders() {
    return Permissions.matrix().inverse().get(ActorRole.PARTY).stream().filter(c -> c != CommandKind.SUBMIT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partyCommandsOnOrders")
  void command_partyOnAnotherPartysOrder_isDenied(CommandKind command) {
    DeskDriver driver = new DeskDriver();
    driver.driveTo(ID, legalStateFor(command, ActorRole.PARTY), DeskDriver.TO_MEDIATOR);

    assertDenied(
        driver, () -> driver.issue(command, ID, OTHER_PARTY), OTHER_PARTY, command, "their own requests only");
  }

  @Test
  void submit_partyInAnotherPartysName_isDenied() {
    DeskDriver driver = new DeskDriver();
    Request ofParty = DeskDriver.requestOf(PARTY, ID.value());

    assertDenied(
        driver,
        () -> AnyActor.submit(driver.desk(), ofParty, OTHER_PARTY),
        OTHER_PARTY,
        CommandKind.SUBMIT,
        "a party submits only in their own name");
    assertThat(driver.fixtures.ledger.size()).isZero();
  }

  // ---- a resolver on what is not delegated to them now ----------------------------------------------------------

  /** Ways an order can be out of a resolver's hands. */
  enum NotTheirs {
    NEVER_DELEGATED,
    DELEGATED_TO_ANOTHER_RESOLVER,
    RETURNED,
    RESOLVED_BY_THEM,
    WITHDRAWN_WHILE_DELEGATED
  }

  static Stream<Arguments> resolverCommandsOnOrdersNotTheirs() {
    return Permissions.matrix().entries().stream()
        .filter(entry -> entry.getValue() == ActorRole.EXTERNAL_RESOLVER)
        .flatMap(entry -> Arrays.stream(NotTheirs.values()).map(why -> Arguments.of(entry.getKey(), why)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("resolverCommandsOnOrdersNotTheirs")
  void command_resolverOnAnOrderNotDelegatedToThemNow_isDenied(CommandKind command, NotTheirs why) {
    DeskDriver driver = new DeskDriver();
    putOutOfTheMediatorsHands(driver, why);

    assertDenied(
        driver,
        () -> driver.issue(command, ID, DeskDriver.MEDIATOR),
        DeskDriver.MEDIATOR,
        command,
        "only on what is delegated to them now");
  }

  @ParameterizedTest
  @EnumSource(NotTheirs.class)
  void workOrder_resolverOnAnOrderNotDelegatedToThemNow_isDenied(NotTheirs why) {
    DeskDriver driver = new DeskDriver();
    putOutOfTheMediatorsHands(driver, why);

    assertThatThrownBy(() -> AnyActor.workOrder(driver.desk(), ID, DeskDriver.MEDIATOR))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.command()).isEmpty())
        .hasMessageContaining("may not read work order " + ID);
    assertThat(AnyActor.workOrdersOfCase(driver.desk(), CASE, DeskDriver.MEDIATOR)).isEmpty();
    assertThat(AnyActor.workOrdersOfParty(driver.desk(), PARTY.id(), DeskDriver.MEDIATOR)).isEmpty();
  }

  @Test
  void command_externalResolverWithTheIdOfTheTeamItIsDelegatedTo_isDenied() {
    // The kind of the delegation decides which role may act on it, not the id alone.
    DeskDriver driver = new DeskDriver();
    driver.driveTo(ID, WorkOrderState.DELEGATED, DeskDriver.TO_TEAM);
    Actor impostor = Actor.resolver(ActorRole.EXTERNAL_RESOLVER, DeskDriver.TEAM.id());

    assertDenied(
        driver, () -> driver.issue(CommandKind.NOTE_PROGRESS, ID, impostor), impostor, CommandKind.NOTE_PROGRESS,
        "delegated to them now");
    assertThat(driver.issue(CommandKind.NOTE_PROGRESS, ID, DeskDriver.TEAM).state())
        .isEqualTo(WorkOrderState.DELEGATED);
  }

  private static void putOutOfTheMediatorsHands(DeskDriver driver, NotTheirs why) {
    EnforcementDesk desk = driver.desk();
    switch (why) {
      case NEVER_DELEGATED -> driver.driveTo(ID, WorkOrderState.OPEN, DeskDriver.TO_MEDIATOR);
      case DELEGATED_TO_ANOTHER_RESOLVER ->
          driver.driveTo(
              ID,
              WorkOrderState.DELEGATED,
              new DelegationTarget(DelegationKind.VILLAGE_MEDIATOR, "vm-yuanzhuang", "园庄村调解主任"));
      case RETURNED -> {
        driver.driveTo(ID, WorkOrderState.DELEGATED, DeskDriver.TO_MEDIATOR);
        AnyActor.returnDelegation(desk, ID, DeskDriver.MEDIATOR, "被执行人外出务工，无法联系");
      }
      case RESOLVED_BY_THEM -> {
        driver.driveTo(ID, WorkOrderState.DELEGATED, DeskDriver.TO_MEDIATOR);
        AnyActor.resolve(desk, ID, DeskDriver.MEDIATOR, "双方达成和解");
      }
      case WITHDRAWN_WHILE_DELEGATED -> {
        driver.driveTo(ID, WorkOrderState.DELEGATED, DeskDriver.TO_MEDIATOR);
        AnyActor.withdraw(desk, ID, PARTY, "已自行和解");
      }
    }
  }

  // ---- queries ---------------------------------------------------------------------------------------------------

  @Test
  void workOrder_partyOfAnotherParty_isDeniedAndTheOwnerSeesIt() {
    DeskDriver driver = new DeskDriver();
    driver.driveTo(ID, WorkOrderState.OPEN, DeskDriver.TO_MEDIATOR);

    assertThatThrownBy(() -> AnyActor.workOrder(driver.desk(), ID, OTHER_PARTY))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.command()).isEmpty())
        .hasMessageContaining(OTHER_PARTY.toString())
        .hasMessageContaining("their own requests only");
    assertThat(AnyActor.workOrder(driver.desk(), ID, PARTY).id()).isEqualTo(ID);
  }

  @Test
  void requestsOfCaseAndOfParty_eachViewer_seesOnlyWhatTheyMay() {
    DeskDriver driver = new DeskDriver();
    EnforcementDesk desk = driver.desk();
    driver.driveTo(ID, WorkOrderState.DELEGATED, DeskDriver.TO_MEDIATOR);
    AnyActor.submit(desk, DeskDriver.requestOf(OTHER_PARTY, OTHER_ID.value()), OTHER_PARTY);

    assertThat(ids(AnyActor.workOrdersOfCase(desk, CASE, PARTY))).containsExactly(ID);
    assertThat(ids(AnyActor.workOrdersOfCase(desk, CASE, OTHER_PARTY))).containsExactly(OTHER_ID);
    assertThat(ids(AnyActor.workOrdersOfCase(desk, CASE, DeskDriver.MEDIATOR))).containsExactly(ID);
    assertThat(ids(AnyActor.workOrdersOfCase(desk, CASE, DeskDriver.TEAM))).isEmpty();
    assertThatThrownBy(() -> desk.workOrdersOfCase(CASE, Actor.SYSTEM)).isInstanceOf(PermissionDeniedException.class);
    for (Actor staff : List.of(OFFICER, DIRECTOR, LEADER)) {
      assertThat(ids(AnyActor.workOrdersOfCase(desk, CASE, staff))).containsExactly(ID, OTHER_ID);
    }

    assertThat(ids(AnyActor.workOrdersOfParty(desk, PARTY.id(), PARTY))).containsExactly(ID);
    assertThat(ids(AnyActor.workOrdersOfParty(desk, PARTY.id(), OTHER_PARTY))).isEmpty();
    assertThat(ids(AnyActor.workOrdersOfParty(desk, OTHER_PARTY.id(), PARTY))).isEmpty();
    assertThat(ids(AnyActor.workOrdersOfParty(desk, OTHER_PARTY.id(), DeskDriver.MEDIATOR))).isEmpty();
    assertThat(ids(AnyActor.workOrdersOfParty(desk, OTHER_PARTY.id(), OFFICER))).containsExactly(OTHER_ID);
  }

  @Test
  void workOrder_resolver_seesAnOrderOnlyWhileItIsDelegatedToThem() {
    DeskDriver driver = new DeskDriver();
    EnforcementDesk desk = driver.desk();
    driver.driveTo(ID, WorkOrderState.DELEGATED, DeskDriver.TO_MEDIATOR);
    assertThat(AnyActor.workOrder(desk, ID, DeskDriver.MEDIATOR).delegation()).contains(DeskDriver.TO_MEDIATOR);

    AnyActor.returnDelegation(desk, ID, OFFICER, "改由中心办理");
    assertThatThrownBy(() -> AnyActor.workOrder(desk, ID, DeskDriver.MEDIATOR)).isInstanceOf(PermissionDeniedException.class);

    // Delegated again, it is theirs again.
    desk.delegation().delegate(ID, OFFICER, DeskDriver.TO_MEDIATOR, "再次委派");
    assertThat(AnyActor.workOrder(desk, ID, DeskDriver.MEDIATOR).state()).isEqualTo(WorkOrderState.DELEGATED);
  }

  @Test
  void workOrder_system_seesNothing() {
    DeskDriver driver = new DeskDriver();
    driver.driveTo(ID, WorkOrderState.OPEN, DeskDriver.TO_MEDIATOR);

    assertThatThrownBy(() -> AnyActor.workOrder(driver.desk(), ID, Actor.SYSTEM))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("only court staff read whole work orders");
  }

  @ParameterizedTest
  @EnumSource(value = ActorRole.class, names = {"PARTY", "PRE_ENFORCEMENT_TEAM", "EXTERNAL_RESOLVER"})
  void staffDesk_refusesPartiesAndResolvers_beforeReadingAnything_pointingToTheirOwnDesk(ActorRole role) {
    // The staff's desk answers with whole work orders; a party or a resolver gets their own desk, whose answers are
    // views. The refusal is the same whether the order exists or not, and for any order, theirs or not.
    DeskDriver driver = new DeskDriver();
    driver.driveTo(ID, WorkOrderState.DELEGATED, DeskDriver.TO_MEDIATOR);
    Actor actor = actorOf(role);
    String desk = role == ActorRole.PARTY ? "desk.forParty" : "desk.forResolver";

    String existing = messageOf(() -> driver.desk().workOrder(ID, actor));
    assertThat(existing).contains(desk).contains("through the staff's desk");
    assertThat(messageOf(() -> driver.desk().workOrder(RequestId.of("R-404"), actor))).isEqualTo(existing);
    assertThat(messageOf(() -> driver.desk().workOrdersOfParty(PARTY.id(), actor))).isEqualTo(existing);
    for (CommandKind command : Permissions.matrix().inverse().get(role)) {
      if (command == CommandKind.SUBMIT) {
        assertDenied(driver, () -> driver.desk().submit(DeskDriver.requestOf(PARTY, "R-9"), actor), actor, command, desk);
        continue;
      }
      assertDenied(driver, () -> driver.issueOnTheStaffDesk(command, ID, actor), actor, command, desk);
      assertThat(messageOf(() -> driver.issueOnTheStaffDesk(command, RequestId.of("R-404"), actor)))
          .isEqualTo(messageOf(() -> driver.issueOnTheStaffDesk(command, ID, actor)));
    }
  }

  private static String messageOf(ThrowingCallable call) {
    try {
      call.call();
    } catch (Throwable refused) {
      assertThat(refused).isInstanceOf(PermissionDeniedException.class);
      return refused.getMessage();
    }
    throw new AssertionError("not refused");
  }

  // ---- helpers ---------------------------------------------------------------------------------------------------

  /** The actor of each role: the order's own party, and the resolvers the driver delegates to. */
  private static Actor actorOf(ActorRole role) {
    return switch (role) {
      case PARTY -> PARTY;
      case OFFICER -> OFFICER;
      case CENTER_DIRECTOR -> DIRECTOR;
      case BUREAU_LEADER -> LEADER;
      case PRE_ENFORCEMENT_TEAM -> DeskDriver.TEAM;
      case EXTERNAL_RESOLVER -> DeskDriver.MEDIATOR;
      case SYSTEM -> Actor.SYSTEM;
    };
  }

  /**
   * A state where {@code command} is legal, for an order the role's actor may see. Resolvers see an order only while
   * it is delegated to them, and every command they may issue is legal there.
   */
  private static WorkOrderState legalStateFor(CommandKind command, ActorRole role) {
    if (role.isResolver()) {
      return WorkOrderState.DELEGATED;
    }
    return switch (command) {
      case ACCEPT, REJECT -> WorkOrderState.SUBMITTED;
      case RESUME -> WorkOrderState.PAUSED;
      case RETURN_DELEGATION -> WorkOrderState.DELEGATED;
      case RECORD_CALLBACK, EVALUATE -> WorkOrderState.RESOLVED;
      case CLOSE -> WorkOrderState.CALLED_BACK;
      case REOPEN -> WorkOrderState.EVALUATED;
      default -> WorkOrderState.OPEN;
    };
  }

  /** Asserts the refusal, and that the ledger (streams, due index, outbox) is exactly as before it. */
  private static void assertDenied(
      DeskDriver driver, ThrowingCallable command, Actor actor, CommandKind kind, String why) {
    List<RequestId> ids = List.of(ID, OTHER_ID);
    LedgerState before = LedgerState.of(driver.fixtures.ledger, ids);
    assertThatThrownBy(command)
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.command()).contains(kind))
        .hasMessageContaining(actor + " may not " + kind)
        .hasMessageContaining(why)
        .hasMessageContaining("nothing was recorded");
    assertThat(LedgerState.of(driver.fixtures.ledger, ids)).as("nothing recorded").isEqualTo(before);
  }

  private static List<RequestId> ids(List<WorkOrder> orders) {
    return orders.stream().map(WorkOrder::id).toList();
  }
}
