package org.enforcementdesk.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enforcementdesk.calendar.HolidayTable;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.desk.CalendarSwap;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.desk.ResolverDirectory;
import org.enforcementdesk.desk.TickReport;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RequestType;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.NotificationTemplates;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.DeadlineRevised;
import org.enforcementdesk.order.Labels;
import org.enforcementdesk.order.OrderDeadline;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.rules.DroolsDecisionPolicy;
import org.enforcementdesk.rules.RuleBook;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The winter the shipped holiday data runs out: a desk on the defaults (the default rule book, {@code
 * WorkingCalendar.china()} with 2024-2026 only) from 1 December 2026 to 28 February 2027, every request type on every
 * working day, a tick every hour. Nothing is refused for want of holiday data, every tick completes, every
 * provisional deadline says so. In mid-January a 2027 file is loaded (core's test fixture, marked as not official):
 * every open order's provisional deadline is revised and notified once, closed orders are untouched, and a replay of
 * every stream gives the same orders.
 */
class ProvisionalWinterTest {

  private static final Actor OFFICER = Actor.officer("o-1");
  private static final Actor DIRECTOR = Actor.director("d-1");
  private static final Actor LEADER = Actor.bureauLeader("l-1");

  private final MutableClock clock = new MutableClock("2026-12-01T00:00+08:00");
  private final InMemoryRequestLedger ledger = new InMemoryRequestLedger();
  private final EnforcementDesk desk =
      EnforcementDesk.builder()
          .policy(new DroolsDecisionPolicy(RuleBook.defaults(clock.instant())))
          .resolvers(ResolverDirectory.builder()
              .add(CourtSystem.PRE_ENFORCEMENT_TEAM)
              .addVillageMediator("后沁村", CourtSystem.HOUQIN_MEDIATOR)
              .build())
          .ledger(ledger)
          .clock(clock)
          .build();
  private final List<RequestId> submitted = new ArrayList<>();
  private int serial;

  @Test
  void winterWithoutThe2027Notice_neverRefuses_andTheNoticeRevisesEachProvisionalDeadlineOnce() {
    WorkingCalendar shipped = desk.calendar();
    Set<RequestId> closedBeforeTheNotice = new HashSet<>();
    Map<RequestId, List<RecordedEvent>> closedStreams = new HashMap<>();
    Set<String> provisionalBefore = new HashSet<>();
    boolean swapped = false;
    int ticks = 0;
    for (OffsetDateTime hour = OffsetDateTime.parse("2026-12-01T00:00+08:00");
        hour.isBefore(OffsetDateTime.parse("2027-03-01T00:00+08:00"));
        hour = hour.plusHours(1)) {
      clock.set(hour.toString());
      LocalDate day = hour.toLocalDate();
      if (!swapped && hour.equals(OffsetDateTime.parse("2027-01-15T12:00+08:00"))) {
        for (RequestId id : submitted) {
          WorkOrder order = desk.workOrder(id, LEADER);
          if (order.state() == WorkOrderState.CLOSED) {
            closedBeforeTheNotice.add(id);
            closedStreams.put(id, ledger.read(id));
          }
          order.deadlinesInForce().stream()
              .filter(d -> d.deadline().provisional())
              .forEach(d -> provisionalBefore.add(key(id, d)));
        }
        CalendarSwap swap = desk.calendars().use(withThe2027Fixture());
        assertThat(swap.failed()).isZero();
        assertThat(swap.changed() + swap.keptAsTold() + swap.confirmed()).isEqualTo(provisionalBefore.size());
        swapped = true;
      }
      if (hour.getHour() == 9 && desk.calendar().isWorkingDay(day)) {
        submitEveryType(hour);
      }
      if (hour.getHour() == 15 && desk.calendar().isWorkingDay(day)) {
        handle(hour);
      }
      TickReport report = desk.tick();
      ticks++;
      assertThat(report.failures()).as("tick at %s", hour).isEmpty();
    }
    assertThat(ticks).isEqualTo(90 * 24);
    assertThat(shipped.holidays().covers(2027)).isFalse();
    assertThat(provisionalBefore).isNotEmpty();

    for (RequestId id : submitted) {
      WorkOrder order = desk.workOrder(id, LEADER);
      // A replay of the stream gives the same order.
      assertThat(WorkOrder.fold(ledger.read(id))).isEqualTo(order);
      // Every provisional deadline was revised once, and nothing else was.
      Map<String, Long> revisions = new HashMap<>();
      for (RecordedEvent recorded : order.history()) {
        if (recorded.event() instanceof DeadlineRevised r) {
          revisions.merge(id + " " + r.which() + " " + r.item(), 1L, Long::sum);
          assertThat(provisionalBefore).contains(id + " " + r.which() + " " + r.item());
        }
      }
      assertThat(revisions.values()).allMatch(n -> n == 1);
      // A party hears of a moved deadline at most once.
      assertThat(ledger.pending(1_000_000).stream()
          .filter(n -> n.requestId().equals(id) && n.kind() == NotificationKind.DEADLINE_CHANGE_NOTICE))
          .hasSizeLessThanOrEqualTo(1);
    }
    for (RequestId id : closedBeforeTheNotice) {
      assertThat(ledger.read(id)).as("closed order %s", id).isEqualTo(closedStreams.get(id));
    }
    assertThat(closedBeforeTheNotice).isNotEmpty();
    assertThat(ledger.workOrdersLabelled(Labels.PROVISIONAL)).isEmpty();
  }

  /** One request of every type of the default taxonomy, each on a case of its own. */
  private void submitEveryType(OffsetDateTime at) {
    for (RequestType type : TaxonomyFile.defaults().types()) {
      serial++;
      RequestId id = RequestId.of("W-" + serial);
      Request request = Request.builder()
          .id(id)
          .caseNumber(CaseNumber.parse("（2026）闽0322执" + serial + "号"))
          .channel(Channel.HOTLINE)
          .type(type)
          .receivedAt(at)
          .requester(Party.of("P-" + serial, PartyRole.APPLICANT, "申请人" + serial))
          .text("请尽快处理")
          .facts(RequestFacts.none())
          .build();
      WorkOrder order = desk.submit(request, OFFICER).workOrder();
      submitted.add(id);
      for (OrderDeadline d : order.deadlinesInForce()) {
        // Every deadline whose count reached 2027 before its notice says so, and so does the party's notice.
        if (!desk.calendar().holidays().covers(2027) && d.deadline().at().getYear() == 2027
            && !isNaturalHours(order, d)) {
          assertThat(d.deadline().provisional()).as("%s %s", id, d).isTrue();
        }
      }
      order.clock(org.enforcementdesk.sla.SlaTarget.RESOLUTION)
          .flatMap(c -> c.deadline())
          .filter(d -> d.provisional())
          .ifPresent(d -> assertThat(acceptanceNotice(id)).contains("暂按《全国年节及纪念日放假办法》推算"));
    }
  }

  /** Each afternoon, orders received three working days before are resolved; those resolved before, closed. */
  private void handle(OffsetDateTime at) {
    for (RequestId id : submitted) {
      WorkOrder order = desk.workOrder(id, LEADER);
      Actor actor = holderOf(order);
      Duration age = Duration.between(order.request().receivedAt(), at);
      if (order.state() == WorkOrderState.OPEN && age.toDays() >= 3 && id.value().hashCode() % 3 == 0) {
        desk.resolve(id, actor, "已办理");
      } else if (order.state() == WorkOrderState.RESOLVED && age.toDays() >= 6) {
        desk.feedback().recordCallback(id, actor, CallbackOutcome.REACHED, "");
        desk.feedback().close(id, actor, "");
      }
    }
  }

  private static Actor holderOf(WorkOrder order) {
    return order.tier() == Tier.BUREAU_LEADER ? LEADER : order.tier() == Tier.CENTER_DIRECTOR ? DIRECTOR : OFFICER;
  }

  private static boolean isNaturalHours(WorkOrder order, OrderDeadline d) {
    return d.kind().clock()
        .flatMap(order::clock)
        .map(c -> c.period().kind() == org.enforcementdesk.calendar.PeriodKind.NATURAL_HOURS)
        .orElse(false);
  }

  private String acceptanceNotice(RequestId id) {
    Notification notice = ledger.pending(1_000_000).stream()
        .filter(n -> n.requestId().equals(id) && n.kind() == NotificationKind.ACCEPTANCE_NOTICE)
        .findFirst()
        .orElseThrow();
    return NotificationTemplates.defaults().render(notice);
  }

  private static String key(RequestId id, OrderDeadline d) {
    return id + " " + d.kind() + " " + d.item();
  }

  private static WorkingCalendar withThe2027Fixture() {
    try (InputStream in = ProvisionalWinterTest.class.getResourceAsStream(
        "/org/enforcementdesk/desk/holidays-2027-test-fixture.yaml")) {
      return WorkingCalendar.builder()
          .holidays(HolidayTable.china().extendedWith(HolidayTable.from(in, "holidays-2027-test-fixture.yaml")))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
