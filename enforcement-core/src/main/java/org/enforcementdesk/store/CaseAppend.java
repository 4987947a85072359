package org.enforcementdesk.store;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.CaseFile;
import org.enforcementdesk.order.Labels;

/**
 * One atomic write to an enforcement case's own stream: new events (contacts, petitions, risk triggers, upkeep,
 * closures), appended only if the stream is still at {@code expectedVersion}; the notifications they cause; and the
 * case's labels after them (replacing the old ones), by which the ledger lists cases without a scan (say {@code
 * risk:open}). It is written on its own ({@link RequestLedger#appendCase}) or together with a work order's append
 * ({@link LedgerAppend#withCase}), all or nothing.
 *
 * @param caseNumber the case; not null
 * @param expectedVersion the stream's version the writer read (0 for a case without a stream yet)
 * @param events the new events, in order, all for {@code caseNumber}; empty only for a re-index of an existing
 *     stream
 * @param notifications the notifications the events cause; they may concern any request
 * @param labels the case's labels after the events; empty when it should be listed under none
 */
public record CaseAppend(
    CaseNumber caseNumber,
    long expectedVersion,
    ImmutableList<CaseEvent> events,
    ImmutableList<Notification> notifications,
    ImmutableSet<String> labels) {

  /**
   * Checks that the append is whole and speaks of one case only.
   *
   * @throws NullPointerException if a component or element is null
   * @throws IllegalArgumentException if the version is negative, an event names another case, a label is blank or
   *     longer than 200 characters, or a re-index (no events) is not for an existing stream or carries notifications
   */
  public CaseAppend {
    requireNonNull(caseNumber, "caseNumber");
    checkArgument(expectedVersion >= 0, "expected version cannot be negative: %s", expectedVersion);
    events = ImmutableList.copyOf(requireNonNull(events, "events"));
    notifications = ImmutableList.copyOf(requireNonNull(notifications, "notifications"));
    checkArgument(
        !events.isEmpty() || (expectedVersion > 0 && notifications.isEmpty()),
        "a case append without events only re-indexes an existing stream, without notifications");
    labels = ImmutableSet.copyOf(requireNonNull(labels, "labels"));
    LedgerAppend.checkLabels(labels);
    for (CaseEvent event : events) {
      checkArgument(
          event.caseNumber().equals(caseNumber), "event for case %s in an append for %s", event.caseNumber(), caseNumber);
    }
  }

  /** A re-index of {@code file} as it stands: no events, its labels recomputed. */
  public static CaseAppend reindex(CaseFile file) {
    return of(file.caseNumber(), file.version(), List.of(), List.of(), Labels.of(file));
  }

  /** An append of these events, notifications and labels. */
  public static CaseAppend of(
      CaseNumber caseNumber,
      long expectedVersion,
      List<? extends CaseEvent> events,
      List<Notification> notifications,
      Set<String> labels) {
    return new CaseAppend(
        caseNumber,
        expectedVersion,
        ImmutableList.copyOf(events),
        ImmutableList.copyOf(notifications),
        ImmutableSet.copyOf(labels));
  }
}
