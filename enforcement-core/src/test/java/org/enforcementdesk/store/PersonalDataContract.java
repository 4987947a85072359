package org.enforcementdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.store.LedgerFixtures.OFFICER;
import static org.enforcementdesk.store.LedgerFixtures.T0;
import static org.enforcementdesk.store.LedgerFixtures.append;
import static org.enforcementdesk.store.LedgerFixtures.id;
import static org.enforcementdesk.store.LedgerFixtures.progress;
import static org.enforcementdesk.store.LedgerFixtures.submitted;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.ReadPurpose;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.Recipient;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.PersonalDataErasure;
import org.enforcementdesk.order.ProgressNoted;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.Submitted;
import org.enforcementdesk.order.WorkOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger contract for personal data: erasure (PIPL Art. 47) keeps the history and takes out the party's data,
 * holds block it with a refusal that names them and changes nothing; the audit trail of reads keeps each read, in
 * order, paged by position. Every ledger runs it.
 */
public abstract class PersonalDataContract {

  private static final CaseNumber CASE = CaseNumber.parse("（2025）闽0322执1234号");
  private static final String ERASED = PersonalDataErasure.ERASED;

  /** The ledger under test, new and empty for each test. */
  protected RequestLedger ledger;

  /** A new, empty ledger of the implementation under test. */
  protected abstract RequestLedger newLedger();

  @BeforeEach
  void newEmptyLedger() {
    ledger = newLedger();
  }

  /** The sample request by a party with a phone and an identity number. */
  private static Request requestBy(String id, String partyId) {
    Party party = Party.of(partyId, PartyRole.APPLICANT, "张三").withPhone("13905951234")
        .withIdNumber("350322199001011234");
    return LedgerFixtures.request(id, CASE.toString(), partyId).toBuilder().requester(party)
        .text("申请续封车辆，车牌闽C12345").build();
  }

  private void openWithNote(String id, String partyId) {
    Submitted submitted = submitted(requestBy(id, partyId));
    ProgressNoted note = progress(id, "已联系申请人张三", 60);
    Notification toParty = Notification.of("progress:" + id, NotificationKind.PROGRESS, id(id),
        new Recipient(Recipient.Kind.PARTY, partyId), T0, Map.of("progress", "已联系申请人张三"));
    ledger.append(append(id(id), 0, List.of(submitted, note), List.of(), List.of(toParty), Set.of("open")));
  }

  @Test
  void erasure_takesOutTheName_numbers_andTexts_keepingTheHistory() {
    openWithNote("R-1", "P-1");
    openWithNote("R-2", "P-2");

    assertThat(ledger.personalData().erase("P-1", T0.plusSeconds(3600))).isEqualTo(1);

    List<RecordedEvent> erased = ledger.read(id("R-1"));
    assertThat(erased).hasSize(2);
    Request request = ((Submitted) erased.get(0).event()).request();
    assertThat(request.requester().unmaskedName()).isEqualTo(ERASED);
    assertThat(request.requester().unmaskedPhone()).isEmpty();
    assertThat(request.requester().unmaskedIdNumber()).isEmpty();
    assertThat(request.unmaskedText()).isEqualTo(ERASED);
    assertThat(((ProgressNoted) erased.get(1).event()).note()).isEqualTo(ERASED);
    assertThat(request.type()).isEqualTo(requestBy("R-1", "P-1").type());
    assertThat(WorkOrder.fold(erased.subList(0, 1)).request().requester().unmaskedName()).isEqualTo(ERASED);
    assertThat(ledger.workOrdersOfParty("P-1")).containsExactly(id("R-1"));
    assertThat(ledger.workOrdersLabelled("open")).contains(id("R-1"));
    assertThat(ledger.personalData().erasedAt("P-1")).contains(T0.plusSeconds(3600));

    Request other = ((Submitted) ledger.read(id("R-2")).get(0).event()).request();
    assertThat(other).isEqualTo(requestBy("R-2", "P-2"));
    assertThat(ledger.personalData().erasedAt("P-2")).isEmpty();
  }

  @Test
  void erasure_parksThePartysPendingNotifications_withoutTheirValues() {
    openWithNote("R-1", "P-1");
    openWithNote("R-2", "P-2");

    ledger.personalData().erase("P-1", T0);

    assertThat(ledger.pending(10)).extracting(Notification::idempotencyKey).containsExactly("progress:R-2");
    assertThat(ledger.parked()).singleElement().satisfies(p -> {
      assertThat(p.notification().idempotencyKey()).isEqualTo("progress:R-1");
      assertThat(p.notification().values()).containsExactly(Map.entry("progress", ERASED));
    });
  }

  @Test
  void erasure_takesOutTheVisitingPartysNotes_only() {
    CaseEvent mine = new CaseEvent.ContactRecorded(CASE, T0, OFFICER, ContactKind.VISIT, "P-1", "张三来访，称车辆在厦门");
    CaseEvent theirs = new CaseEvent.ContactRecorded(CASE, T0.plusSeconds(1), OFFICER, ContactKind.CALL, "P-9",
        "被执行人来电");
    ledger.appendCase(CaseAppend.of(CASE, 0, List.of(mine, theirs), List.of(), Set.of()));

    ledger.personalData().erase("P-1", T0);

    assertThat(ledger.readCase(CASE)).extracting(e -> ((CaseEvent.ContactRecorded) e.event()).note())
        .containsExactly(ERASED, "被执行人来电");
  }

  @Test
  void aLegalHold_blocksErasure_namingIt_andChangesNothing_untilReleased() {
    openWithNote("R-1", "P-1");
    ledger.personalData().placeHold(ErasureHold.legalHold("P-1", "（2026）闽0322执异12号", "执行异议审查中"));
    List<RecordedEvent> before = ledger.read(id("R-1"));

    assertThatThrownBy(() -> ledger.personalData().erase("P-1", T0))
        .isInstanceOf(ErasureRefusedException.class)
        .hasMessageContaining("P-1")
        .hasMessageContaining("（2026）闽0322执异12号 (执行异议审查中), until released")
        .hasMessageContaining("nothing was changed")
        .hasMessageNotContaining("张三");
    assertThat(ledger.read(id("R-1"))).isEqualTo(before);
    assertThat(ledger.pending(10)).hasSize(1);
    assertThat(ledger.personalData().erasedAt("P-1")).isEmpty();

    assertThat(ledger.personalData().releaseHold("P-1", "（2026）闽0322执异12号")).isTrue();
    assertThat(ledger.personalData().releaseHold("P-1", "（2026）闽0322执异12号")).isFalse();
    ledger.personalData().erase("P-1", T0);
    assertThat(((Submitted) ledger.read(id("R-1")).get(0).event()).request().requester().unmaskedName()).isEqualTo(ERASED);
  }

  @Test
  void aRetentionPeriod_blocksErasureUntilItEnds() {
    openWithNote("R-1", "P-1");
    Instant end = Instant.parse("2031-01-01T00:00:00Z");
    ErasureHold retention = ErasureHold.retainedUntil("P-1", "档案保管期限", "执行卷宗保管五年", end);
    ledger.personalData().placeHold(retention);
    assertThat(ledger.personalData().holds("P-1")).containsExactly(retention);

    assertThatThrownBy(() -> ledger.personalData().erase("P-1", end.minusSeconds(1)))
        .isInstanceOf(ErasureRefusedException.class)
        .hasMessageContaining("until 2031-01-01T00:00:00Z")
        .satisfies(e -> assertThat(((ErasureRefusedException) e).holds()).containsExactly(retention));

    assertThat(ledger.personalData().erase("P-1", end)).isEqualTo(1);
  }

  @Test
  void aPartyErased_canSubmitAgain_andItsNewDataIsKept_untilErasedAgain() {
    openWithNote("R-1", "P-1");
    ledger.personalData().erase("P-1", T0);
    openWithNote("R-2", "P-1");

    assertThat(((Submitted) ledger.read(id("R-2")).get(0).event()).request()).isEqualTo(requestBy("R-2", "P-1"));
    assertThat(((Submitted) ledger.read(id("R-1")).get(0).event()).request().requester().unmaskedName()).isEqualTo(ERASED);

    assertThat(ledger.personalData().erase("P-1", T0.plusSeconds(60))).isEqualTo(2);
    assertThat(((Submitted) ledger.read(id("R-2")).get(0).event()).request().requester().unmaskedName()).isEqualTo(ERASED);
  }

  @Test
  void aPartyWithNoOrders_erasesToNothing() {
    assertThat(ledger.personalData().erase("P-404", T0)).isZero();
    assertThat(ledger.personalData().erasedAt("P-404")).contains(T0);
  }

  private static PersonalDataRead readAt(Instant at, String query, String... partyIds) {
    return new PersonalDataRead(at, OFFICER, query, "R-1", List.of(partyIds), ReadPurpose.of("办理诉求"));
  }

  @Test
  void readsAreKept_inTheOrderRecorded_withEveryField() {
    PersonalDataRead first = readAt(T0, "workOrder", "P-1");
    PersonalDataRead second = readAt(T0.plusSeconds(1), "openWorkOrders", "P-2", "P-1");
    ledger.personalData().recordRead(first);
    ledger.personalData().recordRead(second);

    List<RecordedRead> page = ledger.personalData().reads(T0, T0.plusSeconds(60), 0, 10);

    assertThat(page).extracting(RecordedRead::read).containsExactly(first, second);
    assertThat(page.get(1).position()).isGreaterThan(page.get(0).position());
  }

  @Test
  void reads_pageOnFromTheLastPosition_andKeepToTheirWindow() {
    for (int i = 0; i < 5; i++) {
      ledger.personalData().recordRead(readAt(T0.plusSeconds(i), "q" + i, "P-" + i));
    }
    PersonalDataLedger personal = ledger.personalData();

    List<RecordedRead> firstPage = personal.reads(T0, T0.plusSeconds(4), 0, 2);
    List<RecordedRead> secondPage = personal.reads(T0, T0.plusSeconds(4), firstPage.get(1).position(), 2);
    List<RecordedRead> lastPage = personal.reads(T0, T0.plusSeconds(4), secondPage.get(1).position(), 2);

    assertThat(firstPage).extracting(r -> r.read().query()).containsExactly("q0", "q1");
    assertThat(secondPage).extracting(r -> r.read().query()).containsExactly("q2", "q3");
    assertThat(lastPage).as("the window's end is exclusive").isEmpty();
    assertThat(personal.reads(T0.plusSeconds(1), T0.plusSeconds(2), 0, 10))
        .extracting(r -> r.read().query()).containsExactly("q1");
    assertThat(personal.reads(T0.plusSeconds(9), T0.plusSeconds(9), 0, 10)).isEmpty();
  }

  @Test
  void aMalformedPageOfReads_isRefused() {
    PersonalDataLedger personal = ledger.personalData();

    assertThatThrownBy(() -> personal.reads(T0, T0.plusSeconds(1), 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit > 0");
    assertThatThrownBy(() -> personal.reads(T0, T0.plusSeconds(1), -1, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("afterPosition >= 0");
    assertThatThrownBy(() -> personal.reads(T0.plusSeconds(1), T0, 0, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from <= to");
  }

  @Test
  void aReadKeepsItsInstantExactly() {
    Instant exact = T0.plusNanos(123_456_789);
    ledger.personalData().recordRead(readAt(exact, "workOrder", "P-1"));

    assertThat(ledger.personalData().reads(T0, T0.plusSeconds(1), 0, 1).get(0).read().at()).isEqualTo(exact);
  }
}
