package org.enforcementdesk.store;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.enforcementdesk.order.DueEntry;
import org.enforcementdesk.order.PersonalDataErasure;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.WorkOrderEvent;

/**
 * One work order as the in-memory ledger keeps it: its events, its current due entries and labels. Deliberately
 * small (five fields, no lock of its own) because the ledger holds one per order, open or closed, for the life of the process.
 *
 * <p>Not thread-safe: {@link InMemoryRequestLedger}'s lock guards every access.
 */
final class LedgerStream {

  // Events are kept bare; the version is the position, so a RecordedEvent wrapper per stored event would only cost
  // memory. read() wraps them in its snapshot.
  private final ArrayList<WorkOrderEvent> events;
  private final int sequence;
  private ImmutableList<DueEntry> dues = ImmutableList.of();
  private ImmutableSet<String> labels = ImmutableSet.of();
  private String duplicateKey;

  LedgerStream(int sequence, int expectedEvents) {
    this.sequence = sequence;
    this.events = new ArrayList<>(expectedEvents);
  }

  /** The stream's place among all work orders, from 0 in the order they were first appended. */
  int sequence() {
    return sequence;
  }

  /** The number of events, which is the version of the last one. */
  long version() {
    return events.size();
  }

  void append(List<WorkOrderEvent> newEvents) {
    events.addAll(newEvents);
  }

  /** Replaces each event by its copy without the requester's personal data. */
  void erasePersonalData() {
    events.replaceAll(PersonalDataErasure::erased);
  }

  /** An immutable copy of the events, versions from 1. */
  ImmutableList<RecordedEvent> snapshot() {
    ImmutableList.Builder<RecordedEvent> recorded = ImmutableList.builderWithExpectedSize(events.size());
    for (int i = 0; i < events.size(); i++) {
      recorded.add(new RecordedEvent(i + 1L, events.get(i)));
    }
    return recorded.build();
  }

  /** The order's current due entries: those of its last append. */
  ImmutableList<DueEntry> dues() {
    return dues;
  }

  void dues(ImmutableList<DueEntry> replacement) {
    this.dues = replacement;
  }

  /** The order's current labels: those of its last append. */
  ImmutableSet<String> labels() {
    return labels;
  }

  void labels(ImmutableSet<String> replacement) {
    this.labels = replacement;
  }

  /** The duplicate-group key the order holds now, or null. */
  String duplicateKey() {
    return duplicateKey;
  }

  void duplicateKey(String key) {
    this.duplicateKey = key;
  }
}
