package org.enforcementdesk.examples.simulate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import javax.sql.DataSource;
import org.enforcementdesk.jdbc.JdbcRequestLedger;
import org.enforcementdesk.jdbc.SchemaMigrations;
import org.enforcementdesk.jdbc.Transactions;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.store.RequestLedger;

/**
 * Where a simulation keeps each court's year: in memory, or on PostgreSQL, where each court's year is a court of its
 * own in one database (so runs side by side share nothing but the server, and a rerun on the same database never
 * meets an earlier run's orders). The simulated clock runs far ahead of the database's, so due entries are judged by
 * the tick alone ({@link JdbcRequestLedger.Builder#dueJudgedByTheTick}).
 */
interface SimulationLedgers extends AutoCloseable {

  /** A new, empty ledger for one court's year. */
  RequestLedger open(String courtYear);

  /** Where the ledgers are, for the summary line. */
  String describe();

  @Override
  void close();

  /** Ledgers in the heap, the default. */
  static SimulationLedgers inMemory() {
    return new SimulationLedgers() {
      @Override
      public RequestLedger open(String courtYear) {
        return new InMemoryRequestLedger();
      }

      @Override
      public String describe() {
        return "in memory";
      }

      @Override
      public void close() {}
    };
  }

  /**
   * Ledgers on an embedded PostgreSQL that this starts from its bundled binaries (linux-amd64) in a temporary
   * directory, and stops on close. The database is thrown away at the end, so a commit need not wait for its WAL to
   * reach the disk: synchronous_commit is off (fsync stays on), which takes the default year from about eight
   * minutes to about three on a 2-core machine. The durability tests and the benchmarks run with it on.
   */
  static SimulationLedgers embeddedPostgres() {
    EmbeddedPostgres server;
    try {
      server = EmbeddedPostgres.builder()
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("max_connections", "50")
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("the embedded PostgreSQL did not start: " + e.getMessage()
          + " (its binaries are for linux-amd64; elsewhere use --jdbc-url)", e);
    }
    return postgres(server.getJdbcUrl("postgres", "postgres"), "an embedded PostgreSQL", server::close);
  }

  /** Ledgers on an existing PostgreSQL-family server; the schema is migrated first. */
  static SimulationLedgers server(String jdbcUrl) {
    return postgres(jdbcUrl, jdbcUrl.replaceAll("password=[^&]*", "password=***"), () -> {});
  }

  /** What closes the server when the run ends. */
  interface Stop {
    void stop() throws IOException;
  }

  private static SimulationLedgers postgres(String jdbcUrl, String where, Stop stop) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
    config.setPoolName("simulate");
    HikariDataSource pool = new HikariDataSource(config);
    DataSource dataSource = pool;
    Transactions transactions = Transactions.of(dataSource);
    SchemaMigrations.of(transactions).migrate();
    String run = UUID.randomUUID().toString().substring(0, 8);
    return new SimulationLedgers() {
      @Override
      public RequestLedger open(String courtYear) {
        return JdbcRequestLedger.builder().transactions(transactions).court("simulate-" + run + "-" + courtYear)
            .node("simulate").dueJudgedByTheTick().build();
      }

      @Override
      public String describe() {
        return "on " + where;
      }

      @Override
      public void close() {
        pool.close();
        try {
          stop.stop();
        } catch (IOException e) {
          throw new UncheckedIOException("the embedded PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
      }
    };
  }
}
