package org.enforcementdesk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The migration runner: applies each script once, prints what it would run, refuses a changed released script. */
class SchemaMigrationsTest {

  @Test
  void migrate_isIdempotent_andPendingSqlIsEmptyOnceCurrent() {
    DataSource database = EmbeddedDatabase.newDatabase(); // migrated once already
    SchemaMigrations migrations = SchemaMigrations.of(Transactions.of(database));

    assertThat(migrations.migrate()).isEmpty();
    assertThat(migrations.pendingSql()).isEmpty();
  }

  @Test
  void pendingSql_onAnEmptyDatabase_printsEveryScriptAndChangesNothing() throws Exception {
    DataSource empty = EmbeddedDatabase.emptyDatabase();
    String sql = SchemaMigrations.of(Transactions.of(empty)).pendingSql();

    assertThat(sql).startsWith("CREATE TABLE IF NOT EXISTS ed_schema_version").contains("-- V1__ledger.sql")
        .contains("CREATE TABLE ed_events").contains("INSERT INTO ed_schema_version (version, script, checksum)"
            + " VALUES (1, 'V1__ledger.sql', '");
    try (Connection c = empty.getConnection();
        java.sql.ResultSet tables = c.getMetaData().getTables(null, null, "ed_%", null)) {
      assertThat(tables.next()).as("no table was created").isFalse();
    }
  }

  @Test
  void migrate_refusesAReleasedScriptWhoseTextChanged() throws Exception {
    DataSource database = EmbeddedDatabase.newDatabase();
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      s.execute("UPDATE ed_schema_version SET checksum = 'changed' WHERE version = 1");
    }
    assertThatThrownBy(() -> SchemaMigrations.of(Transactions.of(database)).migrate())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("V1__ledger.sql was applied with checksum changed")
        .hasMessageContaining("a released script must never change");
  }

  @Test
  void statements_splitAtSemicolonsEndingALine_andDropComments() {
    assertThat(SchemaMigrations.statements("-- a comment\nCREATE TABLE a (x int);\nCREATE INDEX b\n  ON a (x);\n"))
        .containsExactly("CREATE TABLE a (x int)", "CREATE INDEX b\n  ON a (x)");
    assertThatThrownBy(() -> SchemaMigrations.statements("CREATE TABLE a (x int)"))
        .hasMessageContaining("ends inside a statement");
  }
}
