package org.enforcementdesk.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.json.EventJson;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.ReadPurpose;
import org.enforcementdesk.json.StoredEvent;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.PersonalDataErasure;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.store.ErasureHold;
import org.enforcementdesk.store.ErasureRefusedException;
import org.enforcementdesk.store.PersonalDataLedger;
import org.enforcementdesk.store.PersonalDataRead;
import org.enforcementdesk.store.RecordedRead;

/**
 * Erasure and holds on PostgreSQL, for one court. An erasure is one transaction: it locks the party's stream rows (so
 * no append to them interleaves), judges the holds, then destroys the party's key when personal data is encrypted,
 * or rewrites the party's stored events without it when it is plain; parks the party's notifications without their
 * values; and records the erasure. The audit trail of reads is a table of its own, {@code ed_personal_data_reads}.
 */
final class JdbcPersonalData implements PersonalDataLedger {

  private final String court;
  private final Sql sql;
  private final EventJson events;

  JdbcPersonalData(String court, Sql sql, EventJson events) {
    this.court = court;
    this.sql = sql;
    this.events = events;
  }

  @Override
  public void placeHold(ErasureHold hold) {
    requireNonNull(hold, "hold");
    sql.run("place a hold", c -> Sql.update(c, "INSERT INTO ed_erasure_holds (court, party_id, name, reason,"
        + " until_nanos) VALUES (?, ?, ?, ?, ?) ON CONFLICT (court, party_id, name) DO UPDATE SET"
        + " reason = EXCLUDED.reason, until_nanos = EXCLUDED.until_nanos", court, hold.partyId(), hold.name(),
        hold.reason(), Sql.nanosOrNull(hold.until().orElse(null))));
  }

  @Override
  public boolean releaseHold(String partyId, String name) {
    requireNonNull(partyId, "partyId");
    requireNonNull(name, "name");
    return sql.run("release a hold", c -> Sql.update(c, "DELETE FROM ed_erasure_holds WHERE court = ?"
        + " AND party_id = ? AND name = ?", court, partyId, name) > 0);
  }

  @Override
  public List<ErasureHold> holds(String partyId) {
    requireNonNull(partyId, "partyId");
    return sql.read("read the holds", c -> holds(c, partyId, false));
  }

  private List<ErasureHold> holds(Connection c, String partyId, boolean lock) throws SQLException {
    return Sql.query(c, "SELECT name, reason, until_nanos FROM ed_erasure_holds WHERE court = ? AND party_id = ?"
        + " ORDER BY name COLLATE \"C\"" + (lock ? " FOR UPDATE" : ""),
        row -> new ErasureHold(partyId, row.getString(1), row.getString(2),
            Optional.ofNullable(Sql.instant(row, "until_nanos"))), court, partyId);
  }

  @Override
  public int erase(String partyId, Instant now) {
    requireNonNull(partyId, "partyId");
    requireNonNull(now, "now");
    int erased = sql.run("erase a party's personal data", c -> {
      List<String> streams = Sql.query(c, "SELECT stream_id FROM ed_streams WHERE court = ? AND party_id = ?"
          + " ORDER BY sequence FOR UPDATE", row -> row.getString(1), court, partyId);
      List<ErasureHold> inForce = holds(c, partyId, true).stream().filter(h -> h.inForceAt(now)).toList();
      if (!inForce.isEmpty()) {
        throw new ErasureRefusedException(partyId, inForce);
      }
      if (events.sealer().erasesByDestroyingKeys()) {
        Sql.update(c, "DELETE FROM ed_party_keys WHERE court = ? AND party_id = ?", court, partyId);
      } else {
        rewriteWorkOrders(c, streams, partyId);
        rewriteVisits(c, partyId);
      }
      OutboxRows.eraseAllTo(c, court, partyId, PARKED_ON_ERASURE);
      Sql.update(c, "INSERT INTO ed_party_erasures (court, party_id, erased_nanos) VALUES (?, ?, ?)"
          + " ON CONFLICT (court, party_id) DO UPDATE SET erased_nanos = EXCLUDED.erased_nanos, erased_at = now()",
          court, partyId, Sql.nanos(now));
      return streams.size();
    });
    events.sealer().forget(partyId);
    return erased;
  }

  /** Plain personal data: each of the party's events read, erased and written back in place. */
  private void rewriteWorkOrders(Connection c, List<String> streams, String partyId) throws SQLException {
    for (String stream : streams) {
      for (StoredRow row : rows(c, "stream_kind = 'W' AND stream_id = ?", stream)) {
        WorkOrderEvent event = events.read(row.stored(), partyId);
        rewrite(c, row, events.write(PersonalDataErasure.erased(event), partyId));
      }
    }
  }

  private void rewriteVisits(Connection c, String partyId) throws SQLException {
    for (StoredRow row : rows(c, "stream_kind = 'C' AND event_type = 'ContactRecorded'"
        + " AND payload ->> 'partyId' = ?", partyId)) {
      CaseEvent event = events.readCase(row.stored());
      rewrite(c, row, events.write(PersonalDataErasure.erased(event, partyId)));
    }
  }

  private record StoredRow(long position, StoredEvent stored) {}

  private List<StoredRow> rows(Connection c, String where, String value) throws SQLException {
    return Sql.query(c, "SELECT global_position, event_type, schema_version, payload::text FROM ed_events"
        + " WHERE court = ? AND " + where + " ORDER BY global_position FOR UPDATE",
        row -> new StoredRow(row.getLong(1), new StoredEvent(row.getString(2), row.getInt(3), row.getString(4))),
        court, value);
  }

  private static void rewrite(Connection c, StoredRow row, StoredEvent erased) throws SQLException {
    if (!erased.payload().equals(row.stored().payload())) {
      Sql.update(c, "UPDATE ed_events SET payload = CAST(? AS jsonb), schema_version = ? WHERE global_position = ?",
          erased.payload(), erased.schemaVersion(), row.position());
    }
  }

  @Override
  public Optional<Instant> erasedAt(String partyId) {
    requireNonNull(partyId, "partyId");
    return sql.read("read an erasure", c -> Sql.query(c, "SELECT erased_nanos FROM ed_party_erasures WHERE court = ?"
        + " AND party_id = ?", row -> Sql.instant(row, "erased_nanos"), court, partyId)).stream().findFirst();
  }

  @Override
  public void recordRead(PersonalDataRead read) {
    requireNonNull(read, "read");
    sql.run("record a read of personal data", c -> Sql.update(c, "INSERT INTO ed_personal_data_reads (court, at_nanos,"
        + " read_at, reader_role, reader_id, query, subject, party_ids, purpose) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        court, Sql.nanos(read.at()), read.at(), read.reader().role().name(), read.reader().id(), read.query(),
        read.subject(), String.join(" ", read.partyIds()), read.purpose().text()));
  }

  @Override
  public List<RecordedRead> reads(Instant from, Instant to, long afterPosition, int limit) {
    PersonalDataLedger.checkReadsPage(from, to, afterPosition, limit);
    return sql.read("read the audit trail of reads", c -> Sql.query(c, "SELECT read_position, at_nanos, reader_role,"
        + " reader_id, query, subject, party_ids, purpose FROM ed_personal_data_reads WHERE court = ? AND at_nanos >= ?"
        + " AND at_nanos < ? AND read_position > ? ORDER BY read_position LIMIT ?", JdbcPersonalData::recordedRead,
        court, Sql.nanos(from), Sql.nanos(to), afterPosition, limit));
  }

  private static RecordedRead recordedRead(ResultSet row) throws SQLException {
    Actor reader = new Actor(ActorRole.valueOf(row.getString("reader_role")), row.getString("reader_id"));
    PersonalDataRead read = new PersonalDataRead(Sql.instant(row, "at_nanos"), reader, row.getString("query"),
        row.getString("subject"), List.of(row.getString("party_ids").split(" ")),
        ReadPurpose.of(row.getString("purpose")));
    return new RecordedRead(row.getLong("read_position"), read);
  }
}
