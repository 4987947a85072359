package org.enforcementdesk.store;

import java.util.List;
import java.util.stream.Collectors;
import org.enforcementdesk.order.CommandRefusedException;

/**
 * A party's personal data was not erased because holds are in force on it. Nothing was changed; erase again once
 * the holds end or are released.
 */
public final class ErasureRefusedException extends CommandRefusedException {

  private static final long serialVersionUID = 1L;

  private final transient List<ErasureHold> holds;

  /**
   * A refusal naming every hold in force.
   *
   * @param partyId the party; not null
   * @param holds the holds in force; not empty
   */
  public ErasureRefusedException(String partyId, List<ErasureHold> holds) {
    super("party " + partyId + "'s personal data cannot be erased while " + holds.size()
        + (holds.size() == 1 ? " hold is" : " holds are") + " in force: "
        + holds.stream().map(ErasureHold::describe).collect(Collectors.joining("; ")) + "; nothing was changed");
    this.holds = List.copyOf(holds);
  }

  /** The holds in force when erasure was refused. */
  public List<ErasureHold> holds() {
    return holds;
  }
}
