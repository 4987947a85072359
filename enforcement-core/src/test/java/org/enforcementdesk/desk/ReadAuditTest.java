package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.enforcementdesk.desk.DeskFixtures.DIRECTOR;
import static org.enforcementdesk.desk.DeskFixtures.LEADER;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.PARTY;

import java.io.IOException;
import java.io.StringWriter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.enforcementdesk.json.ReadAuditCsv;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.ReadPurpose;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.store.LedgerUnavailableException;
import org.enforcementdesk.store.ErasureHold;
import org.enforcementdesk.store.PersonalDataLedger;
import org.enforcementdesk.store.PersonalDataRead;
import org.enforcementdesk.store.RecordedRead;
import org.enforcementdesk.testing.FixedPolicy;
import org.junit.jupiter.api.Test;

/**
 * The audit trail of reads (等保): every answer that shows staff or a resolver a party's personal data is recorded
 * before it is given (who, what, when, why), refused reads and commands are not, and leaders export it.
 */
class ReadAuditTest {

  private static final String NOW = "2026-03-02T09:00+08:00";
  private static final String CASE = "（2025）闽0322执1234号";
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

  private final DeskFixtures fixtures = new DeskFixtures(NOW);
  private final EnforcementDesk desk = fixtures.desk;
  private final RequestId first = RequestId.of("R-1");
  private final RequestId second = RequestId.of("R-2");

  private void twoOrdersOfTwoParties() {
    desk.submit(DeskFixtures.request("R-1", "PROGRESS_QUERY", NOW), OFFICER);
    desk.submit(DeskFixtures.request("P-2", "R-2", "FUNDS_PAYOUT", NOW, CASE, RequestFacts.none()), OFFICER);
  }

  private List<PersonalDataRead> trail() {
    try (Stream<PersonalDataRead> reads = desk.personalData().reads(FROM, TO, DIRECTOR)) {
      return reads.toList();
    }
  }

  @Test
  void aStaffRead_isRecorded_withWhoWhatWhenAndWhy() {
    twoOrdersOfTwoParties();

    desk.workOrder(first, OFFICER, ReadPurpose.of("回访申请人"));

    assertThat(trail()).containsExactly(new PersonalDataRead(fixtures.clock.instant(), OFFICER, "workOrder", "R-1",
        List.of(PARTY.id()), ReadPurpose.of("回访申请人")));
  }

  @Test
  void aReadWithoutAPurpose_isRecordedAsUnstated() {
    twoOrdersOfTwoParties();

    desk.workOrdersOfCase(CaseNumber.parse(CASE), OFFICER);

    PersonalDataRead read = trail().get(0);
    assertThat(read.query()).isEqualTo("workOrdersOfCase");
    assertThat(read.subject()).isEqualTo(CaseNumber.parse(CASE).toString());
    assertThat(read.partyIds()).containsExactly(PARTY.id(), "P-2");
    assertThat(read.purpose()).isEqualTo(ReadPurpose.UNSTATED);
  }

  @Test
  void eachQueryThatShowsPersonalData_recordsOneRead_namingEachPartyOnce() {
    twoOrdersOfTwoParties();
    desk.submit(DeskFixtures.request("R-3", "FUNDS_PAYOUT", NOW, "（2025）闽0322执9999号", RequestFacts.none()),
        OFFICER);
    Tier tier = desk.workOrder(first, OFFICER).tier();

    desk.workOrdersOfParty(PARTY.id(), OFFICER);
    desk.queues().openWorkOrders(tier, OFFICER);
    desk.cases().caseFile(CaseNumber.parse(CASE), OFFICER);
    desk.cases().recordContact(CaseNumber.parse(CASE), OFFICER, ContactKind.VISIT, "P-2", "来访询问进度");
    desk.cases().caseFile(CaseNumber.parse(CASE), OFFICER, ReadPurpose.of("研判信访风险"));

    List<PersonalDataRead> trail = trail();
    assertThat(trail).extracting(PersonalDataRead::query)
        .as("a case file without contacts names no party, so that read records nothing")
        .containsExactly("workOrder", "workOrdersOfParty", "openWorkOrders", "caseFile");
    assertThat(trail.get(1).partyIds()).containsExactly(PARTY.id());
    assertThat(trail.get(2).partyIds()).doesNotHaveDuplicates().contains(PARTY.id());
    assertThat(trail.get(2).subject()).isEqualTo(tier.name());
    assertThat(trail.get(3).partyIds()).containsExactly("P-2");
  }

  @Test
  void anEmptyAnswer_refusedReads_andCommands_recordNothing() {
    twoOrdersOfTwoParties();

    desk.queues().openWorkOrdersOfHandler("o-nobody", OFFICER);
    desk.delegation().delegatedTo("vm-nobody", OFFICER);
    assertThatThrownBy(() -> desk.workOrder(first, PARTY)).isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> desk.workOrder(RequestId.of("R-404"), OFFICER))
        .isInstanceOf(InvalidInputException.class);
    desk.noteProgress(first, OFFICER, "已电话联系申请人", true);

    assertThat(trail()).isEmpty();
  }

  @Test
  void aDeskThatRequiresAPurpose_refusesAnUnstatedOne_beforeReading() {
    EnforcementDesk strict = new DeskFixtures(NOW, AcceptanceMode.AUTOMATIC, DeskBuilder::requireReadPurpose).desk;
    strict.submit(DeskFixtures.request("R-1", "PROGRESS_QUERY", NOW), OFFICER);

    assertThatThrownBy(() -> strict.workOrder(first, OFFICER))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("purpose: workOrder shows personal data");
    assertThatThrownBy(() -> strict.workOrder(RequestId.of("R-404"), OFFICER))
        .as("refused alike whether or not the order exists")
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("purpose: workOrder");
    assertThatThrownBy(() -> strict.queues().openWorkOrders(Tier.OFFICER, OFFICER))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("purpose: openWorkOrders");

    assertThat(strict.workOrder(first, OFFICER, ReadPurpose.of("办理诉求")).request().id()).isEqualTo(first);
    try (Stream<PersonalDataRead> reads = strict.personalData().reads(FROM, TO, LEADER)) {
      assertThat(reads.map(r -> r.purpose().text()).toList()).containsExactly("办理诉求");
    }
  }

  @Test
  void aResolversReads_ofWhatIsDelegatedToThem_areRecorded() {
    twoOrdersOfTwoParties();
    desk.delegation().delegate(second, OFFICER, DeskDriver.TO_MEDIATOR, "请协助");
    ResolverDesk mediator = desk.forResolver(DeskDriver.MEDIATOR);

    mediator.delegations();
    mediator.delegation(second);

    assertThat(trail()).extracting(PersonalDataRead::query, PersonalDataRead::reader, PersonalDataRead::purpose)
        .containsExactly(
            tuple("delegations", DeskDriver.MEDIATOR, ReadPurpose.DELEGATION),
            tuple("delegation", DeskDriver.MEDIATOR, ReadPurpose.DELEGATION));
    assertThat(trail().get(0).partyIds()).containsExactly("P-2");
  }

  @Test
  void aReadTheLedgerCannotRecord_isNotAnswered() {
    InterleavingLedger ledger = new InterleavingLedger(new InMemoryRequestLedger());
    EnforcementDesk failing = EnforcementDesk.builder().policy(new FixedPolicy())
        .clock(fixtures.clock).ledger(ledger).build();
    failing.submit(DeskFixtures.request("R-1", "PROGRESS_QUERY", NOW), OFFICER);
    ledger.personalDataThrough(new AuditOutage(ledger.personalData()));

    assertThatThrownBy(() -> failing.workOrder(first, OFFICER))
        .isInstanceOf(LedgerUnavailableException.class).hasMessageContaining("record a read");
    assertThatThrownBy(() -> failing.workOrdersOfParty(PARTY.id(), OFFICER))
        .isInstanceOf(LedgerUnavailableException.class);
    assertThat(failing.workOrdersOfParty("P-nobody", OFFICER)).as("an answer that names no party records nothing")
        .isEmpty();
  }

  @Test
  void onlyTheCentresLeaders_readTheTrail_overAWindowThatMakesSense() {
    assertThatThrownBy(() -> desk.personalData().reads(FROM, TO, OFFICER))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> desk.personalData().reads(FROM, TO, PARTY))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> desk.personalData().reads(TO, FROM, DIRECTOR))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("to: the end of the window");
  }

  @Test
  void theTrail_pagesThroughTheLedger_keepingEveryReadInOrder() {
    twoOrdersOfTwoParties();
    for (int i = 0; i < 1_203; i++) {
      desk.workOrder(i % 2 == 0 ? first : second, OFFICER, ReadPurpose.of("第" + i + "次查阅"));
    }

    List<PersonalDataRead> trail = trail();

    assertThat(trail).hasSize(1_203);
    assertThat(trail.get(1_202).purpose().text()).isEqualTo("第1202次查阅");
    assertThat(trail).extracting(PersonalDataRead::subject).startsWith("R-1", "R-2", "R-1");
  }

  @Test
  void theCsvExport_opensInExcel_withPersonalDataMasked_andNoFormulas() throws IOException {
    twoOrdersOfTwoParties();
    desk.workOrder(first, OFFICER, ReadPurpose.of("=HYPERLINK(\"x\") 致电13800000000"));
    desk.workOrder(second, Actor.director("d-1"), ReadPurpose.of("督办, \"加急\""));
    StringWriter out = new StringWriter();

    long written;
    try (Stream<PersonalDataRead> reads = desk.personalData().reads(FROM, TO, DIRECTOR)) {
      written = ReadAuditCsv.write(reads, out);
    }

    String at = fixtures.clock.instant().toString();
    assertThat(written).isEqualTo(2);
    assertThat(out.toString()).startsWith("\uFEFFat,reader_role,reader_id,query,subject,party_ids,purpose\n")
        .contains(at + ",OFFICER,o-17,workOrder,R-1,P-778,\"'=HYPERLINK(\"\"x\"\") 致电138****0000\"\n")
        .contains(at + ",CENTER_DIRECTOR,d-1,workOrder,R-2,P-2,\"督办, \"\"加急\"\"\"\n")
        .doesNotContain("13800000000");
  }

  /** The personal-data side of a ledger whose audit table cannot be written: a full disk, a revoked grant. */
  private record AuditOutage(PersonalDataLedger delegate) implements PersonalDataLedger {

    @Override
    public void recordRead(PersonalDataRead read) {
      throw new LedgerUnavailableException("record a read of personal data", new SQLException("disk full"));
    }

    @Override
    public List<RecordedRead> reads(Instant from, Instant to, long afterPosition, int limit) {
      return delegate.reads(from, to, afterPosition, limit);
    }

    @Override
    public void placeHold(ErasureHold hold) {
      delegate.placeHold(hold);
    }

    @Override
    public boolean releaseHold(String partyId, String name) {
      return delegate.releaseHold(partyId, name);
    }

    @Override
    public List<ErasureHold> holds(String partyId) {
      return delegate.holds(partyId);
    }

    @Override
    public int erase(String partyId, Instant now) {
      return delegate.erase(partyId, now);
    }

    @Override
    public Optional<Instant> erasedAt(String partyId) {
      return delegate.erasedAt(partyId);
    }
  }
}
