package org.enforcementdesk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementdesk.store.LedgerFixtures.due;
import static org.enforcementdesk.store.LedgerFixtures.id;
import static org.enforcementdesk.store.LedgerFixtures.notice;
import static org.enforcementdesk.store.LedgerFixtures.submitted;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.order.DueEntry;
import org.enforcementdesk.order.DueKind;
import org.enforcementdesk.store.LedgerFixtures;
import org.junit.jupiter.api.Test;

/**
 * Two nodes over one database share the due queue and the outbox: their claims never overlap, together they take
 * everything, and what a node that died had claimed goes to another once its lease runs out. Also, one database
 * serves two courts that never see each other's streams.
 */
class TwoNodesClaimTest {

  private static final Instant LATER = Instant.parse("2026-04-01T00:00:00Z");

  private final DataSource database = EmbeddedDatabase.newDatabase();

  private JdbcRequestLedger node(String name, Duration lease) {
    return JdbcRequestLedger.builder().transactions(Transactions.of(database)).court("FJ-0322").node(name)
        .lease(lease).build();
  }

  @Test
  void claims_areDisjoint_coverEverything_andALapsedLeaseFreesTheEntries() throws Exception {
    JdbcRequestLedger a = node("node-a", Duration.ofSeconds(1));
    JdbcRequestLedger b = node("node-b", Duration.ofSeconds(1));
    List<Notification> notices = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String id = "R-" + i;
      Notification n = notice("k-" + i, NotificationKind.PROGRESS, id);
      notices.add(n);
      a.append(LedgerFixtures.append(id(id), 0, List.of(submitted(id)),
          List.of(due(id, DueKind.RESOLUTION_DUE, "2026-03-09T09:30:00Z")), List.of(n)));
    }

    List<DueEntry> byA = a.claimDue(LATER, 25);
    List<DueEntry> byB = b.claimDue(LATER, 25);
    Set<DueEntry> overlap = new HashSet<>(byA);
    overlap.retainAll(byB);
    assertThat(byA).hasSize(25);
    assertThat(byB).hasSize(15);
    assertThat(overlap).isEmpty();
    assertThat(a.claimDue(LATER, 100)).isEqualTo(byA); // a node's own claims come back to it
    assertThat(b.claimDue(LATER, 100)).containsExactlyElementsOf(byB);

    List<Notification> sentByA = a.claimPending(30);
    List<Notification> sentByB = b.claimPending(30);
    assertThat(sentByA).hasSize(30);
    assertThat(sentByB).hasSize(10).doesNotContainAnyElementsOf(sentByA);

    // Node A dies: once its lease has lapsed by the database's clock, B takes its entries.
    Thread.sleep(1_500);
    JdbcRequestLedger c = node("node-c", Duration.ofSeconds(30));
    assertThat(c.claimDue(LATER, 100)).hasSize(40);
  }

  @Test
  void twoCourts_onOneDatabase_neverSeeEachOther() {
    JdbcRequestLedger putian = node("n", Duration.ofMinutes(1));
    JdbcRequestLedger xianyou = JdbcRequestLedger.builder().transactions(Transactions.of(database))
        .court("FJ-0322-XY").build();
    putian.append(LedgerFixtures.append(id("R-1"), 0, List.of(submitted("R-1")), List.of(), List.of()));
    xianyou.append(LedgerFixtures.append(id("R-1"), 0, List.of(submitted("R-1")), List.of(), List.of()));

    assertThat(putian.size()).isEqualTo(1);
    assertThat(xianyou.workOrderIds()).containsExactly(id("R-1"));
    assertThat(xianyou.version(id("R-1"))).isEqualTo(1);
    assertThat(putian.read(id("R-1"))).hasSize(1);
  }
}
