package org.enforcementdesk.desk;

import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.RequestId;

/**
 * A command the work order's state does not allow (resolving a closed order, reopening without a dissatisfied
 * evaluation). Nothing was recorded.
 */
public final class IllegalCommandException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final WorkOrderState state;
  private final CommandKind command;

  IllegalCommandException(RequestId requestId, WorkOrderState state, CommandKind command, Actor actor, String why) {
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

  /** The state the order was in. */
  public WorkOrderState state() {
    return state;
  }

  /** The command that was refused. */
  public CommandKind command() {
    return command;
  }
}
