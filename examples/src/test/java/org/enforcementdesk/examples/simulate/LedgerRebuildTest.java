package org.enforcementdesk.examples.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.desk.RectificationQuery;
import org.enforcementdesk.desk.TickReport;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.rules.DroolsDecisionPolicy;
import org.enforcementdesk.rules.RuleBook;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.store.LedgerRebuild;
import org.enforcementdesk.store.RequestLedger;
import org.junit.jupiter.api.Test;

/**
 * A restore from an event backup, or a move to another ledger, loses nothing the desk relies on: every event of a
 * simulated month, copied into a fresh ledger with projections rebuilt from the events alone, answers every query as
 * the original does, and the ticks of the following ten days warn, breach and escalate exactly alike.
 */
class LedgerRebuildTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.china();
  private static final Actor STAFF = Actor.director("d-audit");
  private static final Instant START = LocalDate.of(2025, 1, 1).atStartOfDay(CALENDAR.zone()).toInstant();
  private static final Instant MONTH_END = LocalDate.of(2025, 2, 1).atStartOfDay(CALENDAR.zone()).toInstant();

  @Test
  void aMonthCopiedIntoAFreshLedger_answersEveryQueryAndTicksTenDaysExactlyAsTheOriginal() {
    DecisionPolicy policy = new DroolsDecisionPolicy(RuleBook.defaults(START));
    Court court = Court.numbered(0);
    CourtSimulation month =
        new CourtSimulation(court, new CourtYear(2025, 6_000, 4_000), 2025, policy, CALENDAR, new SplittableRandom(7),
            new InMemoryRequestLedger(), n -> {});
    RequestLedger original = month.runUntil(MONTH_END).ledger();
    InMemoryRequestLedger copy = new InMemoryRequestLedger();

    int copied = LedgerRebuild.copy(original, copy);

    assertThat(original.size()).as("a month's orders").isGreaterThan(300);
    assertThat(copied).isEqualTo(original.size() + original.caseNumbers().size());
    Clock clock = Clock.fixed(MONTH_END, CALENDAR.zone());
    EnforcementDesk before = desk(policy, court, original, clock);
    EnforcementDesk after = desk(policy, court, copy, clock);
    assertSameAnswers(before, after, court);
    assertThat(before.tick(MONTH_END)).isEqualTo(after.tick(MONTH_END));

    List<TickReport> reports = new ArrayList<>();
    for (Instant at = MONTH_END; at.isBefore(MONTH_END.plus(Duration.ofDays(10))); at = at.plus(Duration.ofHours(1))) {
      TickReport report = before.tick(at);
      assertThat(after.tick(at)).as("the tick at %s", at).isEqualTo(report);
      reports.add(report);
    }

    assertThat(reports.stream().mapToInt(TickReport::breaches).sum()).as("breaches in ten days").isPositive();
    assertThat(reports.stream().mapToInt(TickReport::warnings).sum()).as("warnings in ten days").isPositive();
    assertSameAnswers(before, after, court);
    for (RequestId id : original.workOrderIds()) {
      assertThat(copy.read(id)).as("the stream of %s after ten days of ticks", id).isEqualTo(original.read(id));
    }
    assertThat(copy.pending(Integer.MAX_VALUE)).isEqualTo(original.pending(Integer.MAX_VALUE));
  }

  private static EnforcementDesk desk(DecisionPolicy policy, Court court, RequestLedger ledger, Clock clock) {
    return EnforcementDesk.builder()
        .policy(policy)
        .calendar(CALENDAR)
        .clock(clock)
        .ledger(ledger)
        .resolvers(court.resolvers())
        .build();
  }

  /** Every query of the desk, asked of both. */
  private static void assertSameAnswers(EnforcementDesk before, EnforcementDesk after, Court court) {
    RequestLedger ledger = before.ledger();
    assertThat(after.ledger().workOrderIds()).isEqualTo(ledger.workOrderIds());
    assertThat(after.ledger().dueBefore(Instant.MAX, Integer.MAX_VALUE))
        .isEqualTo(ledger.dueBefore(Instant.MAX, Integer.MAX_VALUE));
    Set<CaseNumber> cases = new LinkedHashSet<>(ledger.caseNumbers());
    Set<String> parties = new LinkedHashSet<>();
    Set<String> handlers = new LinkedHashSet<>();
    for (RequestId id : ledger.workOrderIds()) {
      WorkOrder order = before.workOrder(id, STAFF);
      assertThat(after.workOrder(id, STAFF)).isEqualTo(order);
      order.request().caseNumber().ifPresent(cases::add);
      parties.add(order.request().requester().id());
      order.handlerId().ifPresent(handlers::add);
    }
    for (CaseNumber number : cases) {
      assertThat(after.workOrdersOfCase(number, STAFF)).isEqualTo(before.workOrdersOfCase(number, STAFF));
      assertThat(after.cases().caseFile(number, STAFF)).isEqualTo(before.cases().caseFile(number, STAFF));
    }
    for (String party : parties) {
      assertThat(after.workOrdersOfParty(party, STAFF)).isEqualTo(before.workOrdersOfParty(party, STAFF));
    }
    for (Tier tier : Tier.values()) {
      assertThat(after.queues().openWorkOrders(tier, STAFF)).isEqualTo(before.queues().openWorkOrders(tier, STAFF));
    }
    for (String handler : handlers) {
      assertThat(after.queues().openWorkOrdersOfHandler(handler, STAFF))
          .isEqualTo(before.queues().openWorkOrdersOfHandler(handler, STAFF));
    }
    for (DelegationTarget resolver : court.resolvers().all()) {
      assertThat(after.delegation().delegatedTo(resolver.resolverId(), STAFF))
          .isEqualTo(before.delegation().delegatedTo(resolver.resolverId(), STAFF));
    }
    assertThat(after.delegation().all(STAFF)).isEqualTo(before.delegation().all(STAFF));
    assertThat(after.rectification().items(RectificationQuery.all(), STAFF))
        .isEqualTo(before.rectification().items(RectificationQuery.all(), STAFF));
    assertThat(after.cases().openRiskCases(STAFF)).isEqualTo(before.cases().openRiskCases(STAFF));
  }
}
