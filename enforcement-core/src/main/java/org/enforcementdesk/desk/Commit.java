package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.CaseFile;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.policy.ReviewSignal;

/**
 * What one command writes about one work order, before the rules review it: the order as the command read it, the
 * events it decided, what it records on the order's case itself, and the party signal the rules review the result
 * for. {@link CommandRunner#commit} turns it into one atomic append.
 *
 * @param order the order as read; the append expects its version
 * @param now the instant of the command, which stamps every event
 * @param events the events the command decided
 * @param caseEvents what the command records on the order's case directly (a contact, a petition); may be empty
 * @param knownCase the case as the command read it when deciding {@code caseEvents}, so that the write is checked
 *     against that version; empty to read it when needed
 * @param signal the signal the rules review the result for; empty for none
 */
record Commit(
    WorkOrder order,
    Instant now,
    List<WorkOrderEvent> events,
    List<CaseEvent> caseEvents,
    Optional<CaseFile> knownCase,
    Optional<ReviewSignal> signal) {

  Commit {
    requireNonNull(order, "order");
    requireNonNull(now, "now");
    events = List.copyOf(events);
    caseEvents = List.copyOf(caseEvents);
    requireNonNull(knownCase, "knownCase");
    requireNonNull(signal, "signal");
  }

  /** A commit of {@code events} on {@code order}, with no review and nothing on the case itself. */
  static Commit of(WorkOrder order, Instant now, List<WorkOrderEvent> events) {
    return new Commit(order, now, events, List.of(), Optional.empty(), Optional.empty());
  }

  /** This commit, with the rules reviewing the result for {@code reviewed} (none if null). */
  Commit reviewedFor(ReviewSignal reviewed) {
    return new Commit(order, now, events, caseEvents, knownCase, Optional.ofNullable(reviewed));
  }

  /** This commit, also recording {@code recorded} on the case as it was read ({@code file}). */
  Commit onCase(CaseFile file, List<CaseEvent> recorded) {
    return new Commit(order, now, events, recorded, Optional.of(file), signal);
  }
}
