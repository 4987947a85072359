package org.enforcementdesk.order;

import static org.enforcementdesk.order.CommandKind.ACCEPT;
import static org.enforcementdesk.order.CommandKind.ASSIGN;
import static org.enforcementdesk.order.CommandKind.CHANGE_URGENCY;
import static org.enforcementdesk.order.CommandKind.CLOSE;
import static org.enforcementdesk.order.CommandKind.DELEGATE;
import static org.enforcementdesk.order.CommandKind.ESCALATE;
import static org.enforcementdesk.order.CommandKind.EVALUATE;
import static org.enforcementdesk.order.CommandKind.FLAG_RISK;
import static org.enforcementdesk.order.CommandKind.NOTE_PROGRESS;
import static org.enforcementdesk.order.CommandKind.PAUSE;
import static org.enforcementdesk.order.CommandKind.RECORD_CALLBACK;
import static org.enforcementdesk.order.CommandKind.REJECT;
import static org.enforcementdesk.order.CommandKind.REOPEN;
import static org.enforcementdesk.order.CommandKind.RESOLVE;
import static org.enforcementdesk.order.CommandKind.RESUME;
import static org.enforcementdesk.order.CommandKind.RETURN_DELEGATION;
import static org.enforcementdesk.order.CommandKind.URGE;
import static org.enforcementdesk.order.CommandKind.WITHDRAW;
import static org.enforcementdesk.order.WorkOrderState.CALLED_BACK;
import static org.enforcementdesk.order.WorkOrderState.CLOSED;
import static org.enforcementdesk.order.WorkOrderState.DELEGATED;
import static org.enforcementdesk.order.WorkOrderState.EVALUATED;
import static org.enforcementdesk.order.WorkOrderState.OPEN;
import static org.enforcementdesk.order.WorkOrderState.PAUSED;
import static org.enforcementdesk.order.WorkOrderState.REJECTED;
import static org.enforcementdesk.order.WorkOrderState.RESOLVED;
import static org.enforcementdesk.order.WorkOrderState.SUBMITTED;
import static org.enforcementdesk.order.WorkOrderState.WITHDRAWN;

import com.google.common.collect.ImmutableTable;
import java.util.Optional;

/**
 * The work order's state machine, as one table: for each state, the commands it accepts and the state each leads
 * to. A command not in its state's row is illegal there ({@link IllegalCommandException}); docs/desk.md shows the
 * same table. {@code SUBMIT} creates an order and is not in the table; final states have no row. Commands outside
 * the state machine ({@link CommandKind#isInStateMachine()}: rectification items, a case's own record) are not in it
 * either.
 */
public final class Transitions {

  private static final ImmutableTable<WorkOrderState, CommandKind, WorkOrderState> TABLE =
      ImmutableTable.<WorkOrderState, CommandKind, WorkOrderState>builder()
          // state       command            next state
          .put(SUBMITTED, ACCEPT, OPEN)
          .put(SUBMITTED, REJECT, REJECTED)
          .put(SUBMITTED, URGE, SUBMITTED)
          .put(SUBMITTED, FLAG_RISK, SUBMITTED)
          .put(SUBMITTED, WITHDRAW, WITHDRAWN)
          .put(OPEN, ASSIGN, OPEN)
          .put(OPEN, NOTE_PROGRESS, OPEN)
          .put(OPEN, PAUSE, PAUSED)
          .put(OPEN, URGE, OPEN)
          .put(OPEN, ESCALATE, OPEN)
          .put(OPEN, CHANGE_URGENCY, OPEN)
          .put(OPEN, FLAG_RISK, OPEN)
          .put(OPEN, DELEGATE, DELEGATED)
          .put(OPEN, RESOLVE, RESOLVED)
          .put(OPEN, WITHDRAW, WITHDRAWN)
          .put(PAUSED, RESUME, OPEN)
          .put(PAUSED, ASSIGN, PAUSED)
          .put(PAUSED, NOTE_PROGRESS, PAUSED)
          .put(PAUSED, URGE, PAUSED)
          .put(PAUSED, ESCALATE, PAUSED)
          .put(PAUSED, CHANGE_URGENCY, PAUSED)
          .put(PAUSED, FLAG_RISK, PAUSED)
          .put(PAUSED, RESOLVE, RESOLVED)
          .put(PAUSED, WITHDRAW, WITHDRAWN)
          .put(DELEGATED, NOTE_PROGRESS, DELEGATED)
          .put(DELEGATED, URGE, DELEGATED)
          .put(DELEGATED, ESCALATE, DELEGATED)
          .put(DELEGATED, FLAG_RISK, DELEGATED)
          .put(DELEGATED, RETURN_DELEGATION, OPEN)
          .put(DELEGATED, RESOLVE, RESOLVED)
          .put(DELEGATED, WITHDRAW, WITHDRAWN)
          .put(RESOLVED, RECORD_CALLBACK, CALLED_BACK)
          .put(RESOLVED, EVALUATE, EVALUATED)
          .put(RESOLVED, FLAG_RISK, RESOLVED)
          .put(CALLED_BACK, EVALUATE, EVALUATED)
          .put(CALLED_BACK, CLOSE, CLOSED)
          .put(CALLED_BACK, FLAG_RISK, CALLED_BACK)
          .put(EVALUATED, RECORD_CALLBACK, EVALUATED)
          .put(EVALUATED, CLOSE, CLOSED)
          .put(EVALUATED, REOPEN, OPEN)
          .put(EVALUATED, FLAG_RISK, EVALUATED)
          .put(CLOSED, REOPEN, OPEN)
          .put(CLOSED, FLAG_RISK, CLOSED)
          .build();

  private Transitions() {}

  /** The state {@code command} leads to from {@code state}, or empty if it is illegal there. */
  public static Optional<WorkOrderState> next(WorkOrderState state, CommandKind command) {
    return Optional.ofNullable(TABLE.get(state, command));
  }

  /** Whether {@code command} is legal in {@code state}. */
  public static boolean allows(WorkOrderState state, CommandKind command) {
    return TABLE.contains(state, command);
  }

  /** The whole table, for documentation and tests: rows are states, columns commands, cells next states. */
  public static ImmutableTable<WorkOrderState, CommandKind, WorkOrderState> table() {
    return TABLE;
  }
}
