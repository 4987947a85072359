package org.enforcementdesk.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.DueEntry;
import org.enforcementdesk.order.DueKind;
import org.enforcementdesk.store.DueEntryFailure;

/**
 * The due queue: each work order's due entries as rows, replaced by difference on every append (a failure recorded on
 * an entry stays while the entry does), read in the in-memory ledger's order (instant, request id by code point, kind
 * by its rank), and claimed under a lease with {@code FOR UPDATE SKIP LOCKED} so that several nodes tick together.
 */
final class DueRows {

  /** The order of the queue: the one {@link DueEntry}'s natural order gives, in SQL. */
  private static final String ORDER = " ORDER BY due_nanos, stream_id COLLATE \"C\", kind_rank";
  private static final String HELD = " AND NOT parked AND (retry_nanos IS NULL OR retry_nanos <= ?)";

  private static final String FAILURE =
      "stream_id, kind, due_nanos, attempts, error, failed_nanos, retry_nanos, parked";

  private DueRows() {}

  /** Gives the order exactly {@code dues}. */
  static void replace(Connection c, String court, String streamId, List<DueEntry> dues) throws SQLException {
    replace(c, court, streamId, dues, false);
  }

  /** As {@link #replace}; a new stream ({@code fresh}) has no entries yet, so none are read first. */
  static void replace(Connection c, String court, String streamId, List<DueEntry> dues, boolean fresh)
      throws SQLException {
    if (fresh && dues.isEmpty()) {
      return;
    }
    Set<DueEntry> old = fresh ? Set.of() : new HashSet<>(Sql.query(c, "SELECT kind, due_nanos FROM ed_due WHERE court = ? AND stream_id = ?",
        row -> entry(streamId, row), court, streamId));
    Set<DueEntry> wanted = new HashSet<>(dues);
    for (DueEntry entry : old) {
      if (!wanted.contains(entry)) {
        Sql.update(c, "DELETE FROM ed_due WHERE court = ? AND stream_id = ? AND kind = ? AND due_nanos = ?",
            court, streamId, entry.kind().name(), Sql.nanos(entry.at()));
      }
    }
    try (PreparedStatement insert = c.prepareStatement(
        "INSERT INTO ed_due (court, stream_id, kind, kind_rank, due_nanos, due_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      boolean any = false;
      for (DueEntry entry : wanted) {
        if (!old.contains(entry)) {
          insert.setString(1, court);
          insert.setString(2, streamId);
          insert.setString(3, entry.kind().name());
          insert.setInt(4, entry.kind().ordinal());
          insert.setLong(5, Sql.nanos(entry.at()));
          Sql.bind(insert, 6, entry.at());
          insert.addBatch();
          any = true;
        }
      }
      if (any) {
        insert.executeBatch();
      }
    }
  }

  /** Entries due strictly before {@code before}, not held back by a failure, earliest first. */
  static List<DueEntry> before(Connection c, String court, Instant before, int limit) throws SQLException {
    return Sql.query(c, "SELECT stream_id, kind, due_nanos FROM ed_due WHERE court = ? AND due_nanos < ?" + HELD
        + ORDER + " LIMIT ?", DueRows::entry, court, Sql.nanos(before), Sql.nanos(before), limit);
  }

  /**
   * Whether any entry not parked is due before {@code before}: a look at the queue's index, so cheap to plan and to
   * run that a tick with nothing due costs one round trip rather than the claim's update (whose plan alone takes a
   * millisecond). Entries held back by a failure or claimed by another node count, so a claim may still find none.
   */
  static boolean anyDue(Connection c, String court, Instant before) throws SQLException {
    // The earliest entry, compared here: with "due_nanos < ?" in the query a generic plan (what a prepared statement
    // gets after five runs) may guess that many rows match and scan the table for one that does not exist.
    List<Long> earliest = Sql.query(c, "SELECT due_nanos FROM ed_due WHERE court = ? AND NOT parked"
        + " ORDER BY due_nanos LIMIT 1", row -> row.getLong(1), court);
    return !earliest.isEmpty() && earliest.get(0) < Sql.nanos(before);
  }

  /**
   * Claims entries due before {@code before} (and, judged by the database's clock, before its {@code now()} when
   * {@code databaseClock}) that no other node holds, for {@code lease}; returns them earliest first.
   */
  static List<DueEntry> claim(Connection c, String court, String node, Instant before, int limit, Duration lease,
      boolean databaseClock) throws SQLException {
    String due = databaseClock ? " AND due_nanos < ? AND due_at < now()" : " AND due_nanos < ?";
    List<DueEntry> claimed = Sql.query(c, "UPDATE ed_due SET locked_by = ?, locked_until = now() + CAST(? AS integer)"
        + " * INTERVAL '1 millisecond' WHERE (court, stream_id, kind, due_nanos) IN (SELECT court, stream_id, kind,"
        + " due_nanos"
        + " FROM ed_due WHERE court = ?" + due + HELD + " AND (locked_until IS NULL OR locked_until < now()"
        + " OR locked_by = ?)" + ORDER + " LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING stream_id, kind, due_nanos",
        DueRows::entry, node, (int) lease.toMillis(), court, Sql.nanos(before), Sql.nanos(before), node, limit);
    List<DueEntry> ordered = new ArrayList<>(claimed);
    ordered.sort(Comparator.naturalOrder());
    return ordered;
  }

  static void recordFailure(Connection c, String court, DueEntryFailure failure) throws SQLException {
    DueEntry entry = failure.entry();
    Sql.update(c, "UPDATE ed_due SET attempts = ?, error = ?, failed_nanos = ?, retry_nanos = ?, parked = ?"
        + " WHERE court = ? AND stream_id = ? AND kind = ? AND due_nanos = ?", failure.attempts(), failure.error(),
        Sql.nanos(failure.failedAt()), Sql.nanos(failure.retryAt()), failure.parked(), court, entry.requestId().value(),
        entry.kind().name(), Sql.nanos(entry.at()));
  }

  static Optional<DueEntryFailure> failure(Connection c, String court, DueEntry entry) throws SQLException {
    return Sql.query(c, "SELECT " + FAILURE + " FROM ed_due WHERE court = ? AND stream_id = ? AND kind = ?"
        + " AND due_nanos = ? AND attempts > 0", DueRows::failure, court, entry.requestId().value(),
        entry.kind().name(), Sql.nanos(entry.at())).stream().findFirst();
  }

  static boolean clear(Connection c, String court, DueEntry entry) throws SQLException {
    return Sql.update(c, "UPDATE ed_due SET attempts = 0, error = NULL, failed_nanos = NULL, retry_nanos = NULL,"
        + " parked = false WHERE court = ? AND stream_id = ? AND kind = ? AND due_nanos = ? AND attempts > 0", court,
        entry.requestId().value(), entry.kind().name(), Sql.nanos(entry.at())) > 0;
  }

  static List<DueEntryFailure> failures(Connection c, String court) throws SQLException {
    return Sql.query(c, "SELECT " + FAILURE + " FROM ed_due WHERE court = ? AND attempts > 0" + ORDER,
        DueRows::failure, court);
  }

  private static DueEntry entry(ResultSet row) throws SQLException {
    return entry(row.getString("stream_id"), row);
  }

  private static DueEntry entry(String streamId, ResultSet row) throws SQLException {
    return new DueEntry(RequestId.of(streamId), DueKind.valueOf(row.getString("kind")), Sql.instant(row, "due_nanos"));
  }

  private static DueEntryFailure failure(ResultSet row) throws SQLException {
    return new DueEntryFailure(entry(row), row.getInt("attempts"), row.getString("error"),
        Sql.instant(row, "failed_nanos"), Sql.instant(row, "retry_nanos"), row.getBoolean("parked"));
  }
}
