package org.enforcementdesk.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.enforcementdesk.store.LedgerUnavailableException;

/**
 * The ledger's way of running SQL: every unit of work in a transaction of the host's {@link Transactions}, every
 * {@link SQLException} that is not the ledger's own business turned into a {@link LedgerUnavailableException} (the
 * retryable failure the desk's commands document). Instants are bound as {@code timestamptz} through {@link
 * OffsetDateTime} in UTC, which every PostgreSQL-family driver accepts.
 */
final class Sql {

  private final Transactions transactions;

  Sql(Transactions transactions) {
    this.transactions = transactions;
  }

  Transactions transactions() {
    return transactions;
  }

  /** Runs {@code work} in one transaction; a database failure becomes a {@link LedgerUnavailableException}. */
  <T> T run(String what, Transactions.Work<T> work) {
    try {
      return transactions.inTransaction(work);
    } catch (SQLException e) {
      throw new LedgerUnavailableException("the ledger could not " + what + ": " + e.getSQLState() + " "
          + e.getClass().getSimpleName() + "; nothing was written", e);
    }
  }

  /** Runs a read ({@link Transactions#reading}); a database failure becomes a {@link LedgerUnavailableException}. */
  <T> T read(String what, Transactions.Work<T> work) {
    try {
      return transactions.reading(work);
    } catch (SQLException e) {
      throw new LedgerUnavailableException("the ledger could not " + what + ": " + e.getSQLState() + " "
          + e.getClass().getSimpleName(), e);
    }
  }

  /** A query's rows, each mapped. */
  static <T> List<T> list(PreparedStatement statement, RowMapper<T> mapper) throws SQLException {
    List<T> rows = new ArrayList<>();
    try (ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        rows.add(mapper.map(result));
      }
    }
    return Collections.unmodifiableList(rows);
  }

  /** A statement prepared and bound: {@code values} in order. */
  static PreparedStatement prepare(Connection c, String sql, Object... values) throws SQLException {
    PreparedStatement statement = c.prepareStatement(sql);
    for (int i = 0; i < values.length; i++) {
      bind(statement, i + 1, values[i]);
    }
    return statement;
  }

  static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
    if (value instanceof Instant instant) {
      statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
    } else {
      statement.setObject(index, value);
    }
  }

  /** Runs an update; returns the rows changed. */
  static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, values)) {
      return statement.executeUpdate();
    }
  }

  /** Runs a query; returns its rows, mapped. */
  static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... values) throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, values)) {
      return list(statement, mapper);
    }
  }

  /**
   * An instant as the ledger keeps those it compares exactly: nanoseconds since the epoch (a {@code timestamptz}
   * keeps microseconds only). Exact from 1677 to 2262.
   */
  static long nanos(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
  }

  /** An instant kept as {@link #nanos}; null for SQL NULL. */
  static Instant instant(ResultSet row, String column) throws SQLException {
    long nanos = row.getLong(column);
    return row.wasNull() ? null : Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L),
        Math.floorMod(nanos, 1_000_000_000L));
  }

  /** An instant as a nullable nanosecond count. */
  static Long nanosOrNull(Instant instant) {
    return instant == null ? null : nanos(instant);
  }


  /** Maps one row. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }
}
