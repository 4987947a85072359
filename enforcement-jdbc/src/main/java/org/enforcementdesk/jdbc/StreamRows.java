package org.enforcementdesk.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.json.EventJson;
import org.enforcementdesk.json.StoredEvent;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.RecordedCaseEvent;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.order.WorkOrderProjection;
import org.enforcementdesk.store.CaseAppend;
import org.enforcementdesk.store.ConcurrencyConflictException;
import org.enforcementdesk.store.LedgerAppend;

/**
 * The streams: a work order's or a case's head row (its version, where it is listed) and its events. An append
 * checks the version on the head row, which it updates (so concurrent writers of one stream queue on that row, and
 * all but the first find the version moved and write nothing), then adds the events in the same transaction; the
 * unique (court, kind, stream, version) of the events table backs the check.
 */
final class StreamRows {

  static final char WORK_ORDER = 'W';
  static final char CASE = 'C';

  private final String court;
  private final EventJson events;

  StreamRows(String court, EventJson events) {
    this.court = court;
    this.events = events;
  }

  /**
   * The stored form of an append's events, their personal data sealed for {@code partyId}: written before the
   * transaction, since sealing may store a new party key through a connection of its own.
   */
  List<StoredEvent> stored(LedgerAppend append, String partyId) {
    return append.events().stream().map(e -> events.write(e, partyId)).toList();
  }

  /**
   * The events were sealed for another party than the order's requester: an append whose projection does not name
   * it (the SPI lets a projection's party be ignored once the order exists). The ledger seals again and retries.
   */
  static final class SealedForAnotherParty extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String requester;

    SealedForAnotherParty(String requester) {
      super(null, null, false, false);
      this.requester = requester;
    }
  }

  /** The stored form of a case append's events. */
  List<StoredEvent> stored(CaseAppend append) {
    return append.events().stream().map(events::write).toList();
  }

  /**
   * Appends a work order's events and projection; returns the new version and the stream's sequence.
   *
   * @param sealedFor the party the stored events were sealed for
   * @throws SealedForAnotherParty if that is not the order's requester; nothing is written (the caller rolls back)
   */
  long[] appendWorkOrder(Connection c, LedgerAppend append, List<StoredEvent> stored, String sealedFor)
      throws SQLException {
    String id = append.requestId().value();
    WorkOrderProjection projection = append.projection();
    long expected = append.expectedVersion();
    long next = expected + append.events().size();
    // The duplicate-group key is held by the unique index: another holder fails the write below, which the ledger
    // turns into the conflict naming it. No check first: it would cost a round trip on every append.
    String key = projection.duplicateKey().orElse(null);
    List<Long> sequence;
    if (expected == 0) {
      sequence = Sql.query(c, "INSERT INTO ed_streams (court, stream_id, version, party_id, case_number,"
          + " duplicate_key) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (court, stream_id) DO NOTHING RETURNING sequence",
          row -> row.getLong(1), court, id, next, projection.partyId(),
          projection.caseNumber().map(CaseNumber::toString).orElse(null), key);
    } else {
      sequence = Sql.query(c, "UPDATE ed_streams SET version = ?, duplicate_key = ? WHERE court = ? AND stream_id = ?"
          + " AND version = ? RETURNING sequence, party_id", row -> {
            if (!row.getString(2).equals(sealedFor)) {
              throw new SealedForAnotherParty(row.getString(2));
            }
            return row.getLong(1);
          }, next, key, court, id, expected);
    }
    if (sequence.isEmpty()) {
      throw new ConcurrencyConflictException(append.requestId(), expected, workOrderVersion(c, id));
    }
    if (expected == 0) {
      append.checkOpensWorkOrder(); // after the version check, as every ledger: a stale writer hears of the conflict
    }
    try (PreparedStatement insert = insertEvents(c)) {
      long version = expected;
      for (StoredEvent event : stored) {
        add(insert, WORK_ORDER, id, ++version, event);
      }
      insert.executeBatch();
    }
    return new long[] {next, sequence.get(0)};
  }

  /** Appends a case's events; returns the new version and the stream's sequence. */
  long[] appendCase(Connection c, CaseAppend append, List<StoredEvent> stored) throws SQLException {
    String number = append.caseNumber().toString();
    long expected = append.expectedVersion();
    long next = expected + append.events().size();
    List<Long> sequence = expected == 0
        ? Sql.query(c, "INSERT INTO ed_case_streams (court, case_number, version) VALUES (?, ?, ?)"
            + " ON CONFLICT (court, case_number) DO NOTHING RETURNING sequence", row -> row.getLong(1), court, number,
            next)
        : Sql.query(c, "UPDATE ed_case_streams SET version = ? WHERE court = ? AND case_number = ? AND version = ?"
            + " RETURNING sequence", row -> row.getLong(1), next, court, number, expected);
    if (sequence.isEmpty()) {
      throw new ConcurrencyConflictException(append.caseNumber(), expected, caseVersion(c, number));
    }
    try (PreparedStatement insert = insertEvents(c)) {
      long version = expected;
      for (StoredEvent event : stored) {
        add(insert, CASE, number, ++version, event);
      }
      insert.executeBatch();
    }
    return new long[] {next, sequence.get(0)};
  }

  List<RecordedEvent> readWorkOrder(Connection c, RequestId id) throws SQLException {
    return Sql.query(c, "SELECT e.stream_version, e.event_type, e.schema_version, e.payload::text, s.party_id"
        + " FROM ed_events e JOIN ed_streams s ON s.court = e.court AND s.stream_id = e.stream_id"
        + " WHERE e.court = ? AND e.stream_kind = 'W' AND e.stream_id = ? ORDER BY e.stream_version",
        row -> new RecordedEvent(row.getLong(1),
            events.read(new StoredEvent(row.getString(2), row.getInt(3), row.getString(4)), row.getString(5))),
        court, id.value());
  }

  List<RecordedCaseEvent> readCase(Connection c, CaseNumber number) throws SQLException {
    return Sql.query(c, "SELECT stream_version, event_type, schema_version, payload::text FROM ed_events"
        + " WHERE court = ? AND stream_kind = 'C' AND stream_id = ? ORDER BY stream_version",
        row -> new RecordedCaseEvent(row.getLong(1),
            events.readCase(new StoredEvent(row.getString(2), row.getInt(3), row.getString(4)))),
        court, number.toString());
  }

  long workOrderVersion(Connection c, String id) throws SQLException {
    return single(Sql.query(c, "SELECT version FROM ed_streams WHERE court = ? AND stream_id = ?",
        row -> row.getLong(1), court, id));
  }

  long caseVersion(Connection c, String number) throws SQLException {
    return single(Sql.query(c, "SELECT version FROM ed_case_streams WHERE court = ? AND case_number = ?",
        row -> row.getLong(1), court, number));
  }

  Optional<String> holderOf(Connection c, String duplicateKey) throws SQLException {
    return Sql.query(c, "SELECT stream_id FROM ed_streams WHERE court = ? AND duplicate_key = ?",
        row -> row.getString(1), court, duplicateKey).stream().findFirst();
  }

  private static long single(List<Long> versions) {
    return versions.isEmpty() ? 0 : versions.get(0);
  }

  private static PreparedStatement insertEvents(Connection c) throws SQLException {
    return c.prepareStatement("INSERT INTO ed_events (court, stream_kind, stream_id, stream_version, event_type,"
        + " schema_version, payload) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb))");
  }

  private void add(PreparedStatement insert, char kind, String streamId, long version, StoredEvent stored)
      throws SQLException {
    insert.setString(1, court);
    insert.setString(2, String.valueOf(kind));
    insert.setString(3, streamId);
    insert.setLong(4, version);
    insert.setString(5, stored.type());
    insert.setInt(6, stored.schemaVersion());
    insert.setString(7, stored.payload());
    insert.addBatch();
  }
}
