package org.enforcementdesk.desk;

import com.google.common.util.concurrent.Striped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.order.Accepted;
import org.enforcementdesk.order.Assigned;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.order.Submitted;
import org.enforcementdesk.order.Urged;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.store.ConcurrencyConflictException;

/**
 * 收件 and 受理: a request becomes a work order, unless it is a retry of one already submitted (the same order again)
 * or a duplicate of one still open for the same party, case and type (linked to it as an urge, so nothing is lost
 * and nothing doubled); and an accepted request gets its urgency, targets, tier and deadlines from the rules.
 */
final class Intake {

  private final WorkOrders orders;
  private final CommandRunner runner;
  private final DecisionPolicy policy;
  private final Clock clock;
  private final AcceptanceMode acceptance;
  /** The earliest time of receipt the desk accepts. */
  private static final Instant EARLIEST_RECEIPT = Instant.parse("2000-01-01T00:00:00Z");

  private final Striped<Lock> parties;

  Intake(WorkOrders orders, CommandRunner runner, DecisionPolicy policy, Clock clock, AcceptanceMode acceptance) {
    this(orders, runner, policy, clock, acceptance, Striped.lock(64));
  }

  private Intake(WorkOrders orders, CommandRunner runner, DecisionPolicy policy, Clock clock,
      AcceptanceMode acceptance, Striped<Lock> parties) {
    this.orders = orders;
    this.runner = runner;
    this.policy = policy;
    this.clock = clock;
    this.acceptance = acceptance;
    this.parties = parties;
  }

  /**
   * Refuses a time of receipt no court could have: before 2000, or more than a day after the desk's clock (a day
   * allows for a host's clock running ahead; a year typed wrong gives far more). Deadlines are counted from it, so
   * a wrong one would give every deadline of the order wrongly and forever.
   */
  private void checkPlausible(Request request) {
    try {
      // Only here, at submission: a stored request is never refused when its events are read again.
      policy.checkFacts(request.facts());
    } catch (IllegalArgumentException unknownFact) {
      throw new InvalidInputException(unknownFact.getMessage() + "; nothing was recorded");
    }
    Instant received = request.receivedAt().toInstant();
    if (received.isBefore(EARLIEST_RECEIPT)) {
      throw new InvalidInputException("receivedAt " + request.receivedAt()
          + " is before 2000: not a plausible time of receipt; nothing was recorded");
    }
    Instant now = clock.instant();
    if (received.isAfter(now.plus(Duration.ofDays(1)))) {
      throw new InvalidInputException("receivedAt " + request.receivedAt() + " is more than a day after the desk's clock ("
          + now + "): not a plausible time of receipt; nothing was recorded");
    }
  }

  /**
   * This intake through another runner (the party's desk's), sharing its locks: copies of a request arriving through
   * both desks at once must still find each other.
   */
  Intake through(CommandRunner other) {
    return new Intake(orders, other, policy, clock, acceptance, parties);
  }

  Submission submit(Request request, Actor actor) {
    Permissions.checkSubmit(actor, request);
    runner.checkDesk(actor, CommandKind.SUBMIT);
    checkPlausible(request);
    // Looking for an open duplicate and creating the order are two steps on different streams, which the ledger's
    // version check cannot guard: without the lock, copies arriving at once would each find none and each open one.
    Lock lock = parties.get(request.requester().id());
    lock.lock();
    try {
      return runner.attempt(() -> linkOrCreate(request, actor));
    } finally {
      lock.unlock();
    }
  }

  /** One attempt: the existing order, the open one it is linked to, or a new one. */
  private Submission linkOrCreate(Request request, Actor actor) {
    Optional<WorkOrder> existing = orders.find(request.id());
    if (existing.isPresent()) {
      requireSame(existing.get().request(), request);
      return new Submission(existing.get(), false);
    }
    // Read once for both questions: a ledger on a database pays a round trip for each read.
    List<WorkOrder> ofParty = orders.ofParty(request.requester().id());
    Optional<WorkOrder> linkedBefore = linkedAsDuplicate(request, ofParty);
    if (linkedBefore.isPresent()) {
      // A retry of a duplicate already linked as an urge: the same answer again, no second urge.
      return new Submission(linkedBefore.get(), true);
    }
    Optional<WorkOrder> open = openDuplicateOf(request, ofParty);
    if (open.isPresent()) {
      try {
        WorkOrder linked = runner.run(open.get().id(), actor, CommandKind.URGE, ReviewSignal.URGE, (order, now) ->
            List.of(new Urged(order.id(), now, actor, request.unmaskedText(), Optional.of(request))));
        return new Submission(linked, true);
      } catch (IllegalCommandException noLongerOpen) {
        // Resolved or withdrawn since we looked: a lost race like any other, so look again.
        long now = orders.find(open.get().id()).map(WorkOrder::version).orElse(0L);
        throw new ConcurrencyConflictException(open.get().id(), open.get().version(), now);
      }
    }
    Instant now = clock.instant();
    CaseHistory history =
        request.caseNumber()
            .map(number -> CaseHistories.of(
                orders.ofCase(number), orders.caseFile(number), request.receivedAt().toInstant(), Optional.of(request.id())))
            .orElse(new CaseHistory(1, 0, 0));
    List<WorkOrderEvent> events = new ArrayList<>();
    events.add(new Submitted(request.id(), now, actor, request, history));
    if (acceptance == AcceptanceMode.AUTOMATIC) {
      // Accepted by the rules, not by whoever submitted (a party may not accept): the system is the actor.
      events.addAll(acceptance(request, history, now, Actor.SYSTEM));
    }
    return new Submission(runner.create(events), false);
  }

  /** The acceptance of a request: the rules' decision, the deadlines counted from it, and the starting tier. */
  List<WorkOrderEvent> acceptance(Request request, CaseHistory history, Instant now, Actor actor) {
    IntakeDecision decision = policy.intake(new IntakeFacts(request, history));
    Deadlines deadlines = runner.deadlines();
    return List.of(
        new Accepted(
            request.id(), now, actor, decision, deadlines.response(request, decision),
            deadlines.resolution(request, decision)),
        new Assigned(request.id(), now, actor, decision.startTier(), Optional.empty()));
  }

  /**
   * The order this request was linked to as a duplicate earlier, if it was.
   *
   * @throws InvalidInputException if a different request was linked under the same id
   */
  private static Optional<WorkOrder> linkedAsDuplicate(Request request, List<WorkOrder> ofParty) {
    for (WorkOrder order : ofParty) {
      for (Request linked : order.linkedDuplicates()) {
        if (linked.id().equals(request.id())) {
          requireSame(linked, request);
          return Optional.of(order);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<WorkOrder> openDuplicateOf(Request request, List<WorkOrder> ofParty) {
    if (request.caseNumber().isEmpty()) {
      return Optional.empty();
    }
    return ofParty.stream()
        .filter(order -> order.state().isUnresolved())
        .filter(order -> order.request().caseNumber().equals(request.caseNumber()))
        .filter(order -> order.request().type().equals(request.type()))
        .findFirst();
  }

  private static void requireSame(Request known, Request request) {
    if (!known.equals(request)) {
      throw new InvalidInputException(
          "request id " + request.id() + " is already used by another request; ids must be unique");
    }
  }
}
