package org.enforcementdesk.desk;

import java.util.Optional;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.CommandRefusedException;

/**
 * An actor tried a command or query their role does not allow, or on a work order that is not theirs (a party's
 * own requests; a resolver's current delegations). Nothing was recorded or shown.
 */
public final class PermissionDeniedException extends CommandRefusedException {

  private static final long serialVersionUID = 1L;

  private final CommandKind command;

  PermissionDeniedException(Actor actor, CommandKind command, String what, String why) {
    super(actor + " may not " + command + " " + what + ": " + why + "; nothing was recorded");
    this.command = command;
  }

  PermissionDeniedException(Actor actor, String what, String why) {
    super(actor + " may not read " + what + ": " + why);
    this.command = null;
  }

  /** The command refused; empty for a refused query. */
  public Optional<CommandKind> command() {
    return Optional.ofNullable(command);
  }
}
