package org.enforcementdesk.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enforcementdesk.store.LedgerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger's schema, as versioned SQL files ({@code V1__ledger.sql}, ...) shipped in the jar under {@code
 * org/enforcementdesk/jdbc/migrations/}, and a small runner: a version table ({@code ed_schema_version}) records each
 * file applied with its checksum, a table lock keeps two nodes from migrating at once, and {@link #pendingSql()} prints
 * what would run, for a DBA who applies it by hand. Flyway users can point Flyway at the same directory instead.
 *
 * <pre>{@code
 * SchemaMigrations.of(Transactions.of(dataSource)).migrate();   // at start-up, on every node
 * }</pre>
 */
public final class SchemaMigrations {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
  private static final String DIRECTORY = "migrations/";
  private static final Pattern NAME = Pattern.compile("V(\\d+)__([a-z0-9_]+)\\.sql");

  private final Transactions transactions;
  private final ImmutableList<Script> scripts;

  private SchemaMigrations(Transactions transactions, ImmutableList<Script> scripts) {
    this.transactions = transactions;
    this.scripts = scripts;
  }

  /**
   * The runner for the shipped scripts.
   *
   * @param transactions where to run them; not null
   * @return the runner, not null
   */
  public static SchemaMigrations of(Transactions transactions) {
    return new SchemaMigrations(requireNonNull(transactions, "transactions"), shipped());
  }

  /** One shipped script. */
  record Script(int version, String name, String sql, String checksum) {}

  /** The shipped scripts, in version order: the index lists them, so that nothing depends on listing a jar. */
  static ImmutableList<Script> shipped() {
    ImmutableList.Builder<Script> scripts = ImmutableList.builder();
    int previous = 0;
    for (String name : read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      Matcher m = NAME.matcher(name);
      if (!m.matches()) {
        throw new IllegalStateException("migration script name " + name + " is not V<n>__<words>.sql");
      }
      int version = Integer.parseInt(m.group(1));
      if (version != previous + 1) {
        throw new IllegalStateException("migration " + name + " follows version " + previous);
      }
      previous = version;
      String sql = read(name);
      scripts.add(new Script(version, name, sql, Hashing.sha256().hashString(sql, UTF_8).toString()));
    }
    return scripts.build();
  }

  /**
   * Applies every script not yet applied, in order, each in its own transaction with the version table locked. A
   * script already applied whose text has since changed is refused: a released script never changes.
   *
   * @return the versions applied now, possibly none
   * @throws IllegalStateException if an applied script's checksum differs from the shipped one
   * @throws LedgerUnavailableException if the database fails
   */
  public List<Integer> migrate() {
    List<Integer> applied = new ArrayList<>();
    for (Script script : scripts) {
      boolean ran = run(c -> {
        createVersionTable(c);
        lockVersionTable(c);
        Map<Integer, String> done = appliedChecksums(c);
        String checksum = done.get(script.version());
        if (checksum != null) {
          if (!checksum.equals(script.checksum())) {
            throw new IllegalStateException("migration " + script.name() + " was applied with checksum " + checksum
                + " but the shipped file's is " + script.checksum() + ": a released script must never change");
          }
          return false;
        }
        try (Statement statement = c.createStatement()) {
          for (String sql : statements(script.sql())) {
            statement.execute(sql);
          }
        }
        try (PreparedStatement record = c.prepareStatement(
            "INSERT INTO ed_schema_version (version, script, checksum) VALUES (?, ?, ?)")) {
          record.setInt(1, script.version());
          record.setString(2, script.name());
          record.setString(3, script.checksum());
          record.executeUpdate();
        }
        return true;
      });
      if (ran) {
        LOG.info("applied ledger migration {}", script.name());
        applied.add(script.version());
      }
    }
    return applied;
  }

  /**
   * The SQL {@link #migrate()} would run now, for a DBA to review or run by hand, with the version-table rows to
   * insert: nothing is changed.
   *
   * @return the SQL, possibly empty when the schema is current, not null
   * @throws LedgerUnavailableException if the database fails
   */
  public String pendingSql() {
    Map<Integer, String> done = run(c -> versionTableExists(c) ? appliedChecksums(c) : Map.of());
    StringBuilder sql = new StringBuilder();
    if (done.isEmpty()) {
      sql.append(VERSION_TABLE).append(";\n\n");
    }
    for (Script script : scripts) {
      if (!done.containsKey(script.version())) {
        sql.append("-- ").append(script.name()).append('\n').append(script.sql().strip()).append('\n');
        sql.append("INSERT INTO ed_schema_version (version, script, checksum) VALUES (").append(script.version())
            .append(", '").append(script.name()).append("', '").append(script.checksum()).append("');\n\n");
      }
    }
    return sql.toString();
  }

  private static final String VERSION_TABLE = "CREATE TABLE IF NOT EXISTS ed_schema_version ("
      + " version integer NOT NULL, script varchar(200) NOT NULL, checksum varchar(64) NOT NULL,"
      + " installed_at timestamptz NOT NULL DEFAULT now(), CONSTRAINT ed_schema_version_pk PRIMARY KEY (version))";

  private static void createVersionTable(Connection c) throws SQLException {
    try (Statement statement = c.createStatement()) {
      statement.execute(VERSION_TABLE);
    }
  }

  private static void lockVersionTable(Connection c) throws SQLException {
    try (Statement statement = c.createStatement()) {
      statement.execute("LOCK TABLE ed_schema_version IN EXCLUSIVE MODE");
    }
  }

  private static boolean versionTableExists(Connection c) throws SQLException {
    try (ResultSet tables = c.getMetaData().getTables(null, null, "ed_schema_version", null)) {
      return tables.next();
    }
  }

  private static Map<Integer, String> appliedChecksums(Connection c) throws SQLException {
    Map<Integer, String> done = new HashMap<>();
    try (Statement statement = c.createStatement();
        ResultSet rows = statement.executeQuery("SELECT version, checksum FROM ed_schema_version")) {
      while (rows.next()) {
        done.put(rows.getInt(1), rows.getString(2));
      }
    }
    return done;
  }

  /** The statements of a script: split at semicolons that end a line; comment lines dropped. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.lines().toList()) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        statements.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("migration script ends inside a statement: " + current.toString().strip());
    }
    return statements;
  }

  private <T> T run(Transactions.Work<T> work) {
    try {
      return transactions.inTransaction(work);
    } catch (SQLException e) {
      throw new LedgerUnavailableException("the ledger's schema could not be checked or migrated", e);
    }
  }

  private static String read(String name) {
    try (InputStream in = SchemaMigrations.class.getResourceAsStream(DIRECTORY + name)) {
      if (in == null) {
        throw new IllegalStateException("migration resource missing from the jar: " + DIRECTORY + name);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
