package org.enforcementdesk.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The labels of one stream, replaced by difference so that an append that keeps a label does not churn its row. */
final class LabelRows {

  private LabelRows() {}

  /** Gives the stream exactly {@code labels}; a label it keeps keeps its place (the stream's sequence). */
  static void replace(Connection c, String court, char kind, String streamId, long sequence, Set<String> labels)
      throws SQLException {
    replace(c, court, kind, streamId, sequence, labels, false);
  }

  /** As {@link #replace}; a new stream ({@code fresh}) has no labels yet, so none are read first. */
  static void replace(Connection c, String court, char kind, String streamId, long sequence, Set<String> labels,
      boolean fresh) throws SQLException {
    Set<String> old = fresh ? Set.of() : new HashSet<>(Sql.query(c,
        "SELECT label FROM ed_labels WHERE court = ? AND stream_kind = ? AND stream_id = ?",
        row -> row.getString(1), court, String.valueOf(kind), streamId));
    if (old.equals(labels)) {
      return;
    }
    for (String label : old) {
      if (!labels.contains(label)) {
        Sql.update(c, "DELETE FROM ed_labels WHERE court = ? AND label = ? AND stream_kind = ? AND stream_id = ?",
            court, label, String.valueOf(kind), streamId);
      }
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO ed_labels (court, label, stream_kind, stream_id,"
        + " sequence) VALUES (?, ?, ?, ?, ?)")) {
      boolean any = false;
      for (String label : labels) {
        if (!old.contains(label)) {
          insert.setString(1, court);
          insert.setString(2, label);
          insert.setString(3, String.valueOf(kind));
          insert.setString(4, streamId);
          insert.setLong(5, sequence);
          insert.addBatch();
          any = true;
        }
      }
      if (any) {
        insert.executeBatch();
      }
    }
  }

  /** The ids of the streams of {@code kind} with {@code label}, in first-append order. */
  static List<String> listed(Connection c, String court, char kind, String label) throws SQLException {
    return Sql.query(c, "SELECT stream_id FROM ed_labels WHERE court = ? AND label = ? AND stream_kind = ?"
        + " ORDER BY sequence", row -> row.getString(1), court, label, String.valueOf(kind));
  }
}
