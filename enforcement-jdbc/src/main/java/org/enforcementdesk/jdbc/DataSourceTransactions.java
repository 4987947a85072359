package org.enforcementdesk.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * {@link Transactions#of(DataSource)}: a connection per unit of work, committed or rolled back, then closed. The
 * ledger needs READ COMMITTED, PostgreSQL's default: the first connection tells whether the pool already gives it,
 * and only if not is it set on every connection (a round trip per transaction, and another when the pool resets it).
 */
final class DataSourceTransactions implements Transactions {

  private final DataSource dataSource;
  // null until the first connection was asked; then whether the pool's connections need READ COMMITTED set.
  private volatile Boolean setIsolation;

  DataSourceTransactions(DataSource dataSource) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
  }

  @Override
  public <T> T inTransaction(Work<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      Boolean set = setIsolation;
      if (set == null) {
        set = connection.getTransactionIsolation() != Connection.TRANSACTION_READ_COMMITTED;
        setIsolation = set;
      }
      if (set) {
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      }
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        try {
          connection.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      } finally {
        restore(connection, autoCommit);
      }
    }
  }

  @Override
  public <T> T reading(Work<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.getAutoCommit()) {
        connection.setAutoCommit(true); // a pool that lends connections in a transaction: end it, read, restore
        try {
          return work.run(connection);
        } finally {
          restore(connection, false);
        }
      }
      return work.run(connection);
    }
  }

  /** Gives the pool its connection back as it lent it. */
  private static void restore(Connection connection, boolean autoCommit) {
    try {
      connection.setAutoCommit(autoCommit);
    } catch (SQLException ignored) {
      // A connection that cannot even do this is broken: the pool will find out and evict it.
    }
  }
}
