package org.enforcementdesk.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.desk.event.CaseEvent;
import org.enforcementdesk.desk.event.WorkOrderEvent;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.ReviewAction;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.store.CaseAppend;
import org.enforcementdesk.store.ConcurrencyConflictException;
import org.enforcementdesk.store.DueEntry;
import org.enforcementdesk.store.LedgerAppend;
import org.enforcementdesk.store.RecordedEvent;
import org.enforcementdesk.store.RequestLedger;

/**
 * The one path every command takes: load the order, check the actor and the state, decide the events, fold them into
 * a trial order (so a clock that refuses them fails the command before anything is written), let the rules review
 * the result where a party signal calls for it, then append events, due entries and notifications in one atomic
 * write. A concurrent change to the same order is met by reading again and retrying; a failed command records
 * nothing.
 */
final class CommandRunner {

  /** How often a command retries after losing a race for the same work order. */
  static final int MAX_ATTEMPTS = 8;

  /** The events a command decides, given the order as it stands and the instant of the command. */
  @FunctionalInterface
  interface Step {
    List<WorkOrderEvent> events(WorkOrder order, Instant now);
  }

  private final RequestLedger ledger;
  private final DecisionPolicy policy;
  private final WorkingCalendar calendar;
  private final Clock clock;
  private final Orders orders;

  CommandRunner(RequestLedger ledger, DecisionPolicy policy, WorkingCalendar calendar, Clock clock, Orders orders) {
    this.ledger = ledger;
    this.policy = policy;
    this.calendar = calendar;
    this.clock = clock;
    this.orders = orders;
  }

  WorkOrder run(RequestId id, Actor actor, CommandKind command, ReviewSignal signal, Step step) {
    for (int attempt = 1; ; attempt++) {
      WorkOrder order = orders.loadFor(actor, command, id);
      Permissions.checkCommand(actor, command, order);
      if (command.isInStateMachine() && !Transitions.allows(order.state(), command)) {
        throw new IllegalCommandException(id, order.state(), command, actor, "");
      }
      Instant now = clock.instant();
      try {
        return commit(order, step.events(order, now), signal, now);
      } catch (ConcurrencyConflictException conflict) {
        if (attempt == MAX_ATTEMPTS) {
          throw conflict;
        }
      }
    }
  }

  /**
   * Folds, reviews and appends events after {@code order}; returns the order as the ledger now holds it.
   *
   * @throws ConcurrencyConflictException if the order changed since it was read
   */
  WorkOrder commit(WorkOrder order, List<WorkOrderEvent> events, ReviewSignal signal, Instant now) {
    return commit(order, events, List.of(), null, signal, now, List.of(), false);
  }

  /**
   * Folds, reviews and appends events after {@code order}, with {@code caseEvents} the command records on the
   * order's case itself (a contact, a petition) ahead of what the order's events add to the case.
   *
   * @param knownCase the case as the command read it when deciding {@code caseEvents}, so that the write is checked
   *     against that version (a concurrent change then retries the command); null to read it here
   * @throws ConcurrencyConflictException if the order or its case changed since they were read
   */
  WorkOrder commit(
      WorkOrder order,
      List<WorkOrderEvent> decided,
      List<CaseEvent> caseEvents,
      CaseFile knownCase,
      ReviewSignal signal,
      Instant now,
      List<ReviewAction.RequestCallback> callbacks,
      boolean warn) {
    List<WorkOrderEvent> events = new ArrayList<>(decided);
    WorkOrder after = order.plus(number(order.version(), events));
    // The case as it stands, with what this command records on it: the rules' view of visits and petitions must
    // include a contact recorded by this very command.
    CaseFile before =
        knownCase != null
            ? knownCase
            : needsCase(order, caseEvents, signal, events) ? orders.caseFileOf(order).orElse(null) : null;
    CaseFile file = before == null ? null : before.plus(caseEvents);
    // Risk flags raised before the case's last risk case was closed no longer hold: the same trigger may fire again.
    Instant riskSince = file == null ? null : file.lastRiskClosure().orElse(null);
    List<ReviewAction.RequestCallback> allCallbacks = new ArrayList<>(callbacks);
    ReviewDecision decision = null;
    if (signal != null) {
      Reviews.Outcome outcome =
          Reviews.review(policy, after, signal, now, orders.historyOf(after, now, file), riskSince, Actor.SYSTEM);
      decision = outcome.decision();
      after = extend(after, events, outcome.events());
      allCallbacks.addAll(outcome.callbacks());
    }
    after = extend(after, events, Rectifications.opened(after, events, decision, now, calendar));
    List<RecordedEvent> recorded = number(order.version(), events);
    List<DueEntry> dues = DueIndex.of(after);
    List<Notification> notifications = NotificationFactory.of(order, after, recorded, allCallbacks, warn);
    LedgerAppend append = LedgerAppend.of(order.id(), order.version(), events, dues, notifications, Labels.of(after));
    if (file != null) {
      List<CaseEvent> allCaseEvents = new ArrayList<>(caseEvents);
      allCaseEvents.addAll(CaseSide.derived(file, events));
      if (!allCaseEvents.isEmpty()) {
        CaseFile afterCase = before.plus(allCaseEvents);
        // Callbacks the rules asked for on a review that recorded nothing on the order ride on the case's write.
        List<Notification> onCase =
            recorded.isEmpty()
                ? NotificationFactory.caseCallbacks(after, afterCase, now, allCallbacks)
                : List.of();
        append = append.withCase(CaseAppend.of(
            before.caseNumber(), before.version(), allCaseEvents, onCase, CaseSide.labels(afterCase)));
      }
    }
    ledger.append(append);
    return after;
  }

  private static boolean needsCase(
      WorkOrder order, List<CaseEvent> caseEvents, ReviewSignal signal, List<WorkOrderEvent> events) {
    return order.request().caseNumber().isPresent()
        && (!caseEvents.isEmpty() || signal != null || CaseSide.touches(events));
  }

  /** Adds {@code more} to {@code events} and folds them into {@code order}. */
  private static WorkOrder extend(WorkOrder order, List<WorkOrderEvent> events, List<WorkOrderEvent> more) {
    if (more.isEmpty()) {
      return order;
    }
    events.addAll(more);
    return order.plus(number(order.version(), more));
  }

  /**
   * Writes the first events of a new work order (and, when the rules flagged a risk at intake, the trigger on its
   * case).
   *
   * @throws ConcurrencyConflictException if another writer created the same order, or changed its case, meanwhile
   */
  WorkOrder create(List<WorkOrderEvent> events) {
    List<RecordedEvent> recorded = number(0, events);
    WorkOrder created = WorkOrder.fold(recorded, calendar);
    List<Notification> notifications = NotificationFactory.of(created, recorded, List.of(), false);
    LedgerAppend append =
        LedgerAppend.of(created.id(), 0, events, DueIndex.of(created), notifications, Labels.of(created));
    if (CaseSide.touches(events)) {
      Optional<CaseFile> file = orders.caseFileOf(created);
      if (file.isPresent()) {
        List<CaseEvent> derived = CaseSide.derived(file.get(), events);
        CaseFile afterCase = file.get().plus(derived);
        append = append.withCase(CaseAppend.of(
            afterCase.caseNumber(), file.get().version(), derived, List.of(), CaseSide.labels(afterCase)));
      }
    }
    ledger.append(append);
    return created;
  }

  /**
   * The rules' review of an order for a clock's crossing, with when its case last closed a risk case (risk flags
   * before it no longer hold; null if never), so that turning the decision into events judges flags alike.
   */
  record ClockReview(ReviewDecision decision, Instant riskSince) {}

  /** Asks the rules about an order for a clock's crossing, reading its case once. */
  ClockReview review(WorkOrder order, ReviewSignal signal, Instant now) {
    CaseFile file = orders.caseFileOf(order).orElse(null);
    Instant riskSince = file == null ? null : file.lastRiskClosure().orElse(null);
    CaseHistory history = orders.historyOf(order, now, file);
    return new ClockReview(policy.review(Reviews.facts(order, signal, now, history, riskSince)), riskSince);
  }

  static List<RecordedEvent> number(long afterVersion, List<WorkOrderEvent> events) {
    List<RecordedEvent> recorded = new ArrayList<>(events.size());
    long version = afterVersion;
    for (WorkOrderEvent event : events) {
      recorded.add(new RecordedEvent(++version, event));
    }
    return recorded;
  }
}
