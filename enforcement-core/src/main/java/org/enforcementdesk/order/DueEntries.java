package org.enforcementdesk.order;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.sla.RecordedClock;
import org.enforcementdesk.sla.SlaTarget;

/**
 * What a work order has coming due, for the ledger's due index: each running clock's at-risk instant (until the
 * warning is recorded) and its deadline (until the breach is recorded); the callback's deadline once resolved. A
 * paused clock has nothing due (its deadline waits for the resume) unless a hard limit gives it one; a pending
 * delegation has its own deadline.
 */
public final class DueEntries {

  private DueEntries() {}

  /** The order's due entries as it stands: what the tick acts on when each instant passes. */
  public static List<DueEntry> of(WorkOrder order) {
    List<DueEntry> dues = new ArrayList<>(3);
    if (order.state().isUnresolved()) {
      add(dues, order, SlaTarget.RESPONSE, DueKind.RESPONSE_AT_RISK, DueKind.RESPONSE_DUE);
      add(dues, order, SlaTarget.RESOLUTION, DueKind.RESOLUTION_AT_RISK, DueKind.RESOLUTION_DUE);
      delegationDue(order).ifPresent(due -> dues.add(new DueEntry(order.id(), DueKind.DELEGATION_DUE, due)));
    } else if (order.state() == WorkOrderState.RESOLVED) {
      order.clock(SlaTarget.CALLBACK)
          .filter(clock -> !clock.isStopped() && !order.breached().contains(SlaTarget.CALLBACK))
          .flatMap(RecordedClock::dueAt)
          .ifPresent(due -> dues.add(new DueEntry(order.id(), DueKind.CALLBACK_DUE, due.toInstant())));
    }
    return dues;
  }

  private static void add(List<DueEntry> dues, WorkOrder order, SlaTarget target, DueKind atRisk, DueKind due) {
    boolean running = order.clock(target).filter(c -> !c.isStopped()).isPresent();
    if (!running || order.breached().contains(target)) {
      return;
    }
    // A paused clock has no deadline, unless a hard limit gives it one (see WorkOrder.due).
    Optional<OffsetDateTime> deadline = order.due(target);
    if (deadline.isEmpty()) {
      return;
    }
    if (!order.warned().contains(target)) {
      order.atRiskAt(target)
          .filter(at -> at.isBefore(deadline.get()))
          .ifPresent(at -> dues.add(new DueEntry(order.id(), atRisk, at.toInstant())));
    }
    dues.add(new DueEntry(order.id(), due, deadline.get().toInstant()));
  }

  /** The pending delegation's deadline, until its passing is recorded. */
  public static Optional<Instant> delegationDue(WorkOrder order) {
    if (order.state() != WorkOrderState.DELEGATED || order.delegations().isEmpty()) {
      return Optional.empty();
    }
    Delegation pending = order.delegations().get(order.delegations().size() - 1);
    return pending.isPending() && !pending.overdue() ? Optional.of(pending.due().toInstant()) : Optional.empty();
  }

  /** The clock a due entry belongs to; a delegation's deadline belongs to none. */
  public static SlaTarget targetOf(DueKind kind) {
    return switch (kind) {
      case RESPONSE_AT_RISK, RESPONSE_DUE -> SlaTarget.RESPONSE;
      case RESOLUTION_AT_RISK, RESOLUTION_DUE -> SlaTarget.RESOLUTION;
      case CALLBACK_DUE -> SlaTarget.CALLBACK;
      case DELEGATION_DUE -> throw new IllegalArgumentException("a delegation's deadline is no SLA clock's");
    };
  }

  /** Whether a due kind is a deadline (rather than an at-risk warning). */
  public static boolean isDeadline(DueKind kind) {
    return kind == DueKind.RESPONSE_DUE || kind == DueKind.RESOLUTION_DUE || kind == DueKind.CALLBACK_DUE;
  }
}
