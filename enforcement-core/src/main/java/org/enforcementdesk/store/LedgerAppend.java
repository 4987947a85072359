package org.enforcementdesk.store;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.enforcementdesk.desk.event.WorkOrderEvent;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.Notification;

/**
 * One atomic write to the ledger: new events for one work order (none for a re-index that only corrects its due
 * entries and labels), appended only if its stream is still at {@code
 * expectedVersion}; the order's complete set of due entries after them (replacing the old set); and the
 * notifications the events cause (into the outbox); and the order's labels after them (replacing the old ones), by
 * which the ledger lists orders without a scan (say {@code open:tier:OFFICER}). All of it happens, or none.
 *
 * @param requestId the work order; not null
 * @param expectedVersion the stream's version the writer read (0 for a new work order)
 * @param events the new events, in order, all for {@code requestId}; empty only for a re-index of an existing order
 * @param dues the order's due entries after the events, all for {@code requestId}; empty when nothing is due
 * @param notifications the notifications the events cause; may be empty
 * @param labels the order's labels after the events; empty when it should be listed under none
 * @param caseAppend what the same command writes to the order's case stream (say, a risk trigger, or a contact the
 *     rules reviewed the order for, with no event on the order itself), or null; written with the rest, all or
 *     nothing
 */
public record LedgerAppend(
    RequestId requestId,
    long expectedVersion,
    ImmutableList<WorkOrderEvent> events,
    ImmutableList<DueEntry> dues,
    ImmutableList<Notification> notifications,
    ImmutableSet<String> labels,
    CaseAppend caseAppend) {

  /**
   * Validates the append.
   *
   * @throws NullPointerException if a component or element is null
   * @throws IllegalArgumentException if the version is negative, an event, due entry or notification names
   *     another request, or a re-index (no events) is not for an existing order or carries notifications
   */
  public LedgerAppend {
    requireNonNull(requestId, "requestId");
    checkArgument(expectedVersion >= 0, "expected version cannot be negative: %s", expectedVersion);
    events = ImmutableList.copyOf(requireNonNull(events, "events"));
    dues = ImmutableList.copyOf(requireNonNull(dues, "dues"));
    notifications = ImmutableList.copyOf(requireNonNull(notifications, "notifications"));
    checkArgument(
        !events.isEmpty() || (expectedVersion > 0 && notifications.isEmpty()),
        "an append without events only re-indexes an existing order, without notifications");
    labels = ImmutableSet.copyOf(requireNonNull(labels, "labels"));
    checkLabels(labels);
    for (WorkOrderEvent event : events) {
      checkArgument(event.requestId().equals(requestId), "event for %s in an append for %s", event.requestId(), requestId);
    }
    for (DueEntry due : dues) {
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

  /** An append without a case-stream part. */
  public LedgerAppend(
      RequestId requestId,
      long expectedVersion,
      ImmutableList<WorkOrderEvent> events,
      ImmutableList<DueEntry> dues,
      ImmutableList<Notification> notifications,
      ImmutableSet<String> labels) {
    this(requestId, expectedVersion, events, dues, notifications, labels, null);
  }

  /** This append, also writing {@code caseAppend} to the order's case stream (null for none). */
  public LedgerAppend withCase(CaseAppend caseAppend) {
    return new LedgerAppend(requestId, expectedVersion, events, dues, notifications, labels, caseAppend);
  }

  /** The case-stream part, if any. */
  public Optional<CaseAppend> caseStreamPart() {
    return Optional.ofNullable(caseAppend);
  }

  static void checkLabels(Set<String> labels) {
    for (String label : labels) {
      checkArgument(!label.isBlank() && label.length() <= 200, "label must be 1-200 characters: \"%s\"", label);
    }
  }

  /** An append of these events, due entries and notifications, leaving the order under no label. */
  public static LedgerAppend of(
      RequestId requestId,
      long expectedVersion,
      List<? extends WorkOrderEvent> events,
      List<DueEntry> dues,
      List<Notification> notifications) {
    return of(requestId, expectedVersion, events, dues, notifications, Set.of());
  }

  /** An append of these events, due entries, notifications and labels. */
  public static LedgerAppend of(
      RequestId requestId,
      long expectedVersion,
      List<? extends WorkOrderEvent> events,
      List<DueEntry> dues,
      List<Notification> notifications,
      Set<String> labels) {
    return new LedgerAppend(
        requestId,
        expectedVersion,
        ImmutableList.copyOf(events),
        ImmutableList.copyOf(dues),
        ImmutableList.copyOf(notifications),
        ImmutableSet.copyOf(labels));
  }
}
