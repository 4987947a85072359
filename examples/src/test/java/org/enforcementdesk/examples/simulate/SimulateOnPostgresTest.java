package org.enforcementdesk.examples.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.enforcementdesk.examples.cli.EnforcementCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate} with the ledger on PostgreSQL, both ways: a server the runner starts itself ({@code --ledger
 * postgres}) and an existing one ({@code --jdbc-url}). Each writes the indicators.json the in-memory run writes, byte
 * for byte.
 */
class SimulateOnPostgresTest {

  private static final String SMALL = "300";
  private static final String SEED = "11";

  @TempDir static Path dir;
  private static byte[] inMemory;

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EnforcementCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @BeforeAll
  static void simulateInMemory() throws Exception {
    String[] run = run("simulate", "--requests", SMALL, "--seed", SEED, "--out", dir.resolve("memory").toString());
    assertThat(run[0]).as(run[2]).isEqualTo("0");
    inMemory = Files.readAllBytes(dir.resolve("memory").resolve("indicators.json"));
  }

  @Test
  void onAnEmbeddedServerTheRunnerStarts_theIndicatorsAreByteIdentical() throws Exception {
    Path out = dir.resolve("embedded");
    String[] run = run("simulate", "--requests", SMALL, "--seed", SEED, "--ledger", "postgres", "--out",
        out.toString());

    assertThat(run[0]).as(run[2]).isEqualTo("0");
    assertThat(run[1]).contains("on an embedded PostgreSQL");
    assertThat(Files.readAllBytes(out.resolve("indicators.json"))).isEqualTo(inMemory);
  }

  @Test
  void onAnExistingServer_theIndicatorsAreByteIdentical_andThePasswordIsNotPrinted() throws Exception {
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
      String url = server.getJdbcUrl("postgres", "postgres") + "&password=secret";
      Path out = dir.resolve("existing");
      String[] run = run("simulate", "--requests", SMALL, "--seed", SEED, "--jdbc-url", url, "--out", out.toString());

      assertThat(run[0]).as(run[2]).isEqualTo("0");
      assertThat(run[1]).contains("password=***").doesNotContain("secret");
      assertThat(Files.readAllBytes(out.resolve("indicators.json"))).isEqualTo(inMemory);
    }
  }

  @Test
  void badLedgerOptions_areUsageErrors_beforeAnythingStarts() {
    String[] unknown = run("simulate", "--ledger", "oracle", "--out", dir.resolve("bad").toString());
    assertThat(unknown[0]).isEqualTo("2");
    assertThat(unknown[2]).contains("--ledger must be memory or postgres, not oracle");

    String[] both = run("simulate", "--ledger", "memory", "--jdbc-url", "jdbc:postgresql://localhost/x");
    assertThat(both[0]).isEqualTo("2");
    assertThat(both[2]).contains("--jdbc-url runs on PostgreSQL");

    String[] notPostgres = run("simulate", "--jdbc-url", "jdbc:mysql://localhost/x?password=hunter2");
    assertThat(notPostgres[0]).isEqualTo("2");
    assertThat(notPostgres[2]).contains("must start with jdbc:postgresql:").doesNotContain("hunter2");
  }
}
