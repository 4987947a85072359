package org.enforcementdesk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.desk.ResolverDirectory;
import org.enforcementdesk.desk.Submission;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Channels;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.ReadPurpose;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.SlaBreached;
import org.enforcementdesk.order.SlaWarned;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.store.PersonalDataRead;
import org.enforcementdesk.store.RequestLedger;
import org.enforcementdesk.testing.FixedPolicy;
import org.enforcementdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The desk over PostgreSQL: the same commands give the same streams as over the in-memory ledger; two desks on one
 * database open one order per group of simultaneous duplicates and record each crossing once; the audit trail of
 * reads outlives the desk that wrote it and stays with its court.
 */
class DeskOnPostgresTest {

  private static final Actor OFFICER = Actor.officer("o-17");
  private static final Actor DIRECTOR = Actor.director("d-1");
  private static final DelegationTarget MEDIATOR =
      new DelegationTarget(DelegationKind.VILLAGE_MEDIATOR, "vm-houqin", "后沁村调解主任");
  private static final ResolverDirectory RESOLVERS =
      ResolverDirectory.builder().addVillageMediator("后沁村", MEDIATOR).build();

  private static EnforcementDesk desk(RequestLedger ledger, MutableClock clock) {
    return EnforcementDesk.builder().policy(new FixedPolicy()).resolvers(RESOLVERS).ledger(ledger).clock(clock)
        .build();
  }

  private static Request request(String id, String party, int caseSerial) {
    return Request.builder()
        .id(RequestId.of(id))
        .caseNumber(CaseNumber.parse("（2025）闽0322执" + caseSerial + "号"))
        .channel(Channels.standard().byCode("HOTLINE"))
        .type(TaxonomyFile.defaults().type("FUNDS_PAYOUT"))
        .receivedAt(OffsetDateTime.parse("2026-03-02T09:00+08:00"))
        .requester(Party.of(party, PartyRole.APPLICANT, "张三").withPhone("13800000000"))
        .text("请尽快发放案款")
        .facts(RequestFacts.none())
        .build();
  }

  /** A life of every kind: progress, pause, urge, breach and escalation, delegation, resolution, review, closing. */
  private static void story(EnforcementDesk desk, MutableClock clock) {
    for (int i = 1; i <= 4; i++) {
      desk.submit(request("R-" + i, "P-" + i, 100 + i), OFFICER);
    }
    RequestId one = RequestId.of("R-1");
    RequestId two = RequestId.of("R-2");
    RequestId three = RequestId.of("R-3");
    clock.advance(Duration.ofHours(1));
    desk.noteProgress(one, OFFICER, "已电话联系申请人", true);
    desk.pause(two, OFFICER, PauseReason.of(PauseKind.WAITING_FOR_PARTY_MATERIALS));
    desk.forParty("P-3").urge(three, "怎么还没发放？");
    clock.advance(Duration.ofDays(2));
    desk.resume(two, OFFICER);
    desk.delegation().delegate(three, OFFICER, MEDIATOR, "请协助督促");
    clock.advance(Duration.ofDays(8));
    desk.tick();
    desk.forResolver(Actor.resolver(ActorRole.EXTERNAL_RESOLVER, "vm-houqin")).returnDelegation(three, "无法联系");
    desk.resolve(one, OFFICER, "案款已发放");
    desk.forParty("P-1").evaluate(one, Evaluation.of(java.util.Map.of(
        EvaluationAspect.ATTITUDE, Rating.DISSATISFIED, EvaluationAspect.PROCESS, Rating.SATISFIED,
        EvaluationAspect.MANNER, Rating.SATISFIED, EvaluationAspect.MEASURES, Rating.SATISFIED,
        EvaluationAspect.PROCEDURE, Rating.SATISFIED), "态度生硬"));
    clock.advance(Duration.ofHours(2));
    desk.resolve(two, DIRECTOR, "已办结");
    desk.feedback().recordCallback(two, OFFICER, CallbackOutcome.REACHED, "满意");
    desk.feedback().close(two, OFFICER, "闭环");
    clock.advance(Duration.ofDays(3));
    desk.tick();
  }

  @Test
  void theSameCommands_giveTheSameStreams_asInMemory() {
    InMemoryRequestLedger memory = new InMemoryRequestLedger();
    JdbcRequestLedger postgres = JdbcRequestLedger.builder()
        .transactions(Transactions.of(EmbeddedDatabase.newDatabase())).court("FJ-0322").build();
    story(desk(memory, new MutableClock("2026-03-02T09:00+08:00")), new MutableClock("2026-03-02T09:00+08:00"));
    MutableClock clockA = new MutableClock("2026-03-02T09:00+08:00");
    MutableClock clockB = new MutableClock("2026-03-02T09:00+08:00");
    InMemoryRequestLedger again = new InMemoryRequestLedger();
    story(desk(again, clockA), clockA);
    story(desk(postgres, clockB), clockB);

    for (RequestId id : again.workOrderIds()) {
      assertThat(postgres.read(id)).as("%s", id).isEqualTo(again.read(id));
    }
    assertThat(postgres.workOrderIds()).isEqualTo(again.workOrderIds());
    assertThat(postgres.dueBefore(java.time.Instant.parse("2030-01-01T00:00:00Z"), 1000))
        .isEqualTo(again.dueBefore(java.time.Instant.parse("2030-01-01T00:00:00Z"), 1000));
    assertThat(postgres.pending(1000)).isEqualTo(again.pending(1000));
    assertThat(postgres.workOrdersLabelled("open:tier:CENTER_DIRECTOR"))
        .isEqualTo(again.workOrdersLabelled("open:tier:CENTER_DIRECTOR"));
    assertThat(memory.size()).isEqualTo(again.size());
  }

  @Test
  void theAuditTrailOfReads_survivesARestart_andKeepsToItsCourt() {
    DataSource database = EmbeddedDatabase.newDatabase();
    MutableClock clock = new MutableClock("2026-03-02T09:00+08:00");
    EnforcementDesk before = desk(JdbcRequestLedger.builder().transactions(Transactions.of(database))
        .court("FJ-0322").build(), clock);
    before.submit(request("R-1", "P-1", 101), OFFICER);
    before.workOrder(RequestId.of("R-1"), OFFICER, ReadPurpose.of("回访 13800000000"));

    EnforcementDesk after = desk(JdbcRequestLedger.builder().transactions(Transactions.of(database))
        .court("FJ-0322").build(), clock);
    EnforcementDesk neighbour = desk(JdbcRequestLedger.builder().transactions(Transactions.of(database))
        .court("FJ-0323").build(), clock);
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    Instant to = Instant.parse("2027-01-01T00:00:00Z");

    try (Stream<PersonalDataRead> reads = after.personalData().reads(from, to, DIRECTOR)) {
      assertThat(reads.toList()).containsExactly(new PersonalDataRead(clock.instant(), OFFICER, "workOrder", "R-1",
          List.of("P-1"), ReadPurpose.of("回访 138****0000")));
    }
    try (Stream<PersonalDataRead> reads = neighbour.personalData().reads(from, to, DIRECTOR)) {
      assertThat(reads).isEmpty();
    }
  }

  @Test
  void twoDesks_simultaneousDuplicates_openOneOrderPerGroup_andEveryCrossingIsRecordedOnce() throws Exception {
    DataSource database = EmbeddedDatabase.newDatabase();
    MutableClock clock = new MutableClock("2026-03-02T09:00+08:00");
    EnforcementDesk a = desk(JdbcRequestLedger.builder().transactions(Transactions.of(database)).court("FJ-0322")
        .node("a").build(), clock);
    EnforcementDesk b = desk(JdbcRequestLedger.builder().transactions(Transactions.of(database)).court("FJ-0322")
        .node("b").build(), clock);
    int pairs = 60;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Submission>> submitted = new ArrayList<>();
    try {
      for (int i = 0; i < pairs; i++) {
        int n = i;
        submitted.add(pool.submit((Callable<Submission>) () -> a.submit(request("A-" + n, "P-" + n, 500 + n), OFFICER)));
        submitted.add(pool.submit((Callable<Submission>) () -> b.submit(request("B-" + n, "P-" + n, 500 + n), OFFICER)));
      }
      int opened = 0;
      for (Future<Submission> s : submitted) {
        opened += s.get(60, TimeUnit.SECONDS).linkedToOpenOrder() ? 0 : 1;
      }
      assertThat(opened).as("orders opened for %s pairs of duplicates", pairs).isEqualTo(pairs);

      // Both desks tick together once everything is overdue: each crossing is recorded by one of them only.
      clock.advance(Duration.ofDays(10));
      Future<?> ta = pool.submit(() -> a.tick());
      Future<?> tb = pool.submit(() -> b.tick());
      ta.get(120, TimeUnit.SECONDS);
      tb.get(120, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    RequestLedger reader = JdbcRequestLedger.builder().transactions(Transactions.of(database)).court("FJ-0322").build();
    assertThat(reader.size()).isEqualTo(pairs);
    for (RequestId id : reader.workOrderIds()) {
      WorkOrder order = WorkOrder.fold(reader.read(id));
      long breaches = order.history().stream().map(RecordedEvent::event).filter(e -> e instanceof SlaBreached).count();
      long warnings = order.history().stream().map(RecordedEvent::event).filter(e -> e instanceof SlaWarned).count();
      assertThat(breaches).as("%s breaches", id).isEqualTo(order.breached().size());
      assertThat(warnings).as("%s warnings", id).isEqualTo(order.warned().size());
      assertThat(order.breached()).as("%s", id).isNotEmpty();
    }
  }
}
