package org.enforcementdesk.desk;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.Recipient;
import org.enforcementdesk.order.CaseFile;
import org.enforcementdesk.order.Delegation;
import org.enforcementdesk.order.DelegationOverdue;
import org.enforcementdesk.order.DueEntries;
import org.enforcementdesk.order.DueEntry;
import org.enforcementdesk.order.DueKind;
import org.enforcementdesk.order.Provenance;
import org.enforcementdesk.order.SlaBreached;
import org.enforcementdesk.order.SlaWarned;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.store.DueEntryFailure;
import org.enforcementdesk.store.LedgerAppend;
import org.enforcementdesk.store.RequestLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clock's side of the loop: takes what the due index says has come due, and records each crossing (at-risk or
 * deadline) with what the rules decide about it. Every crossing is recorded once, so the due entry leaves the index
 * and the next tick never sees it again; the cost of a tick is what came due, not what is open.
 *
 * <p>Resolution crossings go through the rules (warn, escalate one tier, straight to the bureau leader when urgent).
 * Response crossings are the desk's own watch: recorded, and the handler notified. A callback past due asks the
 * handling tier to call back.
 *
 * <p>An entry whose processing throws is skipped, recorded in the ledger ({@link DueEntryFailure}) and reported in the
 * tick's report; the ledger leaves it out of later ticks until its retry time (a minute, doubling up to an hour), and
 * after {@link #MAX_ATTEMPTS} failures parks it and tells the centre director. Every other entry is processed as usual.
 */
final class Ticker {

  /** How many due entries one read of the index takes; a tick reads until nothing before {@code now} is left. */
  private static final int BATCH = 512;

  /** Failures of one due entry after which the tick parks it and tells the centre director. */
  static final int MAX_ATTEMPTS = 5;

  /** The pause before a failed entry is tried again: doubled after each failure, from a minute up to an hour. */
  private static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
  private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

  private static final Logger LOG = LoggerFactory.getLogger(Ticker.class);

  private final RequestLedger ledger;
  private final WorkOrders orders;
  private final Reviews reviews;
  private final CommandRunner runner;

  Ticker(RequestLedger ledger, WorkOrders orders, Reviews reviews, CommandRunner runner) {
    this.ledger = ledger;
    this.orders = orders;
    this.reviews = reviews;
    this.runner = runner;
  }

  TickReport tick(Instant now) {
    TickReport report = TickReport.NOTHING;
    Set<DueEntry> seen = new HashSet<>();
    while (true) {
      List<DueEntry> due = ledger.claimDue(now, BATCH);
      boolean progressed = false;
      for (DueEntry entry : due) {
        if (seen.add(entry)) {
          progressed = true;
          report = report.plus(safely(entry, now));
        }
      }
      // Every entry processed either left the index or was re-indexed away; an entry seen twice means another
      // writer keeps putting it back, and this tick leaves it to the next one rather than loop.
      if (!progressed) {
        return report;
      }
    }
  }

  /**
   * Processes one entry; whatever it throws is recorded against the entry and reported, never thrown: one order's
   * failure must not stop every later escalation of the court.
   */
  private TickReport safely(DueEntry entry, Instant now) {
    TickReport done;
    try {
      done = process(entry, now);
    } catch (RuntimeException e) {
      return failed(entry, e, now);
    }
    try {
      if (ledger.dueEntryFailure(entry).isPresent()) {
        ledger.clearDueEntryFailure(entry);
      }
    } catch (RuntimeException e) {
      LOG.warn("due entry {} was processed, but its earlier failure could not be cleared", entry, Failures.masked(e));
    }
    return done;
  }

  /** Records the failure (parking the entry after {@link #MAX_ATTEMPTS}) and reports it. */
  private TickReport failed(DueEntry entry, RuntimeException e, Instant now) {
    String error = Failures.describe(e);
    int attempts = 1;
    boolean parked = false;
    try {
      attempts = ledger.dueEntryFailure(entry).map(f -> f.attempts() + 1).orElse(1);
      parked = attempts >= MAX_ATTEMPTS;
      Instant retryAt = now.plus(pause(attempts));
      Optional<Notification> notice = parked ? Optional.of(parkedNotice(entry, error, now)) : Optional.empty();
      ledger.recordDueEntryFailure(new DueEntryFailure(entry, attempts, error, now, retryAt, parked), notice);
    } catch (RuntimeException recording) {
      e.addSuppressed(recording);
    }
    if (parked) {
      LOG.error("due entry {} failed {} times and is parked until retried by hand: {}", entry, attempts, error,
          Failures.masked(e));
    } else {
      LOG.warn("due entry {} failed (attempt {}), skipped and retried later: {}", entry, attempts, error, Failures.masked(e));
    }
    return new TickReport(0, 0, 0, 0, 0,
        List.of(new TickFailure(entry.requestId(), entry.kind(), entry.at(), error, attempts, parked)));
  }

  private static Duration pause(int attempts) {
    Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts - 1, 10));
    return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
  }

  /** The centre director's notice of a parked entry; the case number if the order can still be read. */
  private Notification parkedNotice(DueEntry entry, String error, Instant now) {
    String caseNumber;
    try {
      caseNumber = orders.find(entry.requestId())
          .flatMap(order -> order.request().caseNumber()).map(Object::toString).orElse("");
    } catch (RuntimeException unreadable) {
      caseNumber = "";
    }
    return Notification.of(
        entry.requestId() + ":" + entry.kind() + "@" + entry.at() + ":parked@" + now,
        NotificationKind.ORDER_PARKED,
        entry.requestId(),
        new Recipient(Recipient.Kind.TIER, Tier.CENTER_DIRECTOR.name()),
        now,
        Map.of("caseNumber", caseNumber, "entry", entry.kind().name(), "reason", error));
  }

  private TickReport process(DueEntry entry, Instant now) {
    int[] conflicts = {0};
    TickReport done = runner.attempt(() -> processOnce(entry, now), () -> conflicts[0]++);
    return done.plus(new TickReport(0, 0, 0, 0, conflicts[0]));
  }

  private TickReport processOnce(DueEntry entry, Instant now) {
    WorkOrder order =
        orders.find(entry.requestId())
            .orElseThrow(() -> new IllegalStateException("due entry " + entry + " of no work order"));
    if (!DueEntries.of(order).contains(entry)) {
      // Stale: handled by a concurrent tick or command. Re-index the order so that the stale entry leaves the index
      // instead of coming back forever.
      ledger.append(LedgerAppend.reindex(order));
      return TickReport.NOTHING;
    }
    return entry.kind() == DueKind.DELEGATION_DUE ? recordOverdueDelegation(order, now) : record(order, entry, now);
  }

  private TickReport record(WorkOrder order, DueEntry entry, Instant now) {
    SlaTarget target = DueEntries.targetOf(entry.kind());
    boolean deadline = DueEntries.isDeadline(entry.kind());
    OffsetDateTime due = order.due(target).orElseThrow();
    Instant at = now; // a crossing is recorded at the tick that saw it; the entry keeps when it fell due
    // An at-risk crossing seen only after the deadline has passed too (a gap in ticking, a shortened period) is
    // recorded without asking the rules: the deadline's own entry, in this same tick, decides the breach once.
    boolean lateWarning = !deadline && now.isAfter(due.toInstant());
    Optional<CaseFile> file = Optional.empty();
    Optional<ReviewDecision> decision = Optional.empty();
    if (target == SlaTarget.RESOLUTION && !lateWarning) {
      file = orders.caseFileOf(order);
      Optional<Instant> riskSince = file.flatMap(CaseFile::lastRiskClosure);
      decision = Optional.of(
          reviews.decide(order, ReviewSignal.TICK, at, orders.historyOf(order, at, file), riskSince));
    }
    Provenance provenance = decision.map(Provenance::of).orElse(Provenance.DESK);
    List<WorkOrderEvent> events = new ArrayList<>();
    if (deadline) {
      events.add(new SlaBreached(order.id(), at, Actor.SYSTEM, target, due, provenance));
    } else {
      // The rules decide whether the handler hears of a resolution clock at risk; a response clock's is the desk's.
      boolean warn = decision.map(d -> Reviews.warns(d, target)).orElse(target == SlaTarget.RESPONSE && !lateWarning);
      events.add(new SlaWarned(order.id(), at, Actor.SYSTEM, target, due, warn, provenance));
    }
    int escalations = 0;
    if (decision.isPresent()) {
      WorkOrder crossed = order.plus(CommandRunner.number(order.version(), events));
      Optional<Instant> riskSince = file.flatMap(CaseFile::lastRiskClosure);
      Reviews.Outcome outcome = reviews.translate(decision.get(), crossed, at, riskSince, Actor.SYSTEM);
      events.addAll(outcome.events());
      escalations = outcome.escalations();
    }
    runner.commit(Commit.of(order, at, events));
    return new TickReport(1, deadline ? 0 : 1, deadline ? 1 : 0, escalations, 0);
  }

  /** A delegation past its deadline: recorded once, and the resolver and the handling tier told. */
  private TickReport recordOverdueDelegation(WorkOrder order, Instant now) {
    Delegation pending = order.delegations().get(order.delegations().size() - 1);
    runner.commit(Commit.of(order, now, List.of(
        new DelegationOverdue(order.id(), now, Actor.SYSTEM, pending.target(), pending.due()))));
    return new TickReport(1, 0, 0, 0, 0);
  }
}
