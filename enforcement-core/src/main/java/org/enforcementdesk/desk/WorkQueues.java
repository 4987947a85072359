package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ReadPurpose;
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
  private final ReadAudit audit;

  WorkQueues(WorkOrders orders, CourtGate court, ReadAudit audit) {
    this.court = court;
    this.orders = orders;
    this.audit = audit;
  }

  /**
   * The unresolved work orders a tier holds, in submission order, from the ledger's index; staff only. Recorded in
   * the audit trail of reads with an unstated purpose.
   */
  public List<WorkOrder> openWorkOrders(Tier tier, Actor viewer) {
    return openWorkOrders(tier, viewer, ReadPurpose.UNSTATED);
  }

  /** The unresolved work orders a tier holds, read for a stated purpose; staff only. */
  public List<WorkOrder> openWorkOrders(Tier tier, Actor viewer, ReadPurpose purpose) {
    requireNonNull(tier, "tier");
    requireNonNull(purpose, "purpose");
    Permissions.checkStaff(viewer, "the open work orders of a tier");
    court.check(viewer, "the open work orders of a tier");
    audit.checkPurpose(purpose, "openWorkOrders");
    return audit.orders(viewer, "openWorkOrders", tier, purpose, orders.labelled(Labels.tier(tier)));
  }

  /**
   * The unresolved work orders assigned to one handler, in submission order; staff only. Recorded in the audit trail
   * of reads with an unstated purpose.
   */
  public List<WorkOrder> openWorkOrdersOfHandler(String handlerId, Actor viewer) {
    return openWorkOrdersOfHandler(handlerId, viewer, ReadPurpose.UNSTATED);
  }

  /** The unresolved work orders assigned to one handler, read for a stated purpose; staff only. */
  public List<WorkOrder> openWorkOrdersOfHandler(String handlerId, Actor viewer, ReadPurpose purpose) {
    requireNonNull(handlerId, "handlerId");
    requireNonNull(purpose, "purpose");
    Permissions.checkStaff(viewer, "the open work orders of a handler");
    court.check(viewer, "the open work orders of a handler");
    audit.checkPurpose(purpose, "openWorkOrdersOfHandler");
    return audit.orders(
        viewer, "openWorkOrdersOfHandler", handlerId, purpose, orders.labelled(Labels.handler(handlerId)));
  }
}
