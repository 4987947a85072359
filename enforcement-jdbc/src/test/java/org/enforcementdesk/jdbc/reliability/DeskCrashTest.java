package org.enforcementdesk.jdbc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Multiset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.enforcementdesk.jdbc.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk in a child JVM under mixed load, killed with SIGKILL and restarted over the same database: at fixed points
 * (a notification delivered but not yet marked, a due entry's lease held) and at random ones. Every acknowledged
 * command is there afterwards, nothing is half written, every notification reaches the sink at least once, and only
 * one in flight at a kill reaches it twice.
 */
@Timeout(240)
class DeskCrashTest {

  private static final String COURT = "FJ-0322";
  private static final Duration START = Duration.ofSeconds(60);

  @TempDir Path out;

  @Test
  void killedBetweenADeliveryAndItsMark_redeliversThatNotificationOnly() throws Exception {
    String url = EmbeddedDatabase.newDatabaseUrl();
    Nodes.Node a = Nodes.start(url, COURT, "a", 0, 30, 30, "after-delivery", out);
    a.await(DeskNode.AT_POINT, START);
    a.kill();

    restartAndDrain(url, "a-restarted");

    LedgerAudit audit = new LedgerAudit(EmbeddedDatabase.dataSource(url), COURT);
    audit.assertNothingHalfWritten();
    assertThat(audit.assertAcknowledgedAreThere(out)).isPositive();
    Multiset<String> raw = LedgerAudit.rawDeliveries(out);
    assertThat(raw.elementSet()).containsAll(audit.deliveredAndNothingPending());
    String inFlight = Files.readAllLines(out.resolve("a.sink"), StandardCharsets.UTF_8).get(2);
    assertThat(LedgerAudit.duplicates(raw)).as("delivered twice").containsExactly(inFlight);
  }

  @Test
  void killedWhileHoldingADueEntrysLease_theNextNodeProcessesItOnce_afterTheLeaseLapses() throws Exception {
    String url = EmbeddedDatabase.newDatabaseUrl();
    Nodes.Node a = Nodes.start(url, COURT, "a", 0, 30, 30, "in-lease", out);
    a.await(DeskNode.AT_POINT, START);
    LedgerAudit audit = new LedgerAudit(EmbeddedDatabase.dataSource(url), COURT);
    assertThat(audit.count("SELECT count(*) FROM ed_due WHERE court = ? AND locked_by = 'a'"))
        .as("entries held by the node killed").isPositive();
    a.kill();

    restartAndDrain(url, "a-restarted");

    audit.assertNothingHalfWritten();
    audit.assertAcknowledgedAreThere(out);
    audit.assertEveryDueProcessedOnce();
    assertThat(LedgerAudit.rawDeliveries(out).elementSet()).containsAll(audit.deliveredAndNothingPending());
  }

  @Test
  void killedAtRandomPoints_losesNothingAcknowledged_andRedeliversAtMostOnePerKill() throws Exception {
    String url = EmbeddedDatabase.newDatabaseUrl();
    SplittableRandom random = new SplittableRandom(20_261_203L);
    int kills = 3;
    for (int round = 0; round < kills; round++) {
      Nodes.Node node = Nodes.start(url, COURT, "r" + round, round * 1000, 400, 40, "none", out);
      node.await(DeskNode.STARTED, START);
      Thread.sleep(500 + random.nextInt(2500));
      node.kill();
      assertThat(node.output()).as("killed mid-run").doesNotContain(DeskNode.DONE);
    }

    restartAndDrain(url, "r-restarted");

    LedgerAudit audit = new LedgerAudit(EmbeddedDatabase.dataSource(url), COURT);
    audit.assertNothingHalfWritten();
    assertThat(audit.assertAcknowledgedAreThere(out)).as("commands acknowledged before the kills").isPositive();
    Multiset<String> raw = LedgerAudit.rawDeliveries(out);
    assertThat(raw.elementSet()).containsAll(audit.deliveredAndNothingPending());
    assertThat(LedgerAudit.duplicates(raw)).as("delivered twice: in flight at a kill").hasSizeLessThanOrEqualTo(kills);
    raw.entrySet().forEach(e -> assertThat(e.getCount()).as(e.getElement()).isLessThanOrEqualTo(2));
  }

  @Test
  void twoNodesOnOneDatabase_openOneOrderPerDuplicateGroup_andProcessEachDueOnce() throws Exception {
    String url = EmbeddedDatabase.newDatabaseUrl();
    int groups = 20;
    List<Nodes.Node> nodes = List.of(Nodes.start(url, COURT, "a", 0, 40, groups, "none", out),
        Nodes.start(url, COURT, "b", 0, 40, groups, "none", out));
    for (Nodes.Node node : nodes) {
      node.awaitExit(Duration.ofSeconds(180));
    }

    LedgerAudit audit = new LedgerAudit(EmbeddedDatabase.dataSource(url), COURT);
    audit.assertNothingHalfWritten();
    assertThat(audit.assertAcknowledgedAreThere(out)).isGreaterThanOrEqualTo(80);
    assertThat(audit.rows("SELECT party_id FROM ed_streams WHERE court = ? GROUP BY party_id HAVING count(*) <> 1"))
        .as("duplicate groups with other than one order").isEmpty();
    assertThat(audit.count("SELECT count(*) FROM ed_streams WHERE court = ?")).isEqualTo(groups);
    audit.assertEveryDueProcessedOnce();
    Multiset<String> raw = LedgerAudit.rawDeliveries(out);
    assertThat(raw.elementSet()).isEqualTo(audit.deliveredAndNothingPending());
    assertThat(LedgerAudit.duplicates(raw)).as("no kill, so nothing delivered twice").isEmpty();
  }

  /** A node that submits nothing: it ticks and dispatches until nothing is due or pending, leases lapsed. */
  private void restartAndDrain(String url, String name) throws InterruptedException {
    Nodes.Node restarted = Nodes.start(url, COURT, name, 0, 0, 1, "none", out);
    restarted.awaitExit(Duration.ofSeconds(120));
    assertThat(restarted.output()).contains(DeskNode.DONE);
  }
}
