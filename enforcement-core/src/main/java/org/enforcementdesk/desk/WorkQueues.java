package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.order.Delegation;
import org.enforcementdesk.order.Labels;
import org.enforcementdesk.order.RectificationItem;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.store.LedgerUnavailableException;

/**
 * The staff's work queues and registers ({@code desk.queues()}): the unresolved work orders of a tier, of a handler
 * and of a resolver, the rectification items and the delegations. Each is read from the ledger's label index, never
 * by scanning every order, and lists work orders in submission order. Each throws {@link PermissionDeniedException}
 * for a viewer who may not see it and {@link LedgerUnavailableException} if the ledger failed. Thread-safe.
 */
public final class WorkQueues {

  private final WorkOrders orders;

  WorkQueues(WorkOrders orders) {
    this.orders = orders;
  }

  /** The unresolved work orders a tier holds, in submission order, from the ledger's index; staff only. */
  public List<WorkOrder> openWorkOrders(Tier tier, Actor viewer) {
    requireNonNull(tier, "tier");
    Permissions.checkStaff(viewer, "the open work orders of a tier");
    return orders.labelled(Labels.tier(tier));
  }

  /** The unresolved work orders assigned to one handler, in submission order; staff only. */
  public List<WorkOrder> openWorkOrdersOfHandler(String handlerId, Actor viewer) {
    requireNonNull(handlerId, "handlerId");
    Permissions.checkStaff(viewer, "the open work orders of a handler");
    return orders.labelled(Labels.handler(handlerId));
  }

  /** The work orders delegated to a resolver now: what the resolver's account shows; staff and that resolver only. */
  public List<WorkOrder> delegatedTo(String resolverId, Actor viewer) {
    requireNonNull(resolverId, "resolverId");
    Permissions.checkResolverQueue(viewer, resolverId);
    return EnforcementDesk.visible(orders.labelled(Labels.resolver(resolverId)), viewer);
  }

  /** The rectification items matching a query, by order then item number; staff only. */
  public List<RectificationItem> rectificationItems(RectificationQuery query, Actor viewer) {
    requireNonNull(query, "query");
    Permissions.checkCaseRead(requireNonNull(viewer, "viewer"), "the rectification items");
    return orders.labelled(Labels.RECTIFICATION).stream()
        .flatMap(order -> order.rectificationItems().stream())
        .filter(query::matches)
        .toList();
  }

  /** Every delegation so far with how it ended, by order (what the delegated resolution rates count); staff only. */
  public List<Delegation> delegations(Actor viewer) {
    Permissions.checkCaseRead(requireNonNull(viewer, "viewer"), "the delegations");
    return orders.labelled(Labels.DELEGATED).stream().flatMap(order -> order.delegations().stream()).toList();
  }
}
