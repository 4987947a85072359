package org.enforcementdesk.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.desk.event.WorkOrderEvent;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.ReviewAction;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewSignal;
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
      if (!Transitions.allows(order.state(), command)) {
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
    return commit(order, events, signal, now, List.of(), false);
  }

  WorkOrder commit(
      WorkOrder order,
      List<WorkOrderEvent> decided,
      ReviewSignal signal,
      Instant now,
      List<ReviewAction.RequestCallback> callbacks,
      boolean warn) {
    List<WorkOrderEvent> events = new ArrayList<>(decided);
    List<RecordedEvent> recorded = number(order.version(), events);
    WorkOrder after = order.plus(recorded);
    List<ReviewAction.RequestCallback> allCallbacks = new ArrayList<>(callbacks);
    if (signal != null) {
      Reviews.Outcome outcome =
          Reviews.review(policy, after, signal, now, orders.historyOf(after, now), Actor.SYSTEM);
      if (!outcome.events().isEmpty()) {
        List<RecordedEvent> more = number(after.version(), outcome.events());
        after = after.plus(more);
        events.addAll(outcome.events());
        recorded = number(order.version(), events);
      }
      allCallbacks.addAll(outcome.callbacks());
    }
    List<DueEntry> dues = DueIndex.of(after);
    List<Notification> notifications = NotificationFactory.of(order, after, recorded, allCallbacks, warn);
    ledger.append(
        LedgerAppend.of(order.id(), order.version(), events, dues, notifications, Labels.of(after)));
    return after;
  }

  /**
   * Writes the first events of a new work order.
   *
   * @throws ConcurrencyConflictException if another writer created the same order meanwhile
   */
  WorkOrder create(List<WorkOrderEvent> events) {
    List<RecordedEvent> recorded = number(0, events);
    WorkOrder created = WorkOrder.fold(recorded, calendar);
    List<Notification> notifications = NotificationFactory.of(created, recorded, List.of(), false);
    ledger.append(
        LedgerAppend.of(created.id(), 0, events, DueIndex.of(created), notifications, Labels.of(created)));
    return created;
  }

  /** Reviews the order for a clock's crossing and records the crossing with what the rules decided. */
  ReviewDecision review(WorkOrder order, ReviewSignal signal, Instant now) {
    return policy.review(Reviews.facts(order, signal, now, orders.historyOf(order, now)));
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
