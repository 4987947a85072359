package org.enforcementdesk.desk;

import java.util.Optional;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.order.CommandKind;

/**
 * The court a desk serves, and the check that staff act only for their own: before anything is loaded, so the
 * refusal is the same whatever the id. Parties and resolvers are not staff of any court; they are held to their own
 * orders in this court's ledger by ownership. A desk built without a court serves one court, and every staff
 * account is its.
 */
final class CourtGate {

  static final CourtGate SINGLE_COURT = new CourtGate(Optional.empty(), staff -> Optional.empty());

  private static final String WHY = "staff act only for their own court";

  private final Optional<String> court;
  private final StaffDirectory staff;

  CourtGate(Optional<String> court, StaffDirectory staff) {
    this.court = court;
    this.staff = staff;
  }

  /** Checks a command. */
  void check(Actor actor, CommandKind command) {
    if (!belongs(actor)) {
      throw new PermissionDeniedException(actor, command, "at court " + court.orElseThrow(), WHY);
    }
  }

  /** Checks a query, or a command outside the state machine named by {@code what}. */
  void check(Actor actor, String what) {
    if (!belongs(actor)) {
      throw new PermissionDeniedException(actor, what + " at court " + court.orElseThrow(), WHY);
    }
  }

  private boolean belongs(Actor actor) {
    if (court.isEmpty() || !actor.role().isCourtStaff()) {
      return true;
    }
    return staff.courtOf(actor).equals(court);
  }
}
