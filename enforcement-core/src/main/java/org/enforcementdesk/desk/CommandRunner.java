package org.enforcementdesk.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.enforcementdesk.calendar.MissingYearException;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.CaseFile;
import org.enforcementdesk.order.CaseSide;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.Guards;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.order.Labels;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.store.CaseAppend;
import org.enforcementdesk.store.ConcurrencyConflictException;
import org.enforcementdesk.store.LedgerAppend;
import org.enforcementdesk.store.RequestLedger;

/**
 * The one path every command on a work order takes: check the actor's role before anything is loaded, load the
 * order, check ownership and the state machine, decide the events, fold them into a trial order (so a stream the
 * state machine would refuse fails the command before anything is written), let the rules review the result where a
 * party signal calls for it, open the rectification items an evaluation calls for, then append events, projection,
 * case events and notifications in one atomic write. A concurrent change to the same order is met by reading again
 * and retrying; a failed command records nothing.
 */
final class CommandRunner {

  /** The events a command decides, given the order as it stands and the instant of the command. */
  @FunctionalInterface
  interface Step {
    List<WorkOrderEvent> events(WorkOrder order, Instant now);
  }

  /** The one event a command decides, for the many commands that record one and ask for no review. */
  @FunctionalInterface
  interface OneEvent {
    WorkOrderEvent of(WorkOrder order, Instant now);
  }

  private final RequestLedger ledger;
  private final WorkOrders orders;
  private final Reviews reviews;
  private final Deadlines deadlines;
  private final Clock clock;
  private final boolean staffEntry;
  private final CourtGate court;

  /**
   * @param staffEntry whether this runner serves the staff's desk, which refuses parties and resolvers: they act
   *     through their own desks, whose answers are views ({@link EnforcementDesk#forParty}, {@link
   *     EnforcementDesk#forResolver}), so a host cannot hand a party the whole order by mistake
   */
  CommandRunner(RequestLedger ledger, WorkOrders orders, Reviews reviews, Deadlines deadlines, Clock clock,
      boolean staffEntry, CourtGate court) {
    this.ledger = ledger;
    this.orders = orders;
    this.reviews = reviews;
    this.deadlines = deadlines;
    this.clock = clock;
    this.staffEntry = staffEntry;
    this.court = court;
  }

  /** The court the desk serves, whose staff alone may act on it. */
  CourtGate court() {
    return court;
  }

  /** The same runner for the party's and the resolver's desks, which let their own audience in. */
  CommandRunner forAudiences() {
    return new CommandRunner(ledger, orders, reviews, deadlines, clock, false, court);
  }

  /**
   * Checks the actor's role may issue the command at all, and may issue it here: before anything is loaded, so the
   * refusal is the same whether the order exists or not.
   */
  void checkEntry(Actor actor, CommandKind command) {
    Permissions.checkRole(actor, command);
    checkDesk(actor, command);
  }

  /** Checks only that the actor may issue the command here, on this desk. */
  void checkDesk(Actor actor, CommandKind command) {
    if (staffEntry) {
      Permissions.checkStaffDesk(actor, command);
    }
    court.check(actor, command);
  }

  Deadlines deadlines() {
    return deadlines;
  }

  /**
   * Runs a command's attempts as {@link Conflicts#retry} does, each with the calendar held still: how every command
   * and every tick reads and writes, so that a calendar swap falls between commands, never inside one.
   */
  <T> T attempt(Supplier<T> attempt) {
    return attempt(attempt, () -> {});
  }

  /** {@link #attempt(Supplier)}, telling {@code onConflict} of each conflict met. */
  <T> T attempt(Supplier<T> attempt, Runnable onConflict) {
    try {
      return Conflicts.retry(() -> deadlines.pinned(attempt), onConflict);
    } catch (MissingYearException refused) {
      // Only under MissingYearPolicy.FAIL: a refusal of the command, typed and documented, never a bare state error.
      throw new MissingHolidayDataException(refused);
    }
  }

  /**
   * Runs a command on a work order.
   *
   * @param signal the party signal the rules review the result for, or null for none
   */
  WorkOrder run(RequestId id, Actor actor, CommandKind command, ReviewSignal signal, Step step) {
    checkEntry(actor, command);
    return attempt(() -> {
      WorkOrder order = orders.loadFor(actor, command, id);
      Permissions.checkOwner(actor, command, order);
      Guards.allowed(order, command, actor);
      Instant now = clock.instant();
      return commit(Commit.of(order, now, decide(step, order, now)).reviewedFor(signal));
    });
  }

  /** Runs a command that records one event and asks for no review. */
  WorkOrder runOne(RequestId id, Actor actor, CommandKind command, OneEvent event) {
    return run(id, actor, command, null, (order, now) -> List.of(event.of(order, now)));
  }

  /**
   * The command's own events. A value's own check failing here is the caller's input that failed it: the only
   * inputs a step reads are the command's arguments and the order, which the fold has already checked.
   */
  private static List<WorkOrderEvent> decide(Step step, WorkOrder order, Instant now) {
    try {
      return step.events(order, now);
    } catch (IllegalArgumentException badInput) {
      throw new InvalidInputException(badInput);
    }
  }

  /**
   * Folds, reviews and appends a commit; returns the order as the ledger now holds it.
   *
   * @throws ConcurrencyConflictException if the order or its case changed since they were read
   */
  WorkOrder commit(Commit commit) {
    WorkOrder order = commit.order();
    Instant now = commit.now();
    List<WorkOrderEvent> events = new ArrayList<>(commit.events());
    WorkOrder decided = order.plus(number(order.version(), events));
    // The case as it stands, with what this command records on it: the rules' view of visits and petitions must
    // include a contact recorded by this very command.
    Optional<CaseFile> before =
        commit.knownCase().isPresent() ? commit.knownCase() : needsCase(commit) ? orders.caseFileOf(order) : Optional.empty();
    Optional<CaseFile> file = before.map(known -> known.plus(commit.caseEvents()));
    // Risk flags raised before the case's last risk case was closed no longer hold: the same trigger may fire again.
    Optional<Instant> riskSince = file.flatMap(CaseFile::lastRiskClosure);
    WorkOrder after = decided;
    Optional<ReviewDecision> decision = Optional.empty();
    if (commit.signal().isPresent()) {
      Reviews.Outcome outcome =
          reviews.review(after, commit.signal().get(), now, orders.historyOf(after, now, file), riskSince, Actor.SYSTEM);
      decision = outcome.decision();
      after = extend(after, events, outcome.events());
    }
    // Within a round an order is evaluated once: an evaluation the order did not have is this command's.
    Optional<Evaluation> evaluated = order.evaluation().isEmpty() ? decided.evaluation() : Optional.empty();
    after = extend(after, events, Rectifications.opened(after, evaluated, decision, now, deadlines));
    write(order, after, events, before, commit.caseEvents());
    return after;
  }

  /** Writes {@code events}, which lead from {@code order} to {@code after}, and what they mean for the case. */
  private void write(
      WorkOrder order,
      WorkOrder after,
      List<WorkOrderEvent> events,
      Optional<CaseFile> before,
      List<CaseEvent> caseEvents) {
    List<RecordedEvent> recorded = number(order.version(), events);
    List<Notification> notifications = NotificationFactory.of(order, after, recorded, deadlines.calendar());
    LedgerAppend append = LedgerAppend.of(after, order.version(), events, notifications);
    if (before.isPresent()) {
      List<CaseEvent> all = new ArrayList<>(caseEvents);
      all.addAll(CaseSide.derived(before.get().plus(caseEvents), events));
      if (!all.isEmpty()) {
        append = append.withCase(caseAppend(before.get(), all));
      }
    }
    ledger.append(append);
  }

  private boolean needsCase(Commit commit) {
    Optional<CaseNumber> caseNumber = commit.order().request().caseNumber();
    return caseNumber.isPresent()
        && (!commit.caseEvents().isEmpty()
            || commit.signal().isPresent()
            || CaseSide.touches(caseNumber.get(), commit.events()));
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
    WorkOrder created = WorkOrder.fold(recorded);
    List<Notification> notifications = NotificationFactory.of(created, created, recorded, deadlines.calendar());
    LedgerAppend append = LedgerAppend.of(created, 0, events, notifications);
    Optional<CaseNumber> caseNumber = created.request().caseNumber();
    if (caseNumber.isPresent() && CaseSide.touches(caseNumber.get(), events)) {
      CaseFile file = orders.caseFile(caseNumber.get());
      List<CaseEvent> derived = CaseSide.derived(file, events);
      if (!derived.isEmpty()) {
        append = append.withCase(caseAppend(file, derived));
      }
    }
    ledger.append(append);
    return created;
  }

  private static CaseAppend caseAppend(CaseFile before, List<CaseEvent> events) {
    return CaseAppend.of(before.caseNumber(), before.version(), events, List.of(), Labels.of(before.plus(events)));
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
