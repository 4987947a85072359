package org.enforcementdesk.jdbc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.enforcementdesk.jdbc.JdbcRequestLedger;
import org.enforcementdesk.jdbc.Transactions;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.SlaBreached;
import org.enforcementdesk.order.SlaWarned;
import org.enforcementdesk.order.WorkOrder;

/** What a crash or an outage must leave: every acknowledged command, nothing half written, deliveries counted raw. */
final class LedgerAudit {

  private final DataSource database;
  private final String court;

  LedgerAudit(DataSource database, String court) {
    this.database = database;
    this.court = court;
  }

  /**
   * Nothing half written: each stream's head version is its number of events and its last event's version, every
   * stream begins with its submission, and every due entry and label belongs to a stream.
   */
  void assertNothingHalfWritten() throws SQLException {
    assertThat(rows("SELECT s.stream_id || ' head ' || s.version || ' events ' || count(e.stream_version) || ' last '"
        + " || coalesce(max(e.stream_version), 0) FROM ed_streams s LEFT JOIN ed_events e ON e.court = s.court"
        + " AND e.stream_kind = 'W' AND e.stream_id = s.stream_id WHERE s.court = ? GROUP BY s.stream_id, s.version"
        + " HAVING s.version <> count(e.stream_version) OR s.version <> coalesce(max(e.stream_version), 0)"))
        .as("streams whose head and events disagree").isEmpty();
    assertThat(rows("SELECT e.stream_id FROM ed_events e WHERE e.court = ? AND e.stream_kind = 'W'"
        + " AND e.stream_version = 1 AND e.event_type <> 'Submitted'")).as("streams not opened by a submission")
        .isEmpty();
    assertThat(rows("SELECT d.stream_id FROM ed_due d WHERE d.court = ? AND NOT EXISTS (SELECT 1 FROM ed_streams s"
        + " WHERE s.court = d.court AND s.stream_id = d.stream_id)")).as("due entries of no stream").isEmpty();
    assertThat(rows("SELECT l.stream_id FROM ed_labels l WHERE l.court = ? AND l.stream_kind = 'W' AND NOT EXISTS"
        + " (SELECT 1 FROM ed_streams s WHERE s.court = l.court AND s.stream_id = l.stream_id)"))
        .as("labels of no stream").isEmpty();
  }

  /** Every command a node acknowledged (a line in its .acks file) is in the ledger. */
  int assertAcknowledgedAreThere(Path dir) throws SQLException {
    JdbcRequestLedger ledger = reader();
    int acknowledged = 0;
    for (String line : lines(dir, ".acks")) {
      String[] ack = line.split(" ");
      RequestId order = RequestId.of(ack[0].equals("SUBMIT") ? ack[2] : ack[1]);
      long version = Long.parseLong(ack[ack.length - 1]);
      assertThat(ledger.version(order)).as("acknowledged %s", line).isGreaterThanOrEqualTo(version);
      acknowledged++;
    }
    return acknowledged;
  }

  /** Each crossing of a deadline recorded once: as many breach and warning events as the fold counts. */
  void assertEveryDueProcessedOnce() {
    JdbcRequestLedger ledger = reader();
    int breached = 0;
    for (RequestId id : ledger.workOrderIds()) {
      WorkOrder order = WorkOrder.fold(ledger.read(id));
      long breaches = order.history().stream().map(RecordedEvent::event).filter(e -> e instanceof SlaBreached).count();
      long warnings = order.history().stream().map(RecordedEvent::event).filter(e -> e instanceof SlaWarned).count();
      assertThat(breaches).as("%s breaches", id).isEqualTo(order.breached().size());
      assertThat(warnings).as("%s warnings", id).isEqualTo(order.warned().size());
      breached += order.breached().isEmpty() ? 0 : 1;
    }
    assertThat(breached).as("orders breached: the load must reach its deadlines").isPositive();
  }

  /** Every raw delivery the nodes' sinks counted, by key. */
  static Multiset<String> rawDeliveries(Path dir) {
    return HashMultiset.create(lines(dir, ".sink"));
  }

  /** The keys the ledger holds as delivered; fails if any notification is still pending. */
  Set<String> deliveredAndNothingPending() throws SQLException {
    assertThat(rows("SELECT idempotency_key FROM ed_outbox WHERE court = ? AND NOT parked"))
        .as("notifications still pending").isEmpty();
    return new HashSet<>(rows("SELECT idempotency_key FROM ed_outbox_delivered WHERE court = ?"));
  }

  /** The keys delivered more than once. */
  static Set<String> duplicates(Multiset<String> raw) {
    Set<String> twice = new HashSet<>();
    raw.entrySet().stream().filter(e -> e.getCount() > 1).forEach(e -> twice.add(e.getElement()));
    return twice;
  }

  int count(String sql) throws SQLException {
    return Integer.parseInt(rows(sql).get(0));
  }

  JdbcRequestLedger reader() {
    return JdbcRequestLedger.builder().transactions(Transactions.of(database)).court(court).node("auditor").build();
  }

  /** The first column of a query's rows, the court bound to its only parameter. */
  List<String> rows(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, court);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          values.add(r.getString(1));
        }
      }
    }
    return values;
  }

  private static List<String> lines(Path dir, String suffix) {
    List<String> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
        Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(all::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }
}
