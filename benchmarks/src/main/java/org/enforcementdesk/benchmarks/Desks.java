package org.enforcementdesk.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.rules.DroolsDecisionPolicy;
import org.enforcementdesk.rules.RuleBook;

/** Desks filled with open work orders, for the benchmarks that need many of them. */
final class Desks {

  /** When the rule book of the benchmarks was loaded: the day they were first run. */
  static final Instant LOADED_AT = Instant.parse("2026-11-26T00:00:00Z");

  /** The officer who submits the generated requests. */
  static final Actor OFFICER = Actor.officer("o-17");

  private Desks() {}

  /** The default rule book as a policy. */
  static DecisionPolicy ruleBook() {
    return new DroolsDecisionPolicy(RuleBook.defaults(LOADED_AT));
  }

  /** A desk on the default calendar and an in-memory ledger whose clock stands at {@code now}. */
  static EnforcementDesk desk(DecisionPolicy policy, Instant now) {
    return EnforcementDesk.builder().policy(policy).clock(Clock.fixed(now, ZoneId.of("Asia/Shanghai"))).build();
  }

  /**
   * Submits {@code orders} generated requests, received within the minutes before {@code openedBy}, each its own
   * party and case, so that every one opens a work order of its own.
   */
  static void fill(EnforcementDesk desk, int orders, OffsetDateTime openedBy, int spreadMinutes, long seed) {
    GeneratedRequests requests = GeneratedRequests.from(seed, openedBy.minusMinutes(spreadMinutes), spreadMinutes);
    for (int i = 0; i < orders; i++) {
      desk.submit(requests.nextRequest(), OFFICER);
    }
  }
}
