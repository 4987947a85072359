package org.enforcementdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.store.LedgerFixtures.T0;
import static org.enforcementdesk.store.LedgerFixtures.due;
import static org.enforcementdesk.store.LedgerFixtures.id;
import static org.enforcementdesk.store.LedgerFixtures.notice;
import static org.enforcementdesk.store.LedgerFixtures.progress;
import static org.enforcementdesk.store.LedgerFixtures.submitted;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.DueEntry;
import org.enforcementdesk.order.DueKind;
import org.enforcementdesk.order.RecordedCaseEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rest of the ledger contract: case streams, the duplicate-group key, the tick's failures, the outbox's parking,
 * and concurrent writers. Run beside {@link RequestLedgerContract} by every ledger.
 */
public abstract class RequestLedgerContractMore {

  private static final CaseNumber CASE = CaseNumber.parse("（2025）闽0322执1234号");
  private static final Instant LATER = Instant.parse("2026-03-20T00:00:00Z");

  /** The ledger under test, new and empty for each test. */
  protected RequestLedger ledger;

  /** A new, empty ledger of the implementation under test. */
  protected abstract RequestLedger newLedger();

  @BeforeEach
  void newEmptyLedger() {
    ledger = newLedger();
  }

  @Test
  void caseStream_appendsInOrder_andRefusesAStaleVersion() {
    CaseEvent visit = new CaseEvent.ContactRecorded(CASE, T0, Actor.officer("o-1"), ContactKind.VISIT, "P-1", "来访");
    CaseEvent call = new CaseEvent.ContactRecorded(CASE, T0.plusSeconds(60), Actor.officer("o-1"), ContactKind.CALL,
        "P-1", "来电");
    assertThat(ledger.appendCase(CaseAppend.of(CASE, 0, List.of(visit), List.of(), Set.of("risk:open")))).isEqualTo(1);
    assertThat(ledger.appendCase(CaseAppend.of(CASE, 1, List.of(call), List.of(), Set.of()))).isEqualTo(2);

    assertThat(ledger.readCase(CASE)).containsExactly(new RecordedCaseEvent(1, visit), new RecordedCaseEvent(2, call));
    assertThat(ledger.caseVersion(CASE)).isEqualTo(2);
    assertThat(ledger.caseNumbers()).containsExactly(CASE);
    assertThat(ledger.casesLabelled("risk:open")).isEmpty();
    assertThatThrownBy(() -> ledger.appendCase(CaseAppend.of(CASE, 1, List.of(call), List.of(), Set.of())))
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThat(ledger.caseVersion(CASE)).isEqualTo(2);
  }

  @Test
  void duplicateKey_isHeldByOneOrderAtATime_andFreedWhenItLetsGo() {
    Optional<String> key = Optional.of("dup:P-778:FUNDS_PAYOUT:（2025）闽0322执1234号");
    ledger.append(LedgerFixtures.append(id("R-1"), 0, List.of(submitted("R-1")), List.of(), List.of(), Set.of(), key));

    assertThatThrownBy(() -> ledger.append(
        LedgerFixtures.append(id("R-2"), 0, List.of(submitted("R-2")), List.of(), List.of(), Set.of(), key)))
        .isInstanceOf(ConcurrencyConflictException.class)
        .hasMessageContaining("would duplicate the open order R-1");
    assertThat(ledger.version(id("R-2"))).isZero();

    // R-1 resolved: its next append holds no key, and R-2 may take it.
    ledger.append(LedgerFixtures.append(id("R-1"), 1, List.of(progress("R-1", "done", 60)), List.of(), List.of()));
    ledger.append(LedgerFixtures.append(id("R-2"), 0, List.of(submitted("R-2")), List.of(), List.of(), Set.of(), key));
    assertThat(ledger.version(id("R-2"))).isEqualTo(1);
  }

  @Test
  void dueEntryFailure_holdsTheEntryBackUntilItsRetry_parkedForGood_andLeavesWithTheEntry() {
    DueEntry entry = due("R-1", DueKind.RESOLUTION_DUE, "2026-03-09T09:30:00Z");
    ledger.append(LedgerFixtures.append(id("R-1"), 0, List.of(submitted("R-1")), List.of(entry), List.of()));
    Instant failedAt = Instant.parse("2026-03-09T10:00:00Z");
    DueEntryFailure failure =
        new DueEntryFailure(entry, 1, "IllegalStateException: x", failedAt, failedAt.plusSeconds(60), false);

    ledger.recordDueEntryFailure(failure, Optional.empty());

    assertThat(ledger.dueEntryFailure(entry)).contains(failure);
    assertThat(ledger.dueBefore(failedAt.plusSeconds(30), 10)).isEmpty();
    assertThat(ledger.dueBefore(failedAt.plusSeconds(61), 10)).containsExactly(entry);
    DueEntryFailure parked = new DueEntryFailure(entry, 5, "x", failedAt, failedAt, true);
    ledger.recordDueEntryFailure(parked, Optional.of(notice("R-1:parked", NotificationKind.ORDER_PARKED, "R-1")));
    assertThat(ledger.dueBefore(LATER, 10)).isEmpty();
    assertThat(ledger.dueEntryFailures()).containsExactly(parked);
    assertThat(ledger.pending(10)).extracting(n -> n.idempotencyKey()).containsExactly("R-1:parked");

    assertThat(ledger.clearDueEntryFailure(entry)).isTrue();
    assertThat(ledger.clearDueEntryFailure(entry)).isFalse();
    assertThat(ledger.dueBefore(LATER, 10)).containsExactly(entry);

    // A failure of an entry that leaves the index leaves with it.
    ledger.recordDueEntryFailure(failure, Optional.empty());
    ledger.append(LedgerFixtures.append(id("R-1"), 1, List.of(progress("R-1", "x", 60)), List.of(), List.of()));
    assertThat(ledger.dueEntryFailures()).isEmpty();
  }

  @Test
  void outbox_parksAFailingNotification_outOfTheQueue_untilUnparked() {
    ledger.append(LedgerFixtures.append(id("R-1"), 0, List.of(submitted("R-1")), List.of(), List.of(
        notice("k-1", NotificationKind.ACCEPTANCE_NOTICE, "R-1"), notice("k-2", NotificationKind.PROGRESS, "R-1"))));

    assertThat(ledger.recordFailure("k-1")).isEqualTo(1);
    assertThat(ledger.recordFailure("k-1")).isEqualTo(2);
    assertThat(ledger.recordFailure("unknown")).isZero();
    assertThat(ledger.park("k-1", "java.io.IOException",
        Optional.of(notice("k-1:parked", NotificationKind.NOTIFICATION_PARKED, "R-1")))).isTrue();
    assertThat(ledger.park("k-1", "again", Optional.empty())).isFalse();

    assertThat(ledger.pending(10)).extracting(n -> n.idempotencyKey()).containsExactly("k-2", "k-1:parked");
    assertThat(ledger.parked()).singleElement().satisfies(p -> {
      assertThat(p.notification().idempotencyKey()).isEqualTo("k-1");
      assertThat(p.attempts()).isEqualTo(2);
      assertThat(p.reason()).isEqualTo("java.io.IOException");
    });
    assertThat(ledger.unpark("k-1")).isTrue();
    assertThat(ledger.unpark("k-1")).isFalse();
    assertThat(ledger.parked()).isEmpty();
    assertThat(ledger.pending(10)).extracting(n -> n.idempotencyKey()).contains("k-1");
  }

  @Test
  void concurrentAppendsAtOneVersion_exactlyOneWins() throws Exception {
    ledger.append(LedgerFixtures.append(id("R-1"), 0, List.of(submitted("R-1")), List.of(), List.of()));
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger won = new AtomicInteger();
    AtomicInteger lost = new AtomicInteger();
    try {
      List<Future<?>> all = new java.util.ArrayList<>();
      for (int i = 0; i < writers; i++) {
        int n = i;
        all.add(pool.submit(() -> {
          start.await();
          try {
            ledger.append(LedgerFixtures.append(id("R-1"), 1, List.of(progress("R-1", "w" + n, 60)), List.of(),
                List.of()));
            won.incrementAndGet();
          } catch (ConcurrencyConflictException e) {
            lost.incrementAndGet();
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : all) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(won.get()).isEqualTo(1);
    assertThat(lost.get()).isEqualTo(writers - 1);
    assertThat(ledger.version(id("R-1"))).isEqualTo(2);
  }
}
