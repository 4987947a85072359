package org.enforcementdesk.store;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.order.DueEntry;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.order.WorkOrderFold;
import org.enforcementdesk.order.WorkOrderProjection;

/**
 * One atomic write to the ledger: new events for one work order (none for a re-index that only corrects its
 * projection), appended only if its stream is still at {@code expectedVersion}; the order's projection after them
 * (its due entries and labels, replacing the old ones, and the party and case it is listed under); the notifications
 * the events cause (into the outbox); and what the same command writes to the order's case stream. All of it
 * happens, or none.
 *
 * @param requestId the work order; not null
 * @param expectedVersion the stream's version the writer read (0 for a new work order)
 * @param events the new events, in order, all for {@code requestId}; empty only for a re-index of an existing order
 * @param projection the order's projection after the events ({@link WorkOrderProjection#of})
 * @param notifications the notifications the events cause; may be empty
 * @param caseAppend what the same command writes to the order's case stream (say, a risk trigger); empty for none
 */
public record LedgerAppend(
    RequestId requestId,
    long expectedVersion,
    ImmutableList<WorkOrderEvent> events,
    WorkOrderProjection projection,
    ImmutableList<Notification> notifications,
    Optional<CaseAppend> caseAppend) {

  /**
   * Checks that the append is whole and speaks of one work order only.
   *
   * @throws NullPointerException if a component or element is null
   * @throws IllegalArgumentException if the version is negative, an event, due entry or notification names another
   *     request, a label is blank or longer than 200 characters, or a re-index (no events) is not for an existing
   *     order or carries notifications
   */
  public LedgerAppend {
    requireNonNull(requestId, "requestId");
    checkArgument(expectedVersion >= 0, "expected version cannot be negative: %s", expectedVersion);
    events = ImmutableList.copyOf(requireNonNull(events, "events"));
    requireNonNull(projection, "projection");
    notifications = ImmutableList.copyOf(requireNonNull(notifications, "notifications"));
    requireNonNull(caseAppend, "caseAppend");
    checkArgument(
        !events.isEmpty() || (expectedVersion > 0 && notifications.isEmpty()),
        "an append without events only re-indexes an existing order, without notifications");
    checkLabels(projection.labels());
    for (WorkOrderEvent event : events) {
      checkArgument(event.requestId().equals(requestId), "event for %s in an append for %s", event.requestId(), requestId);
    }
    for (DueEntry due : projection.dues()) {
      checkArgument(due.requestId().equals(requestId), "due entry for %s in an append for %s", due.requestId(), requestId);
    }
    for (Notification notification : notifications) {
      checkArgument(
          notification.requestId().equals(requestId),
          "notification for %s in an append for %s",
          notification.requestId(),
          requestId);
    }
  }

  /**
   * The append of {@code events}, which lead to {@code after}, with its projection.
   *
   * @param after the order with the events folded in
   * @param expectedVersion the version the writer read, before the events
   */
  public static LedgerAppend of(
      WorkOrder after, long expectedVersion, List<? extends WorkOrderEvent> events, List<Notification> notifications) {
    return new LedgerAppend(
        after.id(),
        expectedVersion,
        ImmutableList.copyOf(events),
        WorkOrderProjection.of(after),
        ImmutableList.copyOf(notifications),
        Optional.empty());
  }

  /** A re-index of {@code order} as it stands: no events, its projection recomputed. */
  public static LedgerAppend reindex(WorkOrder order) {
    return of(order, order.version(), List.of(), List.of());
  }

  /** This append, also writing {@code part} to the order's case stream. */
  public LedgerAppend withCase(CaseAppend part) {
    return new LedgerAppend(
        requestId, expectedVersion, events, projection, notifications, Optional.of(requireNonNull(part, "part")));
  }

  /**
   * Checks that this append can open a new stream, as a work order begins: with its submission (which the fold
   * alone tells). A ledger calls it when the stream does not exist yet, after the version check.
   *
   * @throws IllegalArgumentException if the first event is not a {@code Submitted}
   */
  public void checkOpensWorkOrder() {
    WorkOrderEvent first = events.get(0);
    try {
      WorkOrderFold.withoutHistory().apply(new RecordedEvent(1, first));
    } catch (IllegalStateException notASubmission) {
      throw new IllegalArgumentException(
          "work order " + requestId + " is new and must begin with Submitted, not " + first.kind()
              + "; nothing was written",
          notASubmission);
    }
  }

  static void checkLabels(Set<String> labels) {
    for (String label : labels) {
      checkArgument(!label.isBlank() && label.length() <= 200, "label must be 1-200 characters: \"%s\"", label);
    }
  }

  /** The labels after the append: shorthand for {@code projection().labels()}. */
  public ImmutableSet<String> labels() {
    return projection.labels();
  }
}
