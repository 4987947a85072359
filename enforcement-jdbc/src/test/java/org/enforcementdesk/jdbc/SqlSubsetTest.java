package org.enforcementdesk.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SQL the ledger ships and sends stays inside what PostgreSQL 14+, KingbaseES and openGauss/GaussDB all accept
 * (docs/ledger.md, "The SQL subset"). KingbaseES and openGauss cannot run here, so their known traps are linted: the
 * migration scripts, and every SQL string in the ledger's code.
 */
class SqlSubsetTest {

  /** Each trap, and why. */
  private static final Map<Pattern, String> TRAPS = Map.ofEntries(
      Map.entry(Pattern.compile("(?i)\\bGENERATED\\s+(ALWAYS|BY\\s+DEFAULT)\\s+AS\\s+IDENTITY"),
          "identity columns: use bigserial"),
      Map.entry(Pattern.compile("(?i)\\bON\\s+CONFLICT\\s+DO\\b"),
          "ON CONFLICT without a conflict target: openGauss rejects it"),
      Map.entry(Pattern.compile("(?i)\\bxid8\\b|pg_current_xact_id|pg_snapshot_xmin"),
          "xid8 and its functions: GaussDB lacks them (use txid_current, txid_snapshot_xmin)"),
      Map.entry(Pattern.compile("(?i)\\b(LISTEN|NOTIFY|UNLISTEN)\\b|pg_notify"),
          "LISTEN/NOTIFY: GaussDB has none; poll"),
      Map.entry(Pattern.compile("(?i)\\bpg_catalog\\b|\\binformation_schema\\b|\\bpg_class\\b"),
          "catalog queries: KingbaseES names its catalog sys_catalog"),
      Map.entry(Pattern.compile("(?i)\\blo_(create|open|import|export|unlink)\\b|\\boid\\b"),
          "large objects: they leak and vacuumlo deletes them; use jsonb or bytea"),
      Map.entry(Pattern.compile("(?i)\\bMERGE\\s+INTO\\b"), "MERGE: PostgreSQL 15+ only"),
      Map.entry(Pattern.compile("(?i)\\bjson_table\\b|\\bIS\\s+JSON\\b"), "SQL/JSON: PostgreSQL 16+ only"),
      Map.entry(Pattern.compile("(?i)\\bUNIQUE\\s+NULLS\\s+NOT\\s+DISTINCT\\b"), "NULLS NOT DISTINCT: 15+ only"),
      Map.entry(Pattern.compile("(?i)\\bjson\\b(?!b)"), "json: use jsonb"));

  @Test
  void shippedScripts_andTheLedgersStatements_avoidEveryTrap() throws IOException {
    List<String> found = new ArrayList<>();
    for (SchemaMigrations.Script script : SchemaMigrations.shipped()) {
      lint(script.name(), script.sql().lines().filter(l -> !l.strip().startsWith("--")).toList(), found);
    }
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        lint(source.getFileName().toString(), sqlStrings(Files.readString(source, UTF_8)), found);
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theLintCatchesEachTrap() {
    List<String> found = new ArrayList<>();
    lint("sample", List.of("CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY)",
        "INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING", "SELECT pg_current_xact_id()", "NOTIFY ledger",
        "SELECT * FROM pg_catalog.pg_tables", "SELECT lo_create(0)", "CREATE TABLE u (v json)"), found);
    assertThat(found).hasSize(7);
  }

  @Test
  void everyScript_isInTheIndex() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/enforcementdesk/jdbc/migrations"))) {
      List<String> scripts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted()
          .toList();
      assertThat(SchemaMigrations.shipped()).extracting(SchemaMigrations.Script::name)
          .containsExactlyElementsOf(scripts);
    }
  }

  private static void lint(String where, List<String> lines, List<String> found) {
    for (String line : lines) {
      for (Map.Entry<Pattern, String> trap : TRAPS.entrySet()) {
        if (trap.getKey().matcher(line).find()) {
          found.add(where + ": " + trap.getValue() + ": " + line.strip());
        }
      }
    }
  }

  /** The Java string literals that hold SQL: those that start with or contain an SQL verb. */
  private static List<String> sqlStrings(String java) {
    List<String> sql = new ArrayList<>();
    Matcher literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(java);
    while (literal.find()) {
      String text = literal.group(1);
      if (text.matches("(?is).*\\b(SELECT|INSERT|UPDATE|DELETE|CREATE|LOCK|ON CONFLICT|RETURNING)\\b.*")) {
        sql.add(text);
      }
    }
    return sql;
  }
}
