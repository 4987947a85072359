package org.enforcementdesk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.enforcementdesk.json.EnforcementJson;
import org.enforcementdesk.json.SampleEvents;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.PersonalDataErasure;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.order.WorkOrderProjection;
import org.enforcementdesk.privacy.PersonalDataCipher;
import org.enforcementdesk.store.LedgerAppend;
import org.enforcementdesk.store.LedgerFixtures;
import org.junit.jupiter.api.Test;

/**
 * What the database itself holds: with encryption on, no personal data of any sample event is in a row; after the
 * party's erasure its key row is gone and the history still reads, erased.
 */
class PersonalDataAtRestTest {

  @Test
  void noRowHoldsPersonalData_andErasureLeavesAReadableHistory() throws Exception {
    DataSource database = EmbeddedDatabase.newDatabase();
    JdbcRequestLedger ledger = JdbcRequestLedger.builder().transactions(Transactions.of(database)).court("FJ-0322")
        .personalData(EnforcementJson.defaults(), EncryptedPersonalDataContractTest.masterKeys(),
            PersonalDataCipher.AES_GCM).build();
    List<WorkOrderEvent> events = SampleEvents.workOrderEvents();
    RequestId id = events.get(0).requestId();
    ledger.append(new LedgerAppend(id, 0, ImmutableList.copyOf(events),
        new WorkOrderProjection(SampleEvents.PARTY, Optional.empty(), ImmutableSet.of(), ImmutableList.of(),
            Optional.empty()), ImmutableList.of(), Optional.empty()));
    assertThat(ledger.read(id)).extracting(RecordedEvent::event).containsExactlyElementsOf(events);

    String everything = dump(database);
    assertThat(everything).contains("AES-GCM");
    for (String personal : personalFieldsOf(events)) {
      assertThat(everything).as("stored in the clear: %s", personal).doesNotContain(personal);
    }

    ledger.personalData().erase(SampleEvents.PARTY, events.get(0).at());

    assertThat(count(database, "SELECT count(*) FROM ed_party_keys")).isZero();
    List<RecordedEvent> erased = ledger.read(id);
    assertThat(erased).hasSize(events.size());
    for (int i = 0; i < events.size(); i++) {
      assertThat(erased.get(i).event()).isEqualTo(PersonalDataErasure.erased(events.get(i)));
    }
  }

  @Test
  void anAppendWhoseProjectionNamesAnotherParty_isSealedForTheRequester_andReadsBack() {
    JdbcRequestLedger ledger = JdbcRequestLedger.builder().transactions(Transactions.of(EmbeddedDatabase.newDatabase()))
        .court("FJ-0322").personalData(EnforcementJson.defaults(), EncryptedPersonalDataContractTest.masterKeys(),
            PersonalDataCipher.AES_GCM).build();
    Request request = LedgerFixtures.request("R-1", "（2025）闽0322执1234号", "P-1");
    ledger.append(LedgerFixtures.append(RequestId.of("R-1"), 0, List.of(LedgerFixtures.submitted(request)),
        List.of(), List.of()));
    // The fixture's later appends name the sample's party (P-778), which the SPI lets a ledger ignore.
    ledger.append(LedgerFixtures.append(RequestId.of("R-1"), 1,
        List.of(LedgerFixtures.progress("R-1", "已联系张三", 60)), List.of(), List.of()));

    assertThat(ledger.read(RequestId.of("R-1")).get(1).event())
        .isEqualTo(LedgerFixtures.progress("R-1", "已联系张三", 60));
  }

  /** The sample's personal values, as erasure would take them out: the texts the erased events no longer hold. */
  private static List<String> personalFieldsOf(List<WorkOrderEvent> events) {
    assertThat(events).isNotEmpty();
    List<String> found = new ArrayList<>();
    Request request = SampleEvents.request("R-x");
    found.add(request.requester().unmaskedName());
    request.requester().unmaskedPhone().ifPresent(found::add);
    request.requester().unmaskedIdNumber().ifPresent(found::add);
    found.add(request.unmaskedText());
    assertThat(found).hasSizeGreaterThanOrEqualTo(4);
    return found;
  }

  private static String dump(DataSource database) throws Exception {
    StringBuilder all = new StringBuilder();
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      for (String table : List.of("ed_events", "ed_streams", "ed_labels", "ed_outbox", "ed_party_keys")) {
        try (ResultSet rows = s.executeQuery("SELECT * FROM " + table)) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            for (int i = 1; i <= columns; i++) {
              all.append(rows.getString(i)).append('|');
            }
            all.append('\n');
          }
        }
      }
    }
    return all.toString();
  }

  private static long count(DataSource database, String query) throws Exception {
    try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
      r.next();
      return r.getLong(1);
    }
  }
}
