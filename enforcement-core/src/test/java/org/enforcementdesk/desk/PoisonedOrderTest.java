package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.desk.DeskFixtures.DIRECTOR;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.request;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.NotificationTemplates;
import org.enforcementdesk.order.Escalated;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewFacts;
import org.enforcementdesk.store.DueEntryFailure;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.testing.ForwardingPolicy;
import org.enforcementdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * One order whose review throws never stops the tick: the other orders' escalations go on, the failure is recorded,
 * retried after a pause, parked after five failures with the centre director told, and retried by hand.
 */
class PoisonedOrderTest {

  private static final RequestId POISONED = RequestId.of("R-POISON");

  private final MutableClock clock = new MutableClock("2026-03-02T09:00+08:00");
  private final InMemoryRequestLedger ledger = new InMemoryRequestLedger();
  private final AtomicBoolean poisoned = new AtomicBoolean(true);

  /** The fixed policy, except that reviewing the poisoned order throws while it is poisoned. */
  private final DecisionPolicy policy = new ForwardingPolicy() {
    @Override
    public ReviewDecision review(ReviewFacts facts) {
      // Only the poisoned order is of this type: its review is what throws.
      if (poisoned.get() && facts.type().code().equals("PROPERTY_LEAD")) {
        throw new IllegalStateException("rule error while reviewing, party phone 13800000000");
      }
      return super.review(facts);
    }
  };

  private final EnforcementDesk desk =
      EnforcementDesk.builder().policy(policy).clock(clock).ledger(ledger).resolvers(DeskFixtures.RESOLVERS).build();

  @Test
  void aPoisonedOrder_isSkippedRetriedAndParked_whileTheOthersEscalate() {
    // Ten orders due together (5 working days from Mon 03-02: Mon 03-09 17:30); the poisoned one sorts among them.
    for (int i = 0; i < 10; i++) {
      String id = i == 4 ? POISONED.value() : "R-" + i;
      desk.submit(request(id, i == 4 ? "PROPERTY_LEAD" : "PROGRESS_QUERY", "2026-03-02T09:00+08:00",
          "（2025）闽0322执" + (2000 + i) + "号",
          RequestFacts.none()), OFFICER);
    }
    clock.set("2026-03-09T18:00+08:00");

    TickReport first = desk.tick();

    // Every other order is warned, breached and escalated; the poisoned one fails on its first review.
    assertThat(first.failures()).hasSize(1);
    TickFailure failure = first.failures().get(0);
    assertThat(failure.requestId()).isEqualTo(POISONED);
    assertThat(failure.attempts()).isEqualTo(1);
    assertThat(failure.parked()).isFalse();
    assertThat(failure.error()).startsWith("IllegalStateException: rule error").doesNotContain("13800000000");
    assertThat(first.escalations()).isEqualTo(9);
    for (int i = 0; i < 10; i++) {
      if (i != 4) {
        assertThat(escalations(RequestId.of("R-" + i))).as("R-%s", i).hasSize(1);
      }
    }
    assertThat(escalations(POISONED)).isEmpty();

    // Before its retry time, a tick leaves it out; after it, the tick tries again.
    clock.advance(Duration.ofSeconds(30));
    assertThat(desk.tick().failures()).isEmpty();
    int attempts = 1;
    while (attempts < Ticker.MAX_ATTEMPTS) {
      clock.advance(Duration.ofHours(1));
      List<TickFailure> again = desk.tick().failures();
      assertThat(again).hasSize(1);
      attempts++;
      assertThat(again.get(0).attempts()).isEqualTo(attempts);
      assertThat(again.get(0).parked()).isEqualTo(attempts == Ticker.MAX_ATTEMPTS);
    }

    // Parked: no tick tries it again, and the centre director is told.
    clock.advance(Duration.ofDays(2));
    assertThat(desk.tick().failures()).isEmpty();
    List<DueEntryFailure> parked = desk.parking().dueEntries(DIRECTOR);
    assertThat(parked).singleElement().satisfies(f -> {
      assertThat(f.parked()).isTrue();
      assertThat(f.entry().requestId()).isEqualTo(POISONED);
    });
    Notification notice = ledger.pending(10_000).stream()
        .filter(n -> n.kind() == NotificationKind.ORDER_PARKED).findFirst().orElseThrow();
    assertThat(notice.recipient().id()).isEqualTo(Tier.CENTER_DIRECTOR.name());
    assertThat(NotificationTemplates.defaults().render(notice))
        .contains("R-POISON")
        .contains("（2025）闽0322执2004号")
        .doesNotContain("13800000000");
    assertThatThrownBy(() -> desk.parking().dueEntries(OFFICER)).isInstanceOf(PermissionDeniedException.class);

    // Fixed and retried by hand: the next tick processes it like any other.
    poisoned.set(false);
    assertThat(desk.parking().retry(parked.get(0).entry(), DIRECTOR)).isTrue();
    TickReport retried = desk.tick();
    assertThat(retried.failures()).isEmpty();
    assertThat(escalations(POISONED)).hasSize(1);
    assertThat(desk.parking().dueEntries(DIRECTOR)).isEmpty();
  }

  private List<Escalated> escalations(RequestId id) {
    WorkOrder order = desk.workOrder(id, DIRECTOR);
    return order.history().stream()
        .map(RecordedEvent::event)
        .filter(e -> e instanceof Escalated)
        .map(e -> (Escalated) e)
        .toList();
  }
}
