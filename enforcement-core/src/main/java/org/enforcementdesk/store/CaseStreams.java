package org.enforcementdesk.store;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.PersonalDataErasure;
import org.enforcementdesk.order.RecordedCaseEvent;

/**
 * The in-memory ledger's case streams: each enforcement case's own events and labels, and the label index. Split
 * out of {@link InMemoryRequestLedger} to keep each table small and readable.
 *
 * <p>Not thread-safe: {@link InMemoryRequestLedger}'s lock guards every access.
 */
final class CaseStreams {

  /** One case's events and current labels. */
  private static final class Stream {
    final int sequence;
    final List<CaseEvent> events = new ArrayList<>(4);
    Set<String> labels = ImmutableSet.of();

    Stream(int sequence) {
      this.sequence = sequence;
    }
  }

  // Insertion-ordered: caseNumbers() lists cases in the order their streams began.
  private final Map<CaseNumber, Stream> streams = new LinkedHashMap<>();
  private final LabelIndex<CaseNumber> labels = new LabelIndex<>();

  /** Replaces each case event by its copy without {@code partyId}'s personal data. */
  void erasePersonalData(String partyId) {
    for (Stream stream : streams.values()) {
      stream.events.replaceAll(e -> PersonalDataErasure.erased(e, partyId));
    }
  }

  long version(CaseNumber caseNumber) {
    Stream stream = streams.get(caseNumber);
    return stream == null ? 0 : stream.events.size();
  }

  /** Throws if the case stream is not at the version the writer read. */
  void checkVersion(CaseAppend append) {
    long actual = version(append.caseNumber());
    if (append.expectedVersion() != actual) {
      throw new ConcurrencyConflictException(append.caseNumber(), append.expectedVersion(), actual);
    }
  }

  /** Writes a checked append; cannot fail. */
  long write(CaseAppend append) {
    Stream stream = streams.computeIfAbsent(append.caseNumber(), any -> new Stream(streams.size()));
    stream.events.addAll(append.events());
    labels.relabel(stream.sequence, append.caseNumber(), stream.labels, append.labels());
    stream.labels = append.labels();
    return stream.events.size();
  }

  ImmutableList<RecordedCaseEvent> read(CaseNumber caseNumber) {
    Stream stream = streams.get(caseNumber);
    if (stream == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<RecordedCaseEvent> recorded = ImmutableList.builderWithExpectedSize(stream.events.size());
    for (int i = 0; i < stream.events.size(); i++) {
      recorded.add(new RecordedCaseEvent(i + 1L, stream.events.get(i)));
    }
    return recorded.build();
  }

  ImmutableList<CaseNumber> labelled(String label) {
    return labels.labelled(label);
  }

  ImmutableList<CaseNumber> caseNumbers() {
    return ImmutableList.copyOf(streams.keySet());
  }
}
