package org.enforcementdesk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the server they say they run on: PostgreSQL 17 in the main run, 14 in the contract's second run
 * (the build swaps the binaries and sets {@code enforcementdesk.test.postgresMajor}), with fsync and
 * synchronous_commit on, as the durability tests need.
 */
class ServerVersionTest {

  @Test
  void theServer_isTheMajorVersionAsked_withDurableCommits() throws Exception {
    String major = System.getProperty("enforcementdesk.test.postgresMajor", "17");
    try (Connection c = EmbeddedDatabase.newDatabase().getConnection(); Statement s = c.createStatement()) {
      assertThat(value(s, "SHOW server_version_num")).startsWith(major);
      assertThat(value(s, "SHOW fsync")).isEqualTo("on");
      assertThat(value(s, "SHOW synchronous_commit")).isEqualTo("on");
    }
  }

  private static String value(Statement s, String query) throws Exception {
    try (ResultSet r = s.executeQuery(query)) {
      r.next();
      return r.getString(1);
    }
  }
}
