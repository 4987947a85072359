package org.enforcementdesk.desk;

import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.testing.FixedPolicy;
import org.enforcementdesk.testing.MutableClock;

/** A desk on a test clock with the fixed policy, and requests to feed it. */
final class DeskFixtures {

  static final Actor PARTY = Actor.party("P-778");
  static final Actor OTHER_PARTY = Actor.party("P-999");
  static final Actor OFFICER = Actor.officer("o-17");
  static final Actor DIRECTOR = Actor.director("d-1");
  static final Actor LEADER = Actor.bureauLeader("l-1");

  /** The resolvers every test desk knows: the village mediators and the pre-enforcement team the tests delegate to. */
  static final ResolverDirectory RESOLVERS =
      ResolverDirectory.builder()
          .addVillageMediator("后沁村", DeskDriver.TO_MEDIATOR)
          .addVillageMediator(
              "园庄村", new DelegationTarget(DelegationKind.VILLAGE_MEDIATOR, "vm-yuanzhuang", "园庄村调解主任"))
          .add(DeskDriver.TO_TEAM)
          .build();

  final MutableClock clock;
  final InMemoryRequestLedger ledger = new InMemoryRequestLedger();
  final EnforcementDesk desk;

  DeskFixtures(String now) {
    this(now, AcceptanceMode.AUTOMATIC);
  }

  DeskFixtures(String now, AcceptanceMode acceptance) {
    this(now, acceptance, builder -> builder);
  }

  /** A desk as above, with more settings: a court and its staff directory, say. */
  DeskFixtures(String now, AcceptanceMode acceptance, UnaryOperator<DeskBuilder> more) {
    clock = new MutableClock(now);
    desk =
        more.apply(EnforcementDesk.builder()
            .policy(new FixedPolicy())
            .resolvers(DeskFixtures.RESOLVERS)
            .clock(clock)
            .ledger(ledger)
            .acceptance(acceptance))
            .build();
  }

  static Request request(String id, String type, String receivedAt) {
    return request(id, type, receivedAt, "（2025）闽0322执1234号", RequestFacts.none());
  }

  static Request request(String id, String type, String receivedAt, String caseNumber, RequestFacts facts) {
    return request(PARTY.id(), id, type, receivedAt, caseNumber, facts);
  }

  /** A request made by the party with id {@code partyId}, so tests can give two parties their own orders. */
  static Request request(
      String partyId, String id, String type, String receivedAt, String caseNumber, RequestFacts facts) {
    return Request.builder()
        .id(RequestId.of(id))
        .caseNumber(CaseNumber.parse(caseNumber))
        .channel(Channel.HOTLINE)
        .type(TaxonomyFile.defaults().type(type))
        .receivedAt(OffsetDateTime.parse(receivedAt))
        .requester(Party.of(partyId, PartyRole.APPLICANT, "张三").withPhone("13800000000"))
        .text("请尽快处理")
        .facts(facts)
        .build();
  }
}
