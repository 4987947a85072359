package org.enforcementdesk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.jdbc.JdbcRequestLedger;
import org.enforcementdesk.jdbc.Transactions;
import org.enforcementdesk.jdbc.reliability.DeskNode;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.rules.DroolsDecisionPolicy;
import org.enforcementdesk.rules.RuleBook;
import org.enforcementdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** {@code enforcement ledger}: the DBA's print-only migration, the migration, and a rebuild of lost projections. */
class LedgerCommandTest {

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EnforcementCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void printsTheSqlForADba_migrates_andRebuildsProjectionsDeletedByHand() throws Exception {
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
      String url = server.getJdbcUrl("postgres", "postgres");

      String[] printed = run("ledger", "migrate", "--print", "--jdbc-url", url);
      assertThat(printed[0]).as(printed[2]).isEqualTo("0");
      assertThat(printed[1]).contains("CREATE TABLE ed_events", "V2__personal_data.sql");
      assertThat(run("ledger", "migrate", "--print", "--jdbc-url", url)[1]).contains("CREATE TABLE ed_events");

      assertThat(run("ledger", "migrate", "--jdbc-url", url)[1]).contains("applied schema versions [1, 2, 3]");
      assertThat(run("ledger", "migrate", "--print", "--jdbc-url", url)[1]).contains("up to date");

      JdbcRequestLedger ledger = JdbcRequestLedger.builder()
          .transactions(Transactions.of(server.getPostgresDatabase())).court("FJ-0322").build();
      EnforcementDesk desk = EnforcementDesk.builder()
          .policy(new DroolsDecisionPolicy(RuleBook.defaults(Instant.parse("2026-03-01T00:00:00Z"))))
          .clock(new MutableClock("2026-03-02T09:00+08:00")).ledger(ledger).build();
      for (int i = 0; i < 5; i++) {
        desk.submit(DeskNode.request("R-" + i, i), Actor.officer("o-17"));
      }
      int dues = count(server, "SELECT count(*) FROM ed_due");
      int labels = count(server, "SELECT count(*) FROM ed_labels");
      assertThat(dues).isPositive();
      try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("DELETE FROM ed_due; DELETE FROM ed_labels");
      }

      String[] rebuilt = run("ledger", "rebuild", "--court", "FJ-0322", "--jdbc-url", url);
      assertThat(rebuilt[0]).as(rebuilt[2]).isEqualTo("0");
      assertThat(rebuilt[1]).contains("rebuilt the projections of 5 stream(s) of court FJ-0322");
      assertThat(count(server, "SELECT count(*) FROM ed_due")).isEqualTo(dues);
      assertThat(count(server, "SELECT count(*) FROM ed_labels")).isEqualTo(labels);
    }
  }

  @Test
  void aUrlThatIsNotPostgres_isAUsageError_withoutThePassword() {
    String[] run = run("ledger", "migrate", "--jdbc-url", "jdbc:mysql://db/x?password=hunter2");
    assertThat(run[0]).isEqualTo("2");
    assertThat(run[2]).contains("must start with jdbc:postgresql:").doesNotContain("hunter2");
  }

  private static int count(EmbeddedPostgres server, String sql) throws Exception {
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }
}
