package org.enforcementdesk.desk;

import com.google.common.collect.ImmutableSet;
import org.enforcementdesk.model.Tier;

/**
 * The labels the desk gives a work order in the ledger, so that work queues (open orders of a tier, of a handler, of
 * a resolver) are read from an index rather than by scanning every order. Only unresolved orders carry work-queue
 * labels; orders ever delegated and orders with rectification items carry a label of each for as long as they exist.
 */
final class Labels {

  private Labels() {}

  static String tier(Tier tier) {
    return "open:tier:" + tier.name();
  }

  static String handler(String handlerId) {
    return "open:handler:" + handlerId;
  }

  static String resolver(String resolverId) {
    return "open:resolver:" + resolverId;
  }

  /** Orders ever delegated, whatever their state: the delegations the resolution rates count. */
  static final String DELEGATED = "delegated";

  /** Orders with rectification items, whatever their state. */
  static final String RECTIFICATION = "rectification";

  static ImmutableSet<String> of(WorkOrder order) {
    ImmutableSet.Builder<String> labels = ImmutableSet.builder();
    if (order.state().isUnresolved()) {
      labels.add(tier(order.tier()));
      order.handlerId().ifPresent(id -> labels.add(handler(id)));
      order.delegation().ifPresent(target -> labels.add(resolver(target.resolverId())));
    }
    if (!order.delegations().isEmpty()) {
      labels.add(DELEGATED);
    }
    if (!order.rectificationItems().isEmpty()) {
      labels.add(RECTIFICATION);
    }
    return labels.build();
  }
}
