package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.desk.DeskFixtures.LEADER;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.PARTY;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.Transitions;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The state machine as the desk enforces it: every state an order can reach, driven there by real commands, crossed
 * with every command on an existing order. A legal command moves the order exactly where the table says; an illegal
 * one throws an exception naming the state, the command and the actor, and leaves the ledger as it was.
 */
class TransitionsTest {

  private static final RequestId ID = RequestId.of("R-1");

  /** The commands a resolver may issue on what is delegated to them; in DELEGATED they are issued by the resolver. */
  private static final Set<CommandKind> RESOLVER_COMMANDS =
      EnumSet.of(CommandKind.NOTE_PROGRESS, CommandKind.RETURN_DELEGATION, CommandKind.RESOLVE);

  static Stream<Arguments> everyStateAndCommand() {
    // All states, not a hand-picked list: a new state the driver cannot reach fails here instead of going untested.
    return Arrays.stream(WorkOrderState.values())
        .flatMap(
            state ->
                Arrays.stream(CommandKind.values())
                    .filter(command -> command != CommandKind.SUBMIT && command.isInStateMachine())
                    .map(command -> Arguments.of(state, command)));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("everyStateAndCommand")
  void command_inEveryReachableState_movesAsTheTableSaysOrThrowsAndRecordsNothing(
      WorkOrderState state, CommandKind command) {
    DeskDriver driver = new DeskDriver();
    WorkOrder before = driver.driveTo(ID, state, DeskDriver.TO_MEDIATOR);
    assertThat(before.state()).as("the driver reached the state").isEqualTo(state);
    Actor actor =
        state == WorkOrderState.DELEGATED && RESOLVER_COMMANDS.contains(command) ? DeskDriver.MEDIATOR : LEADER;
    LedgerState ledgerBefore = ledgerState(driver);
    Optional<WorkOrderState> next = Transitions.next(state, command);

    if (next.isPresent()) {
      assertThat(Transitions.allows(state, command)).isTrue();
      WorkOrder after = driver.issue(command, ID, actor);
      assertThat(after.state()).isEqualTo(next.get());
      // The command appended after what was there, beginning with its own event by its own actor.
      assertThat(after.history().subList(0, (int) before.version())).isEqualTo(before.history());
      assertThat(after.version()).isGreaterThan(before.version());
      var first = after.history().get((int) before.version()).event();
      assertThat(DeskInvariants.commandOf(first)).contains(command);
      assertThat(first.actor()).isEqualTo(actor);
      // What the command returned is what the ledger holds.
      assertThat(AnyActor.workOrder(driver.desk(), ID, LEADER)).isEqualTo(after);
    } else {
      assertThat(Transitions.allows(state, command)).isFalse();
      assertIllegal(driver, command, actor, state, "");
      assertThat(ledgerState(driver)).as("nothing recorded").isEqualTo(ledgerBefore);
    }
  }

  static Stream<WorkOrderState> statesThatAllowEscalation() {
    return Transitions.table().column(CommandKind.ESCALATE).keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statesThatAllowEscalation")
  void escalate_alreadyWithTheBureauLeader_throwsAndRecordsNothing(WorkOrderState state) {
    DeskDriver driver = new DeskDriver();
    driver.driveTo(ID, WorkOrderState.OPEN, DeskDriver.TO_MEDIATOR);
    driver.issue(CommandKind.ESCALATE, ID, OFFICER);
    WorkOrder top = driver.issue(CommandKind.ESCALATE, ID, OFFICER);
    assertThat(top.tier()).isEqualTo(Tier.BUREAU_LEADER);
    if (state == WorkOrderState.PAUSED) {
      driver.desk().pause(ID, OFFICER, PauseReason.of(PauseKind.SUSPENDED_BY_LAW));
    } else if (state == WorkOrderState.DELEGATED) {
      driver.issue(CommandKind.DELEGATE, ID, OFFICER);
    }
    assertThat(AnyActor.workOrder(driver.desk(), ID, LEADER).state()).isEqualTo(state);
    LedgerState before = ledgerState(driver);

    assertIllegal(driver, CommandKind.ESCALATE, LEADER, state, "already with the bureau leader");
    assertThat(ledgerState(driver)).isEqualTo(before);
  }

  static Stream<WorkOrderState> statesThatAllowReopening() {
    return Transitions.table().column(CommandKind.REOPEN).keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statesThatAllowReopening")
  void reopen_afterASatisfiedEvaluation_throwsAndRecordsNothing(WorkOrderState state) {
    DeskDriver driver = new DeskDriver();
    driver.driveTo(ID, WorkOrderState.RESOLVED, DeskDriver.TO_MEDIATOR);
    AnyActor.evaluate(driver.desk(), ID, PARTY, Evaluation.all(Rating.BASICALLY_SATISFIED, "还行"));
    if (state == WorkOrderState.CLOSED) {
      driver.issue(CommandKind.CLOSE, ID, OFFICER);
    }
    assertThat(AnyActor.workOrder(driver.desk(), ID, LEADER).state()).isEqualTo(state);
    LedgerState before = ledgerState(driver);

    assertIllegal(driver, CommandKind.REOPEN, LEADER, state, "reopening needs a dissatisfied evaluation");
    assertThat(ledgerState(driver)).isEqualTo(before);
  }

  @Test
  void reopen_closedAfterACallbackWithoutEvaluation_throwsAndRecordsNothing() {
    DeskDriver driver = new DeskDriver();
    driver.driveTo(ID, WorkOrderState.CALLED_BACK, DeskDriver.TO_MEDIATOR);
    driver.issue(CommandKind.CLOSE, ID, OFFICER);
    LedgerState before = ledgerState(driver);

    assertIllegal(
        driver, CommandKind.REOPEN, LEADER, WorkOrderState.CLOSED, "reopening needs a dissatisfied evaluation");
    assertThat(ledgerState(driver)).isEqualTo(before);
  }

  @Test
  void reopen_evaluationDeclined_throws() {
    // A declined evaluation rates nothing, so it has no dissatisfied aspect to reopen for.
    DeskDriver driver = new DeskDriver();
    driver.driveTo(ID, WorkOrderState.CALLED_BACK, DeskDriver.TO_MEDIATOR);
    AnyActor.evaluate(driver.desk(), ID, OFFICER, Evaluation.declinedBy("不愿评价"));
    driver.desk().feedback().recordCallback(ID, OFFICER, CallbackOutcome.DECLINED, "");

    assertIllegal(driver, CommandKind.REOPEN, LEADER, WorkOrderState.EVALUATED, "dissatisfied");
  }

  @Test
  void table_finalStatesAndOnlyThem_haveNoCommands() {
    for (WorkOrderState state : WorkOrderState.values()) {
      assertThat(Transitions.table().row(state).isEmpty()).as("%s has no row", state).isEqualTo(state.isFinal());
    }
  }

  @Test
  void table_submit_isNoTransition() {
    // SUBMIT creates an order; a stream with a second Submitted is corrupt, so no state may accept it.
    assertThat(Transitions.table().column(CommandKind.SUBMIT)).isEmpty();
  }

  @Test
  void table_fromSubmitted_reachesEveryState() {
    Set<WorkOrderState> reached = EnumSet.of(WorkOrderState.SUBMITTED);
    Deque<WorkOrderState> toVisit = new ArrayDeque<>(reached);
    while (!toVisit.isEmpty()) {
      for (WorkOrderState next : Transitions.table().row(toVisit.pop()).values()) {
        if (reached.add(next)) {
          toVisit.add(next);
        }
      }
    }
    assertThat(reached).containsExactlyInAnyOrder(WorkOrderState.values());
  }

  @Test
  void table_everyStateMachineCommandButSubmit_isLegalSomewhere_andNoOtherCommandIsInIt() {
    for (CommandKind command : CommandKind.values()) {
      assertThat(Transitions.table().column(command).isEmpty())
          .as("%s is legal nowhere", command)
          .isEqualTo(command == CommandKind.SUBMIT || !command.isInStateMachine());
    }
  }

  private static void assertIllegal(
      DeskDriver driver, CommandKind command, Actor actor, WorkOrderState state, String why) {
    assertThatThrownBy(() -> driver.issue(command, ID, actor))
        .isInstanceOfSatisfying(
            IllegalCommandException.class,
            e -> {
              assertThat(e.state()).contains(state);
              assertThat(e.command()).isEqualTo(command);
              assertThat(e.getMessage())
                  .contains(ID.value(), " is " + state + ":", command + " by " + actor, "nothing was recorded", why);
            });
  }

  private static LedgerState ledgerState(DeskDriver driver) {
    return LedgerState.of(driver.fixtures.ledger, List.of(ID));
  }
}
