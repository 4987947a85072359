package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.desk.DeskFixtures.DIRECTOR;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.request;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.enforcementdesk.calendar.HolidayTable;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.NotificationTemplates;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.DeadlineKind;
import org.enforcementdesk.order.DeadlineRevised;
import org.enforcementdesk.order.DeadlineRevision;
import org.enforcementdesk.order.DueKind;
import org.enforcementdesk.order.Labels;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.EarlierStatutoryDeadline;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.testing.ForwardingPolicy;
import org.enforcementdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * A running desk is handed a calendar that has gained 2027 (a test fixture, not the official notice): provisional
 * deadlines are revised once each, later ones replace, earlier ones are kept as told (or adopted, if the rule book
 * says so), breached and closed orders stay as they were, parties and handlers are told only of a date that moved,
 * and a bad calendar is refused with the old one still serving.
 */
class CalendarRevisionTest {

  /** China 2024-2026 and the test fixture's 2027. */
  static final WorkingCalendar WITH_2027 =
      WorkingCalendar.builder().holidays(HolidayTable.china().extendedWith(fixture2027())).build();

  static HolidayTable fixture2027() {
    try (InputStream in = CalendarRevisionTest.class.getResourceAsStream("holidays-2027-test-fixture.yaml")) {
      return HolidayTable.from(in, "holidays-2027-test-fixture.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final MutableClock clock = new MutableClock("2026-12-28T10:00+08:00");
  private final InMemoryRequestLedger ledger = new InMemoryRequestLedger();

  private EnforcementDesk desk(EarlierStatutoryDeadline earlier) {
    return EnforcementDesk.builder()
        .policy(new ForwardingPolicy() {
          @Override
          public EarlierStatutoryDeadline earlierStatutoryDeadline() {
            return earlier;
          }
        })
        .resolvers(DeskFixtures.RESOLVERS)
        .clock(clock)
        .ledger(ledger)
        .build();
  }

  /** A progress query about a case of its own, so that no two orders are duplicates of each other. */
  private static org.enforcementdesk.model.Request open(String id, String receivedAt) {
    return request(id, "PROGRESS_QUERY", receivedAt, "（2025）闽0322执" + (1000 + Math.abs(id.hashCode() % 8000)) + "号",
        RequestFacts.none());
  }

  /** Orders of every kind the revision treats differently, submitted on the provisional 2027. */
  private void openOrders(EnforcementDesk desk) {
    // Breached before the notice: 5 working days from Mon 12-28 reach Tue 01-05, provisional.
    desk.submit(open("R-BREACHED", "2026-12-28T10:00+08:00"), OFFICER);
    clock.set("2027-01-22T10:00+08:00");
    desk.tick();
    // Earlier under the notice: 5 working days from Fri 01-22 end Fri 01-29, or Thu 01-28 with Sat 01-23 worked.
    desk.submit(open("R-EARLIER", "2027-01-22T10:00+08:00"), OFFICER);
    // Closed before the notice.
    desk.submit(open("R-CLOSED", "2027-01-22T10:00+08:00"), OFFICER);
    desk.resolve(RequestId.of("R-CLOSED"), OFFICER, "已答复");
    desk.feedback().recordCallback(RequestId.of("R-CLOSED"), OFFICER, CallbackOutcome.REACHED, "");
    desk.feedback().close(RequestId.of("R-CLOSED"), OFFICER, "");
    clock.set("2027-01-29T10:00+08:00");
    // Later under the notice: 5 working days from Fri 01-29 end Thu 02-11, or Mon 02-15 after a longer 春节.
    desk.submit(open("R-LATER", "2027-01-29T10:00+08:00"), OFFICER);
    desk.submit(open("R-DELEGATED", "2027-01-29T10:00+08:00"), OFFICER);
    desk.delegation().delegate(RequestId.of("R-DELEGATED"), OFFICER, DeskDriver.TO_MEDIATOR, "请协助");
    clock.set("2027-01-29T12:00+08:00");
  }

  @Test
  void use_aCalendarWithTheNotice_revisesEachProvisionalDeadlineOnce() {
    EnforcementDesk desk = desk(EarlierStatutoryDeadline.KEEP_AS_TOLD);
    openOrders(desk);
    assertThat(ledger.workOrdersLabelled(Labels.PROVISIONAL))
        .extracting(RequestId::value)
        .containsExactlyInAnyOrder("R-EARLIER", "R-LATER", "R-DELEGATED");
    int notificationsBefore = ledger.pending(10_000).size();
    List<RecordedEvent> breachedBefore = ledger.read(RequestId.of("R-BREACHED"));
    List<RecordedEvent> closedBefore = ledger.read(RequestId.of("R-CLOSED"));

    CalendarSwap swap = desk.calendars().use(WITH_2027);

    assertThat(swap.to()).isEqualTo(WITH_2027.version());
    assertThat(swap.failed()).isZero();
    assertThat(desk.calendar()).isSameAs(WITH_2027);
    // The later resolution deadline replaces the provisional one; the due entry moves with it.
    WorkOrder later = order(desk, "R-LATER");
    assertThat(later.due(SlaTarget.RESOLUTION)).hasValueSatisfying(d -> assertThat(d).hasToString("2027-02-15T17:30+08:00"));
    assertThat(revision(later, DeadlineKind.RESOLUTION).outcome()).isEqualTo(DeadlineRevision.LATER_REPLACES);
    assertThat(later.clock(SlaTarget.RESOLUTION).orElseThrow().deadline().orElseThrow().provisional()).isFalse();
    assertThat(ledger.dueBefore(Instant.parse("2027-02-12T00:00:00Z"), 100))
        .noneMatch(e -> e.requestId().value().equals("R-LATER") && e.kind() == DueKind.RESOLUTION_DUE);
    // The earlier one keeps the date the party was told, the statutory date recorded beside it.
    WorkOrder earlier = order(desk, "R-EARLIER");
    DeadlineRevised kept = revision(earlier, DeadlineKind.RESOLUTION);
    assertThat(kept.outcome()).isEqualTo(DeadlineRevision.EARLIER_KEPT_AS_TOLD);
    assertThat(kept.statutory().at()).hasToString("2027-01-28T17:30+08:00");
    assertThat(earlier.due(SlaTarget.RESOLUTION)).hasValueSatisfying(d -> assertThat(d).hasToString("2027-01-29T17:30+08:00"));
    // The delegation's own deadline (15 working days) moves too, and its resolver is told.
    WorkOrder delegated = order(desk, "R-DELEGATED");
    assertThat(revision(delegated, DeadlineKind.DELEGATION).outcome()).isEqualTo(DeadlineRevision.LATER_REPLACES);
    assertThat(delegated.delegations().get(0).deadline().provisional()).isFalse();
    // Breached and closed orders are left exactly as they were.
    assertThat(ledger.read(RequestId.of("R-BREACHED"))).isEqualTo(breachedBefore);
    assertThat(ledger.read(RequestId.of("R-CLOSED"))).isEqualTo(closedBefore);
    assertThat(ledger.workOrdersLabelled(Labels.PROVISIONAL)).isEmpty();

    // Told: the party of the order whose resolution moved, and whoever works to each moved deadline; nobody else.
    List<Notification> told = ledger.pending(10_000).subList(notificationsBefore, ledger.pending(10_000).size());
    assertThat(told).filteredOn(n -> n.kind() == NotificationKind.DEADLINE_CHANGE_NOTICE)
        .extracting(n -> n.requestId().value())
        .containsExactly("R-LATER");
    // The delegated order's resolution clock stands paused: only its resolver's deadline moved, and the resolver and
    // the tier that holds the order hear of it; the party was never told that date.
    assertThat(told).filteredOn(n -> n.requestId().value().equals("R-DELEGATED"))
        .extracting(n -> n.kind() + " " + n.recipient().kind())
        .containsExactlyInAnyOrder("DEADLINE_REVISED RESOLVER", "DEADLINE_REVISED TIER");
    assertThat(told).filteredOn(n -> n.requestId().value().equals("R-EARLIER")).isEmpty();
    Notification change = told.stream()
        .filter(n -> n.kind() == NotificationKind.DEADLINE_CHANGE_NOTICE && n.requestId().value().equals("R-LATER"))
        .findFirst().orElseThrow();
    assertThat(NotificationTemplates.defaults().render(change))
        .contains("办结期限由2027年2月11日17:30（北京时间）调整为2027年2月15日17:30（北京时间）");

    // Once is enough: the same calendar again finds nothing to revise; a replay gives the same orders.
    assertThat(desk.calendars().use(WITH_2027).ordersRevised()).isZero();
    assertThat(WorkOrder.fold(ledger.read(RequestId.of("R-LATER")))).isEqualTo(order(desk, "R-LATER"));
  }

  @Test
  void use_withTheRuleBookAdoptingEarlierDates_putsTheEarlierDateInForceAndTellsTheParty() {
    EnforcementDesk desk = desk(EarlierStatutoryDeadline.ADOPT);
    openOrders(desk);

    desk.calendars().use(WITH_2027);

    WorkOrder earlier = order(desk, "R-EARLIER");
    assertThat(revision(earlier, DeadlineKind.RESOLUTION).outcome()).isEqualTo(DeadlineRevision.EARLIER_ADOPTED);
    assertThat(earlier.due(SlaTarget.RESOLUTION)).hasValueSatisfying(d -> assertThat(d).hasToString("2027-01-28T17:30+08:00"));
    assertThat(ledger.pending(10_000)).anyMatch(
        n -> n.kind() == NotificationKind.DEADLINE_CHANGE_NOTICE && n.requestId().value().equals("R-EARLIER"));
  }

  @Test
  void use_aBadCalendar_isRefused_andTheOldOneKeepsServing() {
    EnforcementDesk desk = desk(EarlierStatutoryDeadline.KEEP_AS_TOLD);
    openOrders(desk);
    WorkingCalendar before = desk.calendar();
    long events = ledger.read(RequestId.of("R-LATER")).size();

    assertThatThrownBy(() -> desk.calendars().use(WorkingCalendar.builder().zone(ZoneId.of("Asia/Tokyo")).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("counts in Asia/Tokyo, the desk's in Asia/Shanghai");
    assertThatThrownBy(() -> desk.calendars().use(WorkingCalendar.builder().holidays(fixture2027()).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no notice for [2024, 2025, 2026]")
        .hasMessageContaining("HolidayTable.extendedWith");

    assertThat(desk.calendar()).isSameAs(before);
    assertThat(ledger.read(RequestId.of("R-LATER"))).hasSize((int) events);
  }

  @Test
  void explain_readsTheDerivationFromTheCalendarThatCountedTheDeadline() {
    EnforcementDesk desk = desk(EarlierStatutoryDeadline.KEEP_AS_TOLD);
    openOrders(desk);
    desk.calendars().use(WITH_2027);

    WorkOrder earlier = order(desk, "R-EARLIER");
    var resolution = earlier.deadlinesInForce().stream()
        .filter(d -> d.kind() == DeadlineKind.RESOLUTION).findFirst().orElseThrow();
    // Kept as told: counted on the provisional calendar, and explained by it, not by the one now in force.
    assertThat(desk.calendars().explain(earlier, resolution))
        .contains("due 2027-01-29T17:30+08:00")
        .contains("2027 is provisional");
    WorkOrder later = order(desk, "R-LATER");
    var revised = later.deadlinesInForce().stream()
        .filter(d -> d.kind() == DeadlineKind.RESOLUTION).findFirst().orElseThrow();
    assertThat(desk.calendars().explain(later, revised))
        .contains("due 2027-02-15T17:30+08:00")
        .doesNotContain("provisional");
  }

  private static WorkOrder order(EnforcementDesk desk, String id) {
    return desk.workOrder(RequestId.of(id), DIRECTOR);
  }

  private static DeadlineRevised revision(WorkOrder order, DeadlineKind which) {
    return order.history().stream()
        .map(RecordedEvent::event)
        .filter(e -> e instanceof DeadlineRevised r && r.which() == which)
        .map(e -> (DeadlineRevised) e)
        .reduce((a, b) -> {
          throw new AssertionError("revised twice: " + a + ", " + b);
        })
        .orElseThrow(() -> new AssertionError(order.id() + " has no revision of its " + which + " deadline"));
  }
}
