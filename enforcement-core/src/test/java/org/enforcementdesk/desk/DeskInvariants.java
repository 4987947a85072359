package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.order.Accepted;
import org.enforcementdesk.order.Assigned;
import org.enforcementdesk.order.CallbackRecorded;
import org.enforcementdesk.order.CallbackRequested;
import org.enforcementdesk.order.Closed;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.Delegated;
import org.enforcementdesk.order.DelegationOverdue;
import org.enforcementdesk.order.DelegationReturned;
import org.enforcementdesk.order.DueEntries;
import org.enforcementdesk.order.DueEntry;
import org.enforcementdesk.order.Escalated;
import org.enforcementdesk.order.Evaluated;
import org.enforcementdesk.order.Paused;
import org.enforcementdesk.order.ProgressNoted;
import org.enforcementdesk.order.Provenance;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.RectificationOpened;
import org.enforcementdesk.order.Rejected;
import org.enforcementdesk.order.Reopened;
import org.enforcementdesk.order.Resolved;
import org.enforcementdesk.order.Resumed;
import org.enforcementdesk.order.RiskFlagged;
import org.enforcementdesk.order.SlaBreached;
import org.enforcementdesk.order.SlaWarned;
import org.enforcementdesk.order.Submitted;
import org.enforcementdesk.order.Transitions;
import org.enforcementdesk.order.Urged;
import org.enforcementdesk.order.UrgencyChanged;
import org.enforcementdesk.order.Withdrawn;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.store.RequestLedger;

/**
 * The laws every work order in a ledger keeps, whatever commands, ticks and races led there. Shared by the property
 * and the concurrency tests, which differ in how they get there, not in what must hold afterwards.
 */
final class DeskInvariants {

  private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

  /**
   * Which command each event records, written out here rather than taken from {@link EventCommands}, so that the
   * re-walk of the state machine does not trust the mapping the fold itself uses. Clock events record none.
   */
  private static final ImmutableMap<Class<?>, CommandKind> COMMAND_OF_EVENT =
      ImmutableMap.<Class<?>, CommandKind>builder()
          .put(Accepted.class, CommandKind.ACCEPT)
          .put(Rejected.class, CommandKind.REJECT)
          .put(Assigned.class, CommandKind.ASSIGN)
          .put(ProgressNoted.class, CommandKind.NOTE_PROGRESS)
          .put(Paused.class, CommandKind.PAUSE)
          .put(Resumed.class, CommandKind.RESUME)
          .put(Urged.class, CommandKind.URGE)
          .put(Escalated.class, CommandKind.ESCALATE)
          .put(UrgencyChanged.class, CommandKind.CHANGE_URGENCY)
          .put(RiskFlagged.class, CommandKind.FLAG_RISK)
          .put(Delegated.class, CommandKind.DELEGATE)
          .put(DelegationReturned.class, CommandKind.RETURN_DELEGATION)
          .put(Resolved.class, CommandKind.RESOLVE)
          .put(CallbackRecorded.class, CommandKind.RECORD_CALLBACK)
          .put(Evaluated.class, CommandKind.EVALUATE)
          .put(Closed.class, CommandKind.CLOSE)
          .put(Withdrawn.class, CommandKind.WITHDRAW)
          .put(Reopened.class, CommandKind.REOPEN)
          .buildOrThrow();

  private DeskInvariants() {}

  /**
   * Asserts the laws on every order in {@code ids}, which must be every order the ledger holds, and returns the
   * orders folded from their streams.
   */
  static Map<RequestId, WorkOrder> assertHold(
      RequestLedger ledger, Collection<RequestId> ids, WorkingCalendar calendar) {
    assertThat(ledger.size()).as("orders in the ledger").isEqualTo(ids.size());
    List<DueEntry> dues = ledger.dueBefore(FAR_FUTURE, Integer.MAX_VALUE);
    Map<RequestId, WorkOrder> orders = new LinkedHashMap<>();
    for (RequestId id : ids) {
      List<RecordedEvent> stream = ledger.read(id);
      WorkOrder order = WorkOrder.fold(stream); // a stream that breaks the state machine does not fold
      assertStream(id, stream, order);
      assertDeadlines(order, calendar);
      // The replay law: the deadlines the fold reads from the events are those a recount on the calendar gives.
      RecountedDeadlines.assertFoldMatches(order, calendar);
      // The due index holds exactly what the order has coming due, or a tick would miss or repeat a crossing.
      assertThat(dues.stream().filter(due -> due.requestId().equals(id)).toList())
          .as("due entries of %s", id)
          .containsExactlyInAnyOrderElementsOf(DueEntries.of(order));
      orders.put(id, order);
    }
    List<Notification> pending = ledger.pending(Integer.MAX_VALUE);
    assertThat(pending).extracting(Notification::idempotencyKey).doesNotHaveDuplicates();
    assertThat(pending).extracting(Notification::requestId).isSubsetOf(ids);
    return orders;
  }

  /**
   * Asserts that two orders are the same in everything a host can see, not only in {@link WorkOrder#equals} (which
   * compares histories): a fold that depended on more than its events would show here.
   */
  static void assertSameOrder(WorkOrder actual, WorkOrder expected, String what) {
    assertThat(actual).as(what).isEqualTo(expected);
    assertThat(actual.toString()).isEqualTo(expected.toString());
    assertThat(actual.state()).isEqualTo(expected.state());
    assertThat(actual.tier()).isEqualTo(expected.tier());
    assertThat(actual.handlerId()).isEqualTo(expected.handlerId());
    assertThat(actual.urgency()).isEqualTo(expected.urgency());
    assertThat(actual.targets()).isEqualTo(expected.targets());
    assertThat(actual.delegation()).isEqualTo(expected.delegation());
    assertThat(actual.evaluation()).isEqualTo(expected.evaluation());
    assertThat(actual.result()).isEqualTo(expected.result());
    assertThat(actual.urgeCount()).isEqualTo(expected.urgeCount());
    assertThat(actual.riskFlags()).isEqualTo(expected.riskFlags());
    assertThat(actual.warned()).isEqualTo(expected.warned());
    assertThat(actual.breached()).isEqualTo(expected.breached());
    assertThat(actual.resolutionLimit()).isEqualTo(expected.resolutionLimit());
    for (SlaTarget target : SlaTarget.values()) {
      assertThat(actual.clock(target)).as("%s clock", target).isEqualTo(expected.clock(target));
      assertThat(actual.due(target)).as("%s due", target).isEqualTo(expected.due(target));
    }
  }

  /** The command an event records, by the map written out here; empty for a clock event. */
  static Optional<CommandKind> commandOf(WorkOrderEvent event) {
    return Optional.ofNullable(COMMAND_OF_EVENT.get(event.getClass()));
  }

  private static void assertStream(RequestId id, List<RecordedEvent> stream, WorkOrder order) {
    assertThat(stream).as("stream of %s", id).isNotEmpty();
    assertThat(stream.get(0).event()).isInstanceOf(Submitted.class);
    WorkOrderState state = WorkOrderState.SUBMITTED;
    Instant last = Instant.MIN;
    for (int i = 0; i < stream.size(); i++) {
      RecordedEvent recorded = stream.get(i);
      WorkOrderEvent event = recorded.event();
      String where = id + " v" + recorded.version() + " " + event.kind();
      assertThat(recorded.version()).as("versions are 1..n: %s", where).isEqualTo(i + 1L);
      assertThat(event.requestId()).as(where).isEqualTo(id);
      assertThat(event.at()).as("instant of %s", where).isAfterOrEqualTo(last);
      last = event.at();
      assertProvenanceMatchesActor(event, where);
      if (i > 0) {
        assertThat(event).as(where).isNotInstanceOf(Submitted.class);
        Optional<CommandKind> command = commandOf(event);
        if (command.isPresent()) {
          assertThat(Transitions.allows(state, command.get())).as("%s legal in %s", where, state).isTrue();
          state = Transitions.next(state, command.get()).orElseThrow();
        }
      }
    }
    assertThat(order.state()).as("state of %s", id).isEqualTo(state);
    assertThat(order.history()).as("replay of %s", id).isEqualTo(stream);
  }

  /** The rules act as the system, a person as themselves: an event's provenance and its actor never disagree. */
  private static void assertProvenanceMatchesActor(WorkOrderEvent event, String where) {
    Provenance provenance = null;
    if (event instanceof Escalated e) {
      provenance = e.provenance();
    } else if (event instanceof RiskFlagged e) {
      provenance = e.provenance();
    } else if (event instanceof UrgencyChanged e) {
      provenance = e.provenance();
    } else if (event instanceof Reopened e) {
      provenance = e.provenance();
    } else if (event instanceof CallbackRequested e) {
      provenance = e.provenance();
    } else if (event instanceof RectificationOpened e) {
      // Opened by the desk for every dissatisfied aspect, whether the rules or its default set owner and deadline.
      assertThat(event.actor()).as("a rectification item is opened by the system: %s", where).isEqualTo(Actor.SYSTEM);
      return;
    } else if (event instanceof SlaWarned
        || event instanceof SlaBreached
        || event instanceof DelegationOverdue) {
      assertThat(event.actor()).as("a clock crossing is the system's: %s", where).isEqualTo(Actor.SYSTEM);
      return;
    }
    if (event instanceof Accepted || event instanceof Assigned) {
      return; // accepted and assigned by a person, or by the system when acceptance is automatic
    }
    if (provenance != null) {
      assertThat(event.actor().equals(Actor.SYSTEM)).as("system actor iff rules decided: %s", where)
          .isEqualTo(!provenance.isPerson());
    } else {
      assertThat(event.actor()).as("only rules and clocks act as the system: %s", where).isNotEqualTo(Actor.SYSTEM);
    }
  }

  /** Every accepted order has its deadlines, counted from receipt; an order never accepted has none. */
  private static void assertDeadlines(WorkOrder order, WorkingCalendar calendar) {
    List<Accepted> accepted =
        order.history().stream()
            .map(RecordedEvent::event)
            .filter(Accepted.class::isInstance)
            .map(Accepted.class::cast)
            .toList();
    assertThat(accepted).as("acceptances of %s", order.id()).hasSizeLessThanOrEqualTo(1);
    if (accepted.isEmpty()) {
      assertThat(order.clock(SlaTarget.RESPONSE)).isEmpty();
      assertThat(order.clock(SlaTarget.RESOLUTION)).isEmpty();
      assertThat(order.state()).isIn(WorkOrderState.SUBMITTED, WorkOrderState.REJECTED, WorkOrderState.WITHDRAWN);
      return;
    }
    Accepted acceptance = accepted.get(0);
    assertThat(order.clock(SlaTarget.RESPONSE)).isPresent();
    assertThat(order.clock(SlaTarget.RESOLUTION)).isPresent();
    assertThat(order.decision()).isPresent();
    // Counted from receipt, not from acceptance: a request accepted late is not given more time.
    var received = order.request().receivedAt();
    var targets = acceptance.decision().targets();
    assertThat(acceptance.response().at().toInstant())
        .isEqualTo(calendar.due(received, targets.response()).dueAt().toInstant());
    assertThat(acceptance.resolution().at().toInstant())
        .isBeforeOrEqualTo(calendar.due(received, targets.resolution()).dueAt().toInstant());
    boolean delegatedWithClockPaused =
        order.state() == WorkOrderState.DELEGATED
            && order.delegations().get(order.delegations().size() - 1).pausesResolution();
    if (order.state() == WorkOrderState.OPEN || (order.state() == WorkOrderState.DELEGATED && !delegatedWithClockPaused)) {
      assertThat(order.due(SlaTarget.RESOLUTION)).as("an open order's resolution deadline").isPresent();
    }
  }
}
