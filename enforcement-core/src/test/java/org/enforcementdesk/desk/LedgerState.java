package org.enforcementdesk.desk;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Collection;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.order.DueEntry;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.store.RequestLedger;

/**
 * Everything a command could write to the ledger: the streams, the due index and the outbox. Two equal snapshots
 * taken around a refused command prove it recorded nothing, which is stronger than comparing versions alone.
 */
record LedgerState(
    int orders,
    ImmutableMap<RequestId, ImmutableList<RecordedEvent>> streams,
    ImmutableList<DueEntry> dues,
    ImmutableList<Notification> pending) {

  private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

  /** The ledger as it stands, reading the streams of {@code ids}. */
  static LedgerState of(RequestLedger ledger, Collection<RequestId> ids) {
    ImmutableMap.Builder<RequestId, ImmutableList<RecordedEvent>> streams = ImmutableMap.builder();
    for (RequestId id : ids) {
      streams.put(id, ImmutableList.copyOf(ledger.read(id)));
    }
    return new LedgerState(
        ledger.size(),
        streams.buildOrThrow(),
        ImmutableList.copyOf(ledger.dueBefore(FAR_FUTURE, Integer.MAX_VALUE)),
        ImmutableList.copyOf(ledger.pending(Integer.MAX_VALUE)));
  }

  /** The version of one stream, 0 if it does not exist. */
  long version(RequestId id) {
    ImmutableList<RecordedEvent> stream = streams.get(id);
    return stream == null ? 0 : stream.size();
  }
}
