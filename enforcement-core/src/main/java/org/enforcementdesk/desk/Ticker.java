package org.enforcementdesk.desk;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.enforcementdesk.desk.event.Provenance;
import org.enforcementdesk.desk.event.WorkOrderEvent;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.policy.ReviewAction;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.store.ConcurrencyConflictException;
import org.enforcementdesk.store.DueEntry;
import org.enforcementdesk.store.DueKind;
import org.enforcementdesk.store.LedgerAppend;
import org.enforcementdesk.store.RequestLedger;

/**
 * The clock's side of the loop: takes what the due index says has come due, and records each crossing (at-risk or
 * deadline) with what the rules decide about it. Every crossing is recorded once, so the due entry leaves the index
 * and the next tick never sees it again; the cost of a tick is what came due, not what is open.
 *
 * <p>Resolution crossings go through the rules (warn, escalate one tier, straight to the bureau leader when urgent).
 * Response crossings are the desk's own watch: recorded, and the handler notified. A callback past due asks the
 * handling tier to call back.
 */
final class Ticker {

  /** How many due entries one read of the index takes; a tick reads until nothing before {@code now} is left. */
  private static final int BATCH = 512;

  private final RequestLedger ledger;
  private final Orders orders;
  private final CommandRunner runner;

  Ticker(RequestLedger ledger, Orders orders, CommandRunner runner) {
    this.ledger = ledger;
    this.orders = orders;
    this.runner = runner;
  }

  TickReport tick(Instant now) {
    TickReport report = TickReport.NOTHING;
    Set<DueEntry> seen = new HashSet<>();
    while (true) {
      List<DueEntry> due = ledger.dueBefore(now, BATCH);
      boolean progressed = false;
      for (DueEntry entry : due) {
        if (seen.add(entry)) {
          progressed = true;
          report = report.plus(process(entry, now));
        }
      }
      // Every entry processed either left the index or was re-indexed away; an entry seen twice means another
      // writer keeps putting it back, and this tick leaves it to the next one rather than loop.
      if (!progressed) {
        return report;
      }
    }
  }

  private TickReport process(DueEntry entry, Instant now) {
    int conflicts = 0;
    for (int attempt = 1; ; attempt++) {
      WorkOrder order = orders.load(entry.requestId());
      List<DueEntry> current = DueIndex.of(order);
      if (!current.contains(entry)) {
        // Stale: handled by a concurrent tick or command, or written under other calendar data (a court's new
        // holiday file). Re-index the order so the stale entry leaves the index instead of coming back forever.
        try {
          ledger.append(LedgerAppend.of(order.id(), order.version(), List.of(), current, List.of(), Labels.of(order)));
          return new TickReport(0, 0, 0, 0, conflicts);
        } catch (ConcurrencyConflictException e) {
          conflicts++;
          if (attempt == CommandRunner.MAX_ATTEMPTS) {
            throw e;
          }
          continue;
        }
      }
      try {
        return record(order, entry, now).plus(new TickReport(0, 0, 0, 0, conflicts));
      } catch (ConcurrencyConflictException e) {
        conflicts++;
        if (attempt == CommandRunner.MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private TickReport record(WorkOrder order, DueEntry entry, Instant now) {
    if (entry.kind() == DueKind.DELEGATION_DUE) {
      return recordOverdueDelegation(order, now);
    }
    SlaTarget target = DueIndex.targetOf(entry.kind());
    boolean deadline = DueIndex.isDeadline(entry.kind());
    OffsetDateTime due = order.due(target).orElseThrow();
    Instant at = now; // a crossing is recorded at the tick that saw it; the entry keeps when it fell due
    // An at-risk crossing seen only after the deadline has passed too (a gap in ticking, a shortened period) is
    // recorded without asking the rules: the deadline's own entry, in this same tick, decides the breach once.
    boolean lateWarning = !deadline && now.isAfter(due.toInstant());
    CommandRunner.ClockReview review =
        target == SlaTarget.RESOLUTION && !lateWarning ? runner.review(order, ReviewSignal.TICK, at) : null;
    ReviewDecision decision = review == null ? null : review.decision();
    Provenance provenance = decision == null ? Provenance.DESK : Provenance.of(decision);
    List<WorkOrderEvent> events = new ArrayList<>();
    events.add(
        deadline
            ? new WorkOrderEvent.SlaBreached(order.id(), at, Actor.SYSTEM, target, due, provenance)
            : new WorkOrderEvent.SlaWarned(order.id(), at, Actor.SYSTEM, target, due, provenance));
    List<ReviewAction.RequestCallback> callbacks = List.of();
    int escalations = 0;
    if (decision != null) {
      WorkOrder crossed = order.plus(CommandRunner.number(order.version(), events));
      Reviews.Outcome outcome = Reviews.translate(decision, crossed, at, review.riskSince(), Actor.SYSTEM);
      events.addAll(outcome.events());
      callbacks = outcome.callbacks();
      escalations = (int) outcome.events().stream().filter(e -> e instanceof WorkOrderEvent.Escalated).count();
    }
    boolean warn = decision == null ? target == SlaTarget.RESPONSE && !lateWarning : Reviews.warns(decision, target);
    runner.commit(order, events, List.of(), null, null, at, callbacks, warn);
    return new TickReport(1, deadline ? 0 : 1, deadline ? 1 : 0, escalations, 0);
  }

  /** A delegation past its deadline: recorded once, and the resolver and the handling tier told. */
  private TickReport recordOverdueDelegation(WorkOrder order, Instant now) {
    Delegation pending = order.delegations().get(order.delegations().size() - 1);
    runner.commit(
        order,
        List.of(new WorkOrderEvent.DelegationOverdue(order.id(), now, Actor.SYSTEM, pending.target(), pending.due())),
        null,
        now);
    return new TickReport(1, 0, 0, 0, 0);
  }
}
