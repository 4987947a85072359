package org.enforcementdesk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementdesk.store.LedgerFixtures.id;
import static org.enforcementdesk.store.LedgerFixtures.progress;
import static org.enforcementdesk.store.LedgerFixtures.submitted;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.enforcementdesk.store.LedgerFixtures;
import org.junit.jupiter.api.Test;

/**
 * A reader that follows the global position never skips an event that took an earlier position but committed later:
 * it waits for it, and reads it in its place.
 */
class GlobalPositionTest {

  @Test
  void anEarlierPositionCommittedLast_isReadInItsPlace_notSkipped() throws Exception {
    DataSource database = EmbeddedDatabase.newDatabase();
    JdbcRequestLedger ledger =
        JdbcRequestLedger.builder().transactions(Transactions.of(database)).court("FJ-0322").build();
    ledger.append(LedgerFixtures.append(id("R-1"), 0, List.of(submitted("R-1")), List.of(), List.of()));
    ledger.append(LedgerFixtures.append(id("R-2"), 0, List.of(submitted("R-2")), List.of(), List.of()));

    // A slow writer takes the next position and holds its transaction open...
    try (Connection slow = database.getConnection()) {
      slow.setAutoCommit(false);
      Transactions held = new Transactions() {
        @Override
        public <T> T inTransaction(Work<T> work) throws java.sql.SQLException {
          return work.run(slow);
        }
      };
      JdbcRequestLedger slowLedger = JdbcRequestLedger.builder().transactions(held).court("FJ-0322").build();
      slowLedger.append(LedgerFixtures.append(id("R-1"), 1, List.of(progress("R-1", "slow", 60)), List.of(),
          List.of()));
      // ...while a fast one appends after it and commits.
      ledger.append(LedgerFixtures.append(id("R-2"), 1, List.of(progress("R-2", "fast", 60)), List.of(), List.of()));

      List<PositionedEvent> whileOpen = ledger.eventsAfter(0, 100);
      assertThat(whileOpen).extracting(PositionedEvent::streamId).containsExactly("R-1", "R-2");
      long readUpTo = whileOpen.get(whileOpen.size() - 1).position();

      slow.commit();

      List<PositionedEvent> after = ledger.eventsAfter(readUpTo, 100);
      assertThat(after).extracting(e -> e.streamId() + " v" + e.version()).containsExactly("R-1 v2", "R-2 v2");
      assertThat(after.get(0).position()).isLessThan(after.get(1).position());
    }
  }
}
