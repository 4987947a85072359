package org.enforcementdesk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.jdbc.reliability.DeskNode;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.store.LedgerAppend;
import org.enforcementdesk.testing.FixedPolicy;
import org.enforcementdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** Orders imported in bulk read, list and fall due exactly as if appended one by one; a bad batch writes nothing. */
class BulkImportTest {

  @Test
  void importedOrders_areWhatTheLedgerWouldHoldAfterAppendingThemOneByOne() {
    InMemoryRequestLedger memory = new InMemoryRequestLedger();
    EnforcementDesk desk = EnforcementDesk.builder().policy(new FixedPolicy())
        .clock(new MutableClock("2026-03-02T09:00+08:00")).ledger(memory).build();
    for (int i = 0; i < 50; i++) {
      desk.submit(DeskNode.request("R-" + i, i), DeskNode.OFFICER);
    }
    List<LedgerAppend> appends = new ArrayList<>();
    for (RequestId id : memory.workOrderIds()) {
      List<RecordedEvent> events = memory.read(id);
      appends.add(LedgerAppend.of(WorkOrder.fold(events), 0,
          events.stream().map(RecordedEvent::event).toList(), List.of()));
    }
    JdbcRequestLedger ledger = JdbcRequestLedger.builder().transactions(Transactions.of(EmbeddedDatabase.newDatabase()))
        .court("FJ-0322").build();

    ledger.importNew(appends);

    assertThat(ledger.workOrderIds()).isEqualTo(memory.workOrderIds());
    for (RequestId id : memory.workOrderIds()) {
      assertThat(ledger.read(id)).isEqualTo(memory.read(id));
    }
    Instant later = Instant.parse("2026-04-01T00:00:00Z");
    assertThat(ledger.dueBefore(later, 1000)).isEqualTo(memory.dueBefore(later, 1000));
    for (String label : appends.get(0).projection().labels()) {
      assertThat(ledger.workOrdersLabelled(label)).as(label).isEqualTo(memory.workOrdersLabelled(label));
    }

    assertThatThrownBy(() -> ledger.importNew(appends.subList(0, 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing was written");
    assertThat(ledger.size()).isEqualTo(50);
  }
}
