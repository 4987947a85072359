package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.PARTY;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.DispatchReport;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationDispatcher;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.NotificationSink;
import org.enforcementdesk.notify.NotificationTemplates;
import org.enforcementdesk.order.NoteAudience;
import org.junit.jupiter.api.Test;

/** The outbox from end to end: notifications recorded with their events reach a flaky sink exactly once each. */
class OutboxDeliveryTest {

  /** A sink that fails every other call, and remembers what it delivered successfully. */
  private static final class FlakySink implements NotificationSink {
    final Map<String, Integer> delivered = new HashMap<>();
    final NotificationTemplates templates = NotificationTemplates.defaults();
    int calls;

    @Override
    public void deliver(Notification notification) {
      if (calls++ % 2 == 0) {
        throw new IllegalStateException("SMS gateway busy");
      }
      templates.render(notification, Locale.forLanguageTag("zh-CN")); // the host would send this text
      delivered.merge(notification.idempotencyKey(), 1, Integer::sum);
    }
  }

  @Test
  void flakySink_endsWithEveryNotificationDeliveredExactlyOnce() {
    DeskFixtures f = new DeskFixtures("2026-03-03T09:00+08:00");
    for (int i = 1; i <= 20; i++) {
      RequestId id = RequestId.of("R-" + i);
      String caseNumber = "（2025）闽0322执" + i + "号";
      AnyActor.submit(f.desk, DeskFixtures.request(id.value(), "FUNDS_PAYOUT", "2026-03-03T09:00+08:00", caseNumber,
          org.enforcementdesk.model.RequestFacts.none()), PARTY);
      AnyActor.noteProgress(f.desk, id, OFFICER, "已联系申请人", true, NoteAudience.PARTY);
      AnyActor.urge(f.desk, id, PARTY, "请尽快");
      AnyActor.resolve(f.desk, id, OFFICER, "已发放");
      AnyActor.evaluate(f.desk, id, PARTY, Evaluation.all(Rating.SATISFIED, ""));
    }
    f.clock.advance(Duration.ofDays(30));
    int recorded = f.ledger.pending(10_000).size();
    // Per order: acceptance and deadline notices, progress, urge receipt, resolution feedback, evaluation invitation.
    assertThat(recorded).isEqualTo(20 * 6);

    FlakySink sink = new FlakySink();
    NotificationDispatcher dispatcher = new NotificationDispatcher(f.ledger, sink);
    int rounds = 0;
    while (!f.ledger.pending(1).isEmpty()) {
      DispatchReport report = dispatcher.dispatch(16);
      assertThat(report.delivered() + report.failed() + report.heldBack()).isPositive();
      assertThat(++rounds).as("dispatch rounds").isLessThan(1000);
    }

    assertThat(sink.delivered).hasSize(recorded);
    assertThat(sink.delivered.values()).allMatch(count -> count == 1);
    Map<NotificationKind, Long> byKind = f.ledger.deliveredByKind();
    assertThat(byKind.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(recorded);
    assertThat(byKind).containsEntry(NotificationKind.ACCEPTANCE_NOTICE, 20L).containsEntry(NotificationKind.URGE_RECEIPT, 20L);
    // Dispatching again delivers nothing twice.
    dispatcher.dispatch(100);
    assertThat(sink.delivered.values().stream().collect(Collectors.toSet())).containsExactly(1);
  }

  @Test
  void aNotificationThatKeepsFailing_isParked_theDirectorTold_andTheRestDelivered() {
    DeskFixtures f = new DeskFixtures("2026-03-03T09:00+08:00");
    for (int i = 1; i <= 3; i++) {
      AnyActor.submit(f.desk, DeskFixtures.request("R-" + i, "FUNDS_PAYOUT", "2026-03-03T09:00+08:00",
          "（2025）闽0322执" + i + "号", org.enforcementdesk.model.RequestFacts.none()), PARTY);
    }
    // The gateway refuses every message about R-2, and (once it exists) every notice to the director.
    Map<String, Integer> delivered = new HashMap<>();
    NotificationSink sink = n -> {
      if (n.requestId().value().equals("R-2")) {
        throw new IllegalStateException("gateway refused 13800000000");
      }
      delivered.merge(n.idempotencyKey(), 1, Integer::sum);
    };
    NotificationDispatcher dispatcher = new NotificationDispatcher(f.ledger, sink, 3);

    int parked = 0;
    int rounds = 0;
    while (!f.ledger.pending(100).isEmpty()) {
      parked += dispatcher.dispatch(100).parked();
      assertThat(++rounds).as("dispatch rounds: the queue must drain").isLessThan(30);
    }

    // R-2's acceptance notice failed three times and was parked; its deadline notice, held back behind it, too;
    // so were the director's notices of them, which are about R-2 as well, but without a notice of their own.
    assertThat(f.ledger.parked()).extracting(p -> p.notification().kind())
        .contains(NotificationKind.ACCEPTANCE_NOTICE, NotificationKind.NOTIFICATION_PARKED);
    assertThat(f.ledger.parked()).allMatch(p -> p.notification().requestId().value().equals("R-2"));
    assertThat(f.ledger.parked()).allMatch(p -> p.attempts() == 3 && p.reason().equals("java.lang.IllegalStateException"));
    assertThat(parked).isEqualTo(f.ledger.parked().size());
    assertThat(f.ledger.parked()).filteredOn(p -> p.notification().kind() == NotificationKind.NOTIFICATION_PARKED)
        .allSatisfy(p -> assertThat(NotificationTemplates.defaults().render(p.notification()))
            .contains("多次发送失败").doesNotContain("13800000000"));
    // Nothing else waits: the other orders' notices all went through, and the queue is empty.
    assertThat(delivered.keySet()).allMatch(key -> !key.startsWith("R-2"));
    assertThat(delivered).hasSize(4);
    assertThat(f.ledger.pending(100)).isEmpty();

    // Retried by hand: back in the queue, failures forgotten.
    String key = f.ledger.parked().get(0).notification().idempotencyKey();
    assertThat(f.desk.parking().retryNotification(key, DeskFixtures.DIRECTOR)).isTrue();
    assertThat(f.ledger.pending(100)).extracting(Notification::idempotencyKey).containsExactly(key);
    assertThat(f.desk.parking().notifications(DeskFixtures.DIRECTOR)).noneMatch(
        p -> p.notification().idempotencyKey().equals(key));
  }
}
