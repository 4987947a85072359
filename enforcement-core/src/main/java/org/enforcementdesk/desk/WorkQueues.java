package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.order.Labels;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.store.LedgerUnavailableException;

/**
 * The staff's work queues ({@code desk.queues()}): the unresolved work orders of a tier and of a handler. Each is read
 * from the ledger's label index, never by scanning every order, and lists work orders in submission order; each
 * throws {@link PermissionDeniedException} for a viewer who is not court staff and {@link LedgerUnavailableException}
 * if the ledger failed. A resolver's queue is {@link DelegationDesk#delegatedTo}. Thread-safe.
 */
public final class WorkQueues {

  private final WorkOrders orders;
  private final CourtGate court;

  WorkQueues(WorkOrders orders, CourtGate court) {
    this.court = court;
    this.orders = orders;
  }

  /** The unresolved work orders a tier holds, in submission order, from the ledger's index; staff only. */
  public List<WorkOrder> openWorkOrders(Tier tier, Actor viewer) {
    requireNonNull(tier, "tier");
    Permissions.checkStaff(viewer, "the open work orders of a tier");
    court.check(viewer, "the open work orders of a tier");
    return orders.labelled(Labels.tier(tier));
  }

  /** The unresolved work orders assigned to one handler, in submission order; staff only. */
  public List<WorkOrder> openWorkOrdersOfHandler(String handlerId, Actor viewer) {
    requireNonNull(handlerId, "handlerId");
    Permissions.checkStaff(viewer, "the open work orders of a handler");
    court.check(viewer, "the open work orders of a handler");
    return orders.labelled(Labels.handler(handlerId));
  }
}
