package org.enforcementdesk.desk;

import com.google.common.collect.ImmutableSet;
import org.enforcementdesk.model.Tier;

/**
 * The labels the desk gives a work order in the ledger, so that work queues (open orders of a tier, of a handler, of
 * a resolver) are read from an index rather than by scanning every order. Only unresolved orders carry labels.
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

  static ImmutableSet<String> of(WorkOrder order) {
    if (!order.state().isUnresolved()) {
      return ImmutableSet.of();
    }
    ImmutableSet.Builder<String> labels = ImmutableSet.builder();
    labels.add(tier(order.tier()));
    order.handlerId().ifPresent(id -> labels.add(handler(id)));
    order.delegation().ifPresent(target -> labels.add(resolver(target.resolverId())));
    return labels.build();
  }
}
