package org.enforcementdesk.notify;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.notify.SampleNotifications.DIRECTOR;
import static org.enforcementdesk.notify.SampleNotifications.PARTY;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationDispatcherTest {

  /**
   * 26 notifications over 5 requests, cycling through every kind, to the party and the director alternately, in
   * the order a ledger would record them.
   */
  private static List<Notification> mixedNotifications() {
    List<Notification> all = new ArrayList<>();
    NotificationKind[] kinds = NotificationKind.values();
    for (int i = 0; i < 26; i++) {
      NotificationKind kind = kinds[i % kinds.length];
      String request = "R-" + (i % 5);
      Recipient recipient = i % 2 == 0 ? PARTY : DIRECTOR;
      all.add(notification(request + ":" + i, kind, request, recipient));
    }
    return all;
  }

  private static Notification notification(String key, NotificationKind kind, String request, Recipient to) {
    return SampleNotifications.of(key, kind, request, to, SampleNotifications.valuesOf(kind));
  }

  /** A sink that records what it delivered successfully and throws on the calls or notifications it is told to. */
  private static final class RecordingSink implements NotificationSink {
    final List<Notification> delivered = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger calls = new AtomicInteger();
    final IntPredicate failsOnCall;
    final Predicate<Notification> failsOn;

    RecordingSink(IntPredicate failsOnCall, Predicate<Notification> failsOn) {
      this.failsOnCall = failsOnCall;
      this.failsOn = failsOn;
    }

    @Override
    public void deliver(Notification notification) throws Exception {
      int call = calls.incrementAndGet();
      if (failsOnCall.test(call) || failsOn.test(notification)) {
        throw new IOException("SMS gateway unavailable");
      }
      delivered.add(notification);
    }

    Map<String, Integer> deliveriesByKey() {
      Map<String, Integer> counts = new HashMap<>();
      synchronized (delivered) {
        for (Notification n : delivered) {
          counts.merge(n.idempotencyKey(), 1, Integer::sum);
        }
      }
      return counts;
    }
  }

  private static Map<NotificationKind, Long> countByKind(List<Notification> notifications) {
    Map<NotificationKind, Long> counts = new EnumMap<>(NotificationKind.class);
    for (Notification n : notifications) {
      counts.merge(n.kind(), 1L, Long::sum);
    }
    return counts;
  }

  private static List<String> keysOf(List<Notification> notifications, String request, Recipient recipient) {
    List<String> keys = new ArrayList<>();
    for (Notification n : notifications) {
      if (n.requestId().value().equals(request) && n.recipient().equals(recipient)) {
        keys.add(n.idempotencyKey());
      }
    }
    return keys;
  }

  @ParameterizedTest(name = "first call fails: {0}")
  @ValueSource(booleans = {true, false})
  void dispatch_sinkFailingEveryOtherCall_deliversEveryNotificationExactlyOnce(boolean firstCallFails) {
    List<Notification> all = mixedNotifications();
    FakeOutbox outbox = new FakeOutbox().add(all.toArray(Notification[]::new));
    int failingParity = firstCallFails ? 1 : 0;
    RecordingSink sink = new RecordingSink(call -> call % 2 == failingParity, n -> false);
    // No parking here: this is about order and exactly-once, however often a notification fails.
    NotificationDispatcher dispatcher = new NotificationDispatcher(outbox, sink, Integer.MAX_VALUE);

    int rounds = 0;
    while (outbox.pendingCount() > 0) {
      assertThat(++rounds).as("dispatch rounds").isLessThan(100);
      DispatchReport report = dispatcher.dispatch(4);
      assertThat(report.taken()).isLessThanOrEqualTo(4);
    }

    Map<String, Integer> deliveries = sink.deliveriesByKey();
    assertThat(deliveries).hasSize(all.size());
    for (Notification n : all) {
      assertThat(deliveries.get(n.idempotencyKey())).as(n.idempotencyKey()).isEqualTo(1);
    }
    assertThat(outbox.deliveredByKind()).isEqualTo(countByKind(all));
    assertThat(outbox.markCalls()).isEqualTo(all.size());
    for (int r = 0; r < 5; r++) {
      for (Recipient recipient : List.of(PARTY, DIRECTOR)) {
        assertThat(keysOf(sink.delivered, "R-" + r, recipient))
            .as("order of R-%s to %s", r, recipient)
            .isEqualTo(keysOf(all, "R-" + r, recipient));
      }
    }
  }

  @Test
  void dispatch_sinkAlwaysFailing_leavesEverythingPending() {
    List<Notification> all = mixedNotifications();
    FakeOutbox outbox = new FakeOutbox().add(all.toArray(Notification[]::new));
    RecordingSink sink = new RecordingSink(call -> true, n -> false);
    NotificationDispatcher dispatcher = new NotificationDispatcher(outbox, sink);

    for (int round = 0; round < 3; round++) {
      DispatchReport report = dispatcher.dispatch(100);

      // 5 requests x 2 recipients: one failed call per conversation, the rest held back behind it.
      assertThat(report).isEqualTo(new DispatchReport(0, 10, 16));
      assertThat(report.stillPending()).isEqualTo(all.size());
    }
    assertThat(sink.calls.get()).isEqualTo(30);
    assertThat(outbox.pendingCount()).isEqualTo(all.size());
    assertThat(outbox.pending(100)).containsExactlyElementsOf(all);
    assertThat(outbox.deliveredByKind()).isEmpty();
    assertThat(outbox.markCalls()).isZero();
  }

  @Test
  void dispatch_failure_holdsBackOnlyTheSameRecipientsLaterNotificationsAboutThatRequest() {
    Notification accepted = notification("R-1:1", NotificationKind.ACCEPTANCE_NOTICE, "R-1", PARTY);
    Notification otherRequest = notification("R-2:1", NotificationKind.PROGRESS, "R-2", PARTY);
    Notification resolved = notification("R-1:2", NotificationKind.RESOLUTION_FEEDBACK, "R-1", PARTY);
    Notification toDirector = notification("R-1:3", NotificationKind.RISK_ALERT, "R-1", DIRECTOR);
    FakeOutbox outbox = new FakeOutbox().add(accepted, otherRequest, resolved, toDirector);
    RecordingSink sink = new RecordingSink(call -> false, n -> n == accepted);

    DispatchReport report = new NotificationDispatcher(outbox, sink).dispatch(10);

    assertThat(report).isEqualTo(new DispatchReport(2, 1, 1));
    assertThat(sink.calls.get()).isEqualTo(3);
    assertThat(sink.delivered).containsExactly(otherRequest, toDirector);
    assertThat(outbox.pending(10)).containsExactly(accepted, resolved);
  }

  @Test
  void dispatch_notificationThatAlwaysFails_doesNotStopTheOthers() {
    List<Notification> all = mixedNotifications();
    Notification poison = all.get(0);
    FakeOutbox outbox = new FakeOutbox().add(all.toArray(Notification[]::new));
    RecordingSink sink = new RecordingSink(call -> false, n -> n == poison);
    NotificationDispatcher dispatcher = new NotificationDispatcher(outbox, sink);

    for (int round = 0; round < NotificationDispatcher.DEFAULT_MAX_ATTEMPTS - 1; round++) {
      dispatcher.dispatch(100);
    }

    // Before the limit: only the poison notification and those behind it in its conversation (R-0 to the party) wait.
    List<String> stuck = keysOf(all, "R-0", PARTY);
    assertThat(outbox.pending(100)).extracting(Notification::idempotencyKey).containsExactlyElementsOf(stuck);
    assertThat(sink.delivered).hasSize(all.size() - stuck.size());

    // At the limit it is parked, the centre director told, and the rest of its conversation goes out.
    for (int round = 0; round < 20; round++) {
      dispatcher.dispatch(5);
    }
    assertThat(outbox.parked()).extracting(p -> p.notification()).containsExactly(poison);
    assertThat(outbox.parked().get(0).attempts()).isEqualTo(NotificationDispatcher.DEFAULT_MAX_ATTEMPTS);
    assertThat(outbox.pending(100)).isEmpty();
    assertThat(sink.delivered).hasSize(all.size()).anyMatch(n -> n.kind() == NotificationKind.NOTIFICATION_PARKED
        && n.recipient().equals(new Recipient(Recipient.Kind.TIER, "CENTER_DIRECTOR")));
  }

  @Test
  void dispatch_limit_takesAtMostThatManyOldestFirst() {
    List<Notification> all = mixedNotifications();
    FakeOutbox outbox = new FakeOutbox().add(all.toArray(Notification[]::new));
    RecordingSink sink = new RecordingSink(call -> false, n -> false);

    DispatchReport report = new NotificationDispatcher(outbox, sink).dispatch(3);

    assertThat(report).isEqualTo(new DispatchReport(3, 0, 0));
    assertThat(sink.delivered).containsExactlyElementsOf(all.subList(0, 3));
    assertThat(outbox.pendingCount()).isEqualTo(all.size() - 3);
  }

  @Test
  void dispatch_emptyOutbox_reportsNothing() {
    RecordingSink sink = new RecordingSink(call -> false, n -> false);

    assertThat(new NotificationDispatcher(new FakeOutbox(), sink).dispatch(10)).isEqualTo(new DispatchReport(0, 0, 0));
    assertThat(sink.calls.get()).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void dispatch_nonPositiveLimit_throws(int limit) {
    NotificationDispatcher dispatcher = new NotificationDispatcher(new FakeOutbox(), n -> {});

    assertThatThrownBy(() -> dispatcher.dispatch(limit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be positive: " + limit);
  }

  @Test
  void dispatch_interruptedSink_endsTheCallAndKeepsTheInterrupt() {
    List<Notification> all = mixedNotifications();
    FakeOutbox outbox = new FakeOutbox().add(all.toArray(Notification[]::new));
    AtomicInteger calls = new AtomicInteger();
    NotificationSink sink =
        n -> {
          if (calls.incrementAndGet() == 2) {
            throw new InterruptedException();
          }
        };

    DispatchReport report;
    try {
      report = new NotificationDispatcher(outbox, sink).dispatch(10);
    } finally {
      assertThat(Thread.interrupted()).as("interrupt status restored").isTrue();
    }

    assertThat(report).isEqualTo(new DispatchReport(1, 1, 8));
    assertThat(calls.get()).isEqualTo(2);
    assertThat(outbox.pendingCount()).isEqualTo(all.size() - 1);
  }

  @Test
  void dispatch_outboxFailingToMark_propagatesAndTheNotificationStaysPending() {
    Notification n = SampleNotifications.of(NotificationKind.PROGRESS);
    FakeOutbox store = new FakeOutbox().add(n);
    Outbox failingToMark =
        new Outbox() {
          @Override
          public List<Notification> pending(int limit) {
            return store.pending(limit);
          }

          @Override
          public void markDelivered(String idempotencyKey) {
            throw new IllegalStateException("database unavailable");
          }

          @Override
          public Map<NotificationKind, Long> deliveredByKind() {
            return store.deliveredByKind();
          }

          @Override
          public int recordFailure(String idempotencyKey) {
            return store.recordFailure(idempotencyKey);
          }

          @Override
          public boolean park(String idempotencyKey, String reason, java.util.Optional<Notification> notice) {
            return store.park(idempotencyKey, reason, notice);
          }

          @Override
          public List<ParkedNotification> parked() {
            return store.parked();
          }

          @Override
          public boolean unpark(String idempotencyKey) {
            return store.unpark(idempotencyKey);
          }
        };

    assertThatThrownBy(() -> new NotificationDispatcher(failingToMark, x -> {}).dispatch(10))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("database unavailable");
    assertThat(store.pending(10)).containsExactly(n);
  }

  @Test
  void dispatch_concurrentCalls_deliverEveryNotificationOnce() throws Exception {
    List<Notification> all = mixedNotifications();
    FakeOutbox outbox = new FakeOutbox().add(all.toArray(Notification[]::new));
    RecordingSink sink = new RecordingSink(call -> call % 3 == 0, n -> false);
    NotificationDispatcher dispatcher = new NotificationDispatcher(outbox, sink);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 50 && outbox.pendingCount() > 0; round++) {
                    dispatcher.dispatch(3);
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(outbox.pendingCount()).isZero();
    assertThat(sink.deliveriesByKey()).hasSize(all.size()).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
  }

  @Test
  void dispatch_failure_logsKeyKindAndRequestButNeitherValuesNorTheExceptionMessage() {
    Notification n =
        SampleNotifications.withValue(NotificationKind.PROGRESS, "progress", "已与被执行人张三丰（13812345678）通话");
    FakeOutbox outbox = new FakeOutbox().add(n);
    NotificationSink sink =
        x -> {
          throw new IllegalStateException("gateway refused 13812345678: " + x.values());
        };
    PrintStream originalErr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(captured, true, UTF_8));
      new NotificationDispatcher(outbox, sink).dispatch(1);
    } finally {
      System.setErr(originalErr);
    }

    String log = captured.toString(UTF_8);
    assertThat(log)
        .contains("WARN")
        .contains("PROGRESS:1")
        .contains("PROGRESS")
        .contains("R-2026-000123")
        .contains("java.lang.IllegalStateException")
        .doesNotContain("13812345678")
        .doesNotContain("张三丰")
        .doesNotContain("gateway refused");
  }

  @Test
  void constructor_nullArgument_throws() {
    assertThatThrownBy(() -> new NotificationDispatcher(null, n -> {})).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new NotificationDispatcher(new FakeOutbox(), null))
        .isInstanceOf(NullPointerException.class);
  }
}
