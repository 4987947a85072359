package org.enforcementdesk.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.enforcementdesk.json.StoredEvent;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.order.DueEntry;
import org.enforcementdesk.order.WorkOrderProjection;
import org.enforcementdesk.store.LedgerAppend;

/**
 * New work orders written many at a time: each table's rows of a whole batch in one JDBC batch, in one transaction.
 * For a court moving its orders from an earlier system, and for the benchmarks' million orders. Every append must
 * open its order (expected version 0, a submission first) and carry no case part; the batch is written whole or not
 * at all.
 */
final class BulkImport {

  private final String court;

  BulkImport(String court) {
    this.court = court;
  }

  /** Checks the batch before anything is written. */
  static void check(List<LedgerAppend> appends) {
    Set<String> ids = new HashSet<>();
    for (LedgerAppend append : appends) {
      checkArgument(append.expectedVersion() == 0, "an import opens new orders; %s expects version %s",
          append.requestId(), append.expectedVersion());
      checkArgument(append.caseAppend().isEmpty(), "an import writes no case streams: %s has a case part",
          append.requestId());
      checkArgument(ids.add(append.requestId().value()), "%s appears twice in one import", append.requestId());
      append.checkOpensWorkOrder();
    }
  }

  /** Writes the batch; {@code stored} holds each append's events in their stored form. */
  void write(Connection c, List<LedgerAppend> appends, List<List<StoredEvent>> stored) throws SQLException {
    long[] sequences = streams(c, appends);
    try (PreparedStatement events = c.prepareStatement("INSERT INTO ed_events (court, stream_kind, stream_id,"
        + " stream_version, event_type, schema_version, payload) VALUES (?, 'W', ?, ?, ?, ?, CAST(? AS jsonb))");
        PreparedStatement labels = c.prepareStatement("INSERT INTO ed_labels (court, label, stream_kind, stream_id,"
            + " sequence) VALUES (?, ?, 'W', ?, ?)");
        PreparedStatement dues = c.prepareStatement("INSERT INTO ed_due (court, stream_id, kind, kind_rank,"
            + " due_nanos, due_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < appends.size(); i++) {
        String id = appends.get(i).requestId().value();
        long version = 0;
        for (StoredEvent event : stored.get(i)) {
          events.setString(1, court);
          events.setString(2, id);
          events.setLong(3, ++version);
          events.setString(4, event.type());
          events.setInt(5, event.schemaVersion());
          events.setString(6, event.payload());
          events.addBatch();
        }
        WorkOrderProjection projection = appends.get(i).projection();
        for (String label : projection.labels()) {
          labels.setString(1, court);
          labels.setString(2, label);
          labels.setString(3, id);
          labels.setLong(4, sequences[i]);
          labels.addBatch();
        }
        for (DueEntry due : projection.dues()) {
          dues.setString(1, court);
          dues.setString(2, id);
          dues.setString(3, due.kind().name());
          dues.setInt(4, due.kind().ordinal());
          dues.setLong(5, Sql.nanos(due.at()));
          Sql.bind(dues, 6, due.at());
          dues.addBatch();
        }
      }
      events.executeBatch();
      labels.executeBatch();
      dues.executeBatch();
    }
    for (LedgerAppend append : appends) {
      OutboxRows.insertAll(c, court, append.notifications());
    }
  }

  /** The head rows, in order; returns each stream's sequence. */
  private long[] streams(Connection c, List<LedgerAppend> appends) throws SQLException {
    long[] sequences = new long[appends.size()];
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO ed_streams (court, stream_id, version, party_id,"
        + " case_number, duplicate_key) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"sequence"})) {
      for (LedgerAppend append : appends) {
        WorkOrderProjection projection = append.projection();
        insert.setString(1, court);
        insert.setString(2, append.requestId().value());
        insert.setLong(3, append.events().size());
        insert.setString(4, projection.partyId());
        insert.setString(5, projection.caseNumber().map(CaseNumber::toString).orElse(null));
        insert.setString(6, projection.duplicateKey().orElse(null));
        insert.addBatch();
      }
      insert.executeBatch();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        for (int i = 0; i < sequences.length; i++) {
          if (!keys.next()) {
            throw new SQLException("the driver returned " + i + " sequences for " + sequences.length + " streams");
          }
          sequences[i] = keys.getLong(1);
        }
      }
    }
    return sequences;
  }
}
