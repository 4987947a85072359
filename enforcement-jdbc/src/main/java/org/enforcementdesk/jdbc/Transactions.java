package org.enforcementdesk.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * How the ledger gets a connection for one unit of work, and who commits it. {@link #of(DataSource)} takes a
 * connection from the host's pool for each unit and commits it; a host that wants the ledger's writes inside its own
 * transaction implements this interface over its transaction manager instead (then it commits).
 */
@FunctionalInterface
public interface Transactions {

  /**
   * Runs {@code work} in one transaction: all of it is committed, or none.
   *
   * @param work what to do with the connection; it must not commit, roll back or close it
   * @return what the work returns
   * @throws SQLException whatever the database or the work throws; the transaction is rolled back then
   */
  <T> T inTransaction(Work<T> work) throws SQLException;

  /**
   * Runs a read: one statement, or statements that need not share a snapshot. A connection in auto-commit mode saves
   * the commit's round trip; by default it is a transaction like any other.
   *
   * @param work the read; it must not write, commit, roll back or close the connection
   * @return what the work returns
   * @throws SQLException whatever the database or the work throws
   */
  default <T> T reading(Work<T> work) throws SQLException {
    return inTransaction(work);
  }

  /** One unit of work on a connection. */
  @FunctionalInterface
  interface Work<T> {
    /**
     * Does the work.
     *
     * @param connection the transaction's connection; not null
     * @return the result
     * @throws SQLException when a statement fails
     */
    T run(Connection connection) throws SQLException;
  }

  /**
   * Transactions on connections from {@code dataSource}: each unit takes a connection, runs with auto-commit off at
   * READ COMMITTED, commits, and returns the connection to the pool; a read runs in auto-commit, without a commit.
   *
   * @param dataSource the host's pool; not null
   * @return the transactions, not null
   */
  static Transactions of(DataSource dataSource) {
    return new DataSourceTransactions(dataSource);
  }
}
