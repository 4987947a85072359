package org.enforcementdesk.order;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.enforcementdesk.model.Tier;

/**
 * The labels of a work order or a case, by which a ledger lists them without a scan: the work queues (the open
 * orders of a tier, of a handler, of a resolver), the orders ever delegated or with rectification items, and the
 * cases with an open risk case. A pure function of the fold: any ledger recomputes them from the events alone.
 */
public final class Labels {

  /** Orders ever delegated, whatever their state: the delegations the resolution rates count. */
  public static final String DELEGATED = "delegated";

  /** Orders with rectification items, whatever their state. */
  public static final String RECTIFICATION = "rectification";

  /**
   * Orders with a provisional deadline in force: counted through a year whose State Council notice was not loaded.
   * What the desk revises when it is given a calendar with the notice.
   */
  public static final String PROVISIONAL = "deadline:provisional";

  /** A case whose risk case is open. */
  public static final String RISK_OPEN = "risk:open";

  private Labels() {}

  /** The label of the unresolved orders a tier holds. */
  public static String tier(Tier tier) {
    return "open:tier:" + tier.name();
  }

  /** The label of the unresolved orders assigned to one handler. */
  public static String handler(String handlerId) {
    return "open:handler:" + handlerId;
  }

  /** The label of the orders delegated to one resolver now. */
  public static String resolver(String resolverId) {
    return "open:resolver:" + resolverId;
  }

  /** A work order's labels: work-queue labels while it is unresolved, and the lasting ones. */
  public static ImmutableSet<String> of(WorkOrder order) {
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
    if (order.deadlinesInForce().stream().anyMatch(d -> d.deadline().provisional())) {
      labels.add(PROVISIONAL);
    }
    return labels.build();
  }

  /**
   * The key of an unresolved order's duplicate group: the same party, the same type, the same enforcement case. The
   * desk links a new request with an open order's key to that order as an urge; a ledger lets one order at a time hold
   * a key, so that copies submitted at once on several nodes open one order. Empty once resolved, and for a request
   * without a case number.
   */
  public static Optional<String> duplicateKey(WorkOrder order) {
    if (!order.state().isUnresolved()) {
      return Optional.empty();
    }
    return order.request().caseNumber().map(number ->
        "dup:" + order.request().requester().id() + ":" + order.request().type().code() + ":" + number);
  }

  /** A case's labels. */
  public static ImmutableSet<String> of(CaseFile file) {
    return file.openRiskCase().isPresent() ? ImmutableSet.of(RISK_OPEN) : ImmutableSet.of();
  }
}
