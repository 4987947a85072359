package org.enforcementdesk.jdbc;

import static java.util.Objects.requireNonNull;

import org.enforcementdesk.json.StoredEvent;

/**
 * One event as the ledger's global order has it: its position, its stream and version there, and its stored form.
 * What a reader that follows the whole ledger (a rebuild, a catch-up, a report) reads with {@link
 * JdbcRequestLedger#eventsAfter}.
 *
 * @param position the event's global position; increasing, with gaps where an append rolled back
 * @param workOrder true for a work order's event, false for a case's
 * @param streamId the request id or the case number
 * @param version the event's version in its stream
 * @param stored the stored event; not null
 */
public record PositionedEvent(long position, boolean workOrder, String streamId, long version, StoredEvent stored) {

  /**
   * Checks that nothing is missing.
   *
   * @throws NullPointerException if a component is null
   */
  public PositionedEvent {
    requireNonNull(streamId, "streamId");
    requireNonNull(stored, "stored");
  }
}
