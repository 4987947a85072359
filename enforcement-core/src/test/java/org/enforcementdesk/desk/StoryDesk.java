package org.enforcementdesk.desk;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.testing.MutableClock;

/** A desk on a test clock over its own ledger, deciding with the given policy: what the desk's stories run on. */
final class StoryDesk {
  static final WorkingCalendar CALENDAR = WorkingCalendar.china();
  static final String CASE = "（2025）闽0322执1234号";
  static final CaseNumber CASE_NUMBER = CaseNumber.parse(CASE);
  static final RequestId R1 = RequestId.of("R-1");
  static final Actor MEDIATOR = DeskDriver.MEDIATOR;

  final MutableClock clock;
  final InMemoryRequestLedger ledger = new InMemoryRequestLedger();
  final EnforcementDesk desk;

  StoryDesk(String now, DecisionPolicy policy) {
    clock = new MutableClock(now);
    desk = EnforcementDesk.builder().policy(policy).resolvers(DeskFixtures.RESOLVERS).clock(clock).ledger(ledger).build();
  }

  WideLedgerState state() {
    return WideLedgerState.of(ledger, ledger.workOrderIds(), List.of("vm-houqin", "vm-yuanzhuang", "team-1"));
  }

  void at(String now) {
    clock.set(now);
  }

  static Instant instant(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }
}
