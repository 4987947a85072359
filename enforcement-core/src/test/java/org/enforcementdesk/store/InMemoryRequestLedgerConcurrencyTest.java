package org.enforcementdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementdesk.store.LedgerFixtures.T0;
import static org.enforcementdesk.store.LedgerFixtures.id;
import static org.enforcementdesk.store.LedgerFixtures.notice;
import static org.enforcementdesk.store.LedgerFixtures.progress;
import static org.enforcementdesk.store.LedgerFixtures.submitted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.order.DueEntry;
import org.enforcementdesk.order.DueKind;
import org.enforcementdesk.order.ProgressNoted;
import org.enforcementdesk.order.RecordedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many writers and readers on one ledger. The checks are on the final state and on what readers saw, never on
 * timing; the waits only keep a broken ledger from hanging the build.
 */
class InMemoryRequestLedgerConcurrencyTest {

  private static final int WRITERS = 8;
  private static final int READERS = 2;
  private static final int STREAMS = 50;
  private static final int APPENDS_PER_WRITER = 400;
  private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

  private final InMemoryRequestLedger ledger = new InMemoryRequestLedger();
  private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("pool stopped").isTrue();
  }

  @Test
  void append_manyWritersOnSharedStreams_keepsStreamsIndexAndOutboxExact() throws Exception {
    Set<String> expectedKeys = new HashSet<>();
    for (int s = 0; s < STREAMS; s++) {
      String stream = stream(s);
      ledger.append(
          LedgerFixtures.append(
              id(stream),
              0,
              List.of(submitted(stream)),
              dues(stream, 1),
              List.of(notice(stream + "/accepted", NotificationKind.ACCEPTANCE_NOTICE, stream))));
      expectedKeys.add(stream + "/accepted");
    }
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean writing = new AtomicBoolean(true);
    List<Future<List<String>>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      writers.add(pool.submit(writer(w, start)));
    }
    List<Future<Integer>> readers = new ArrayList<>();
    for (int r = 0; r < READERS; r++) {
      readers.add(pool.submit(reader(r, start, writing)));
    }

    start.countDown();
    List<String> written = new ArrayList<>();
    for (Future<List<String>> writer : writers) {
      written.addAll(writer.get(20, TimeUnit.SECONDS));
    }
    writing.set(false);
    for (Future<Integer> reader : readers) {
      assertThat(reader.get(20, TimeUnit.SECONDS)).as("reads checked").isPositive();
    }

    // Every successful append is stored exactly once, as two consecutive events, with no gaps or duplicates.
    assertThat(written).hasSize(WRITERS * APPENDS_PER_WRITER).doesNotHaveDuplicates();
    List<String> stored = new ArrayList<>();
    List<DueEntry> expectedDues = new ArrayList<>();
    long events = 0;
    for (int s = 0; s < STREAMS; s++) {
      String stream = stream(s);
      List<RecordedEvent> read = ledger.read(id(stream));
      assertVersionsOneToN(read);
      assertThat(ledger.version(id(stream))).isEqualTo(read.size());
      for (int i = 1; i < read.size(); i += 2) {
        String note = ((ProgressNoted) read.get(i).event()).note();
        assertThat(((ProgressNoted) read.get(i + 1).event()).note()).isEqualTo(note + "/2");
        stored.add(note);
      }
      events += read.size();
      expectedDues.addAll(dues(stream, read.size()));
    }
    assertThat(stored).containsExactlyInAnyOrderElementsOf(written);
    assertThat(events).isEqualTo(STREAMS + 2L * written.size());
    assertThat(ledger.size()).isEqualTo(STREAMS);

    // The due index holds each stream's last dues and nothing older.
    expectedDues.sort(null);
    assertThat(ledger.dueBefore(FAR_FUTURE, Integer.MAX_VALUE)).containsExactlyElementsOf(expectedDues);

    // The outbox holds every notification of every successful append, once.
    written.forEach(note -> expectedKeys.add(note + "/progress"));
    List<Notification> pending = ledger.pending(Integer.MAX_VALUE);
    assertThat(pending).extracting(Notification::idempotencyKey).doesNotHaveDuplicates();
    assertThat(pending.stream().map(Notification::idempotencyKey).collect(Collectors.toSet()))
        .isEqualTo(expectedKeys);
  }

  @Test
  void append_twoWritersWithTheSameExpectedVersion_exactlyOneWins() throws Exception {
    int rounds = 200;
    for (int s = 0; s < rounds; s++) {
      LedgerFixtures.open(ledger, stream(s));
    }
    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<Set<Integer>>> racers = new ArrayList<>();
    for (int racer = 0; racer < 2; racer++) {
      int me = racer;
      racers.add(
          pool.submit(
              () -> {
                Set<Integer> won = new HashSet<>();
                for (int s = 0; s < rounds; s++) {
                  String stream = stream(s);
                  LedgerAppend append =
                      LedgerFixtures.append(
                          id(stream),
                          1,
                          List.of(progress(stream, "racer " + me, s)),
                          dues(stream, 2),
                          List.of(notice(stream + "/racer-" + me, NotificationKind.PROGRESS, stream)));
                  together.await(10, TimeUnit.SECONDS);
                  try {
                    ledger.append(append);
                    won.add(s);
                  } catch (ConcurrencyConflictException lost) {
                    assertThat(lost.actualVersion()).isEqualTo(2);
                  }
                }
                return won;
              }));
    }
    Set<Integer> first = racers.get(0).get(20, TimeUnit.SECONDS);
    Set<Integer> second = racers.get(1).get(20, TimeUnit.SECONDS);

    assertThat(first).doesNotContainAnyElementsOf(second);
    Set<Integer> all = new HashSet<>(first);
    all.addAll(second);
    assertThat(all).hasSize(rounds);
    for (int s = 0; s < rounds; s++) {
      String stream = stream(s);
      String winner = first.contains(s) ? "racer 0" : "racer 1";
      assertThat(ledger.read(id(stream)))
          .extracting(RecordedEvent::event)
          .last()
          .isEqualTo(progress(stream, winner, s));
    }
    assertThat(ledger.pending(Integer.MAX_VALUE)).hasSize(rounds);
    assertThat(ledger.dueBefore(FAR_FUTURE, Integer.MAX_VALUE)).hasSize(2 * rounds);
  }

  /**
   * A writer that appends {@link #APPENDS_PER_WRITER} times to random streams: read the version, append two events,
   * the dues for the new version and one notification; on a conflict read again and retry. Returns the note of
   * every append that succeeded.
   */
  private Callable<List<String>> writer(int w, CountDownLatch start) {
    return () -> {
      SplittableRandom random = new SplittableRandom(w);
      List<String> written = new ArrayList<>(APPENDS_PER_WRITER);
      start.await();
      for (int i = 0; i < APPENDS_PER_WRITER; i++) {
        String stream = stream(random.nextInt(STREAMS));
        String note = "w" + w + "-" + i;
        while (true) {
          long version = ledger.version(id(stream));
          LedgerAppend append =
              LedgerFixtures.append(
                  id(stream),
                  version,
                  List.of(progress(stream, note, i), progress(stream, note + "/2", i)),
                  dues(stream, version + 2),
                  List.of(notice(note + "/progress", NotificationKind.PROGRESS, stream)));
          try {
            ledger.append(append);
            break;
          } catch (ConcurrencyConflictException conflict) {
            // Someone else got there first; read the new version and try again.
          }
        }
        written.add(note);
      }
      return written;
    };
  }

  /**
   * A reader that checks, while writers run, that it never sees half an append: every stream has an odd number of
   * events (a submission, then pairs) numbered 1..n, and the due index only ever holds two entries per stream.
   * Returns how many reads it checked.
   */
  private Callable<Integer> reader(int r, CountDownLatch start, AtomicBoolean writing) {
    return () -> {
      SplittableRandom random = new SplittableRandom(1000 + r);
      int checked = 0;
      start.await();
      do {
        List<RecordedEvent> read = ledger.read(id(stream(random.nextInt(STREAMS))));
        assertVersionsOneToN(read);
        assertThat(read.size() % 2).as("events after whole appends").isEqualTo(1);
        assertThat(ledger.dueBefore(FAR_FUTURE, Integer.MAX_VALUE)).hasSize(2 * STREAMS);
        checked++;
      } while (writing.get());
      return checked;
    };
  }

  private static void assertVersionsOneToN(List<RecordedEvent> read) {
    assertThat(read)
        .extracting(RecordedEvent::version)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, read.size()).mapToObj(v -> (long) v).toList());
  }

  private static String stream(int s) {
    return "R-" + s;
  }

  /** The dues a stream has at {@code version}: distinct per version, so stale ones would show. */
  private static List<DueEntry> dues(String stream, long version) {
    return List.of(
        new DueEntry(id(stream), DueKind.RESPONSE_DUE, T0.plusSeconds(version)),
        new DueEntry(id(stream), DueKind.RESOLUTION_DUE, T0.plusSeconds(3600 + version)));
  }
}
