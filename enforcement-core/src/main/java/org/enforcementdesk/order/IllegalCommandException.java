package org.enforcementdesk.order;

import java.util.Optional;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;

/**
 * A command the work order's state does not allow (resolving a closed order, reopening without a dissatisfied
 * evaluation). Nothing was recorded.
 */
public final class IllegalCommandException extends CommandRefusedException {

  private static final long serialVersionUID = 1L;

  private final WorkOrderState state;
  private final CommandKind command;

  /**
   * A refusal of a command on a work order.
   *
   * @param why what else forbids it, in words; empty when the state alone does
   */
  public IllegalCommandException(
      RequestId requestId, WorkOrderState state, CommandKind command, Actor actor, String why) {
    super(
        "work order "
            + requestId
            + " is "
            + state
            + ": "
            + command
            + " by "
            + actor
            + " is not allowed"
            + (why.isEmpty() ? "" : " (" + why + ")")
            + "; nothing was recorded");
    this.state = state;
    this.command = command;
  }

  /**
   * A command on an enforcement case's own record that its state does not allow (say, closing no risk case).
   *
   * @param why what forbids it, in words; not empty
   */
  public IllegalCommandException(CaseNumber caseNumber, CommandKind command, Actor actor, String why) {
    super("case " + caseNumber + ": " + command + " by " + actor + " is not allowed (" + why + "); nothing was recorded");
    this.state = null;
    this.command = command;
  }

  /** The state the order was in; empty when the command was on a case's own record. */
  public Optional<WorkOrderState> state() {
    return Optional.ofNullable(state);
  }

  /** The command that was refused. */
  public CommandKind command() {
    return command;
  }
}
