package org.enforcementdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.rules.RuleDirectories.write;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.json.EnforcementJson;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strict facts: a request fact that neither the library nor the court's court-facts.properties declares is refused
 * with the nearest known name, and a scenario that tests nothing is an error.
 */
class StrictFactsTest {

  private static final Instant LOADED = Instant.parse("2026-03-02T01:00:00Z");
  private final DroolsDecisionPolicy policy = new DroolsDecisionPolicy(DefaultBook.BOOK);

  @TempDir Path dir;

  @Test
  void aMistypedFact_isRefused_namingTheNearestKnownName() {
    RequestFacts typo = RequestFacts.builder().other("seizureExpiresOn2", "\"2026-03-06\"").build();

    assertThatThrownBy(() -> policy.checkFacts(typo)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("request fact \"seizureExpiresOn2\" is neither one of the library's facts nor declared in"
            + " court-facts.properties; did you mean \"seizureExpiresOn\"?");
    RequestFacts far = RequestFacts.builder().other("vehiclePlate", "\"闽C12345\"").build();
    assertThatThrownBy(() -> policy.checkFacts(far)).hasMessageNotContaining("did you mean");
  }

  @Test
  void aDeclaredFact_isAccepted_whenItHasItsType() {
    policy.checkFacts(RequestFacts.builder().other("hostPriorityFlag", "\"amber\"").build());

    assertThatThrownBy(() -> policy.checkFacts(RequestFacts.builder().other("hostPriorityFlag", "3").build()))
        .hasMessage("request fact \"hostPriorityFlag\" must be text (as court-facts.properties declares it)");
  }

  @Test
  void aCourtDeclaresItsOwnFacts_andABadDeclarationIsRefusedAtItsLine() {
    RuleDirectories.copyDefaults(dir);
    write(dir.resolve(CourtFacts.FILE_NAME), "vehiclePlate = text, 车牌号\nfiledOn = date, 立案日期\n");
    DroolsDecisionPolicy court = new DroolsDecisionPolicy(RuleBook.fromDirectory(dir, LOADED));

    court.checkFacts(RequestFacts.builder().other("vehiclePlate", "\"闽C12345\"").other("filedOn", "\"2026-01-05\"")
        .build());
    assertThatThrownBy(() -> court.checkFacts(RequestFacts.builder().other("filedOn", "\"5 Jan\"").build()))
        .hasMessageContaining("must be date");
    assertThatThrownBy(() -> court.checkFacts(RequestFacts.builder().other("vehiclePlat", "\"x\"").build()))
        .hasMessageEndingWith("did you mean \"vehiclePlate\"?");

    write(dir.resolve(CourtFacts.FILE_NAME), "# ours\nvehiclePlate = string, 车牌号\ncauseOfAction = text, 案由\n");
    assertThatThrownBy(() -> RuleBook.fromDirectory(dir, LOADED)).isInstanceOf(RuleBookException.class)
        .satisfies(e -> assertThat(((RuleBookException) e).problems()).containsExactly(
            "court-facts.properties:2:1: unknown type \"string\"; expected one of text, number, date, boolean, any",
            "court-facts.properties:3:1: \"causeOfAction\" is one of the library's own facts; declare only the"
                + " court's own"));
  }

  @Test
  void aScenarioWithAMistypedFact_fails_insteadOfTestingNothing() {
    String typo = """
        [{"scenario": "a renewal about to lapse is urgent",
          "intake": {"request": {"type": "SEIZURE_RENEWAL", "receivedAt": "2026-03-02T09:15+08:00",
                                 "facts": {"seizureExpiresOn2": "2026-03-06"}}},
          "expect": {"urgency": "URGENT"}}]
        """;

    List<ScenarioResult> results = RuleScenarios.of(EnforcementJson.defaults()).read(typo, "typo.json")
        .stream().map(s -> s.run(policy)).toList();

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.passed()).isFalse();
      assertThat(r.mismatches()).singleElement().asString().contains("did you mean \"seizureExpiresOn\"?");
    });
  }

  @Test
  void aScenarioThatExpectsNothing_isAnError() {
    String empty = """
        [{"scenario": "a payout", "intake": {"request": {"type": "FUNDS_PAYOUT", "receivedAt": "2026-03-02T09:15+08:00"}},
          "expect": {}}]
        """;

    assertThatThrownBy(() -> RuleScenarios.of(EnforcementJson.defaults()).read(empty, "empty.json"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expects nothing tests nothing");
  }

  @Test
  void theDeskRefusesAnUndeclaredFactAtSubmission_butNeverWhatItRecordedBefore() {
    RuleDirectories.copyDefaults(dir);
    write(dir.resolve(CourtFacts.FILE_NAME), "formerFlag = text, 旧系统标记\n");
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);
    InMemoryRequestLedger ledger = new InMemoryRequestLedger();
    EnforcementDesk before = EnforcementDesk.builder().clock(clock).ledger(ledger)
        .policy(new DroolsDecisionPolicy(RuleBook.fromDirectory(dir, LOADED))).build();
    Request old = Requests.request("FUNDS_PAYOUT", "请发放案款", f -> f.other("formerFlag", "\"red\""));
    before.submit(old, Actor.officer("o-1"));

    EnforcementDesk now = EnforcementDesk.builder().clock(clock).ledger(ledger).policy(policy).build();
    Request typo = Requests.request("SEIZURE_RENEWAL", "请续封", f -> f.other("seizureExpiresOn2", "\"2026-03-06\""))
        .toBuilder().id(RequestId.of("R-typo")).build();

    assertThatThrownBy(() -> now.submit(typo, Actor.officer("o-1"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("did you mean \"seizureExpiresOn\"?").hasMessageEndingWith("nothing was recorded");
    assertThat(ledger.version(RequestId.of("R-typo"))).isZero();
    assertThat(now.workOrder(old.id(), Actor.officer("o-1")).request().facts().other()).containsKey("formerFlag");
    now.noteProgress(old.id(), Actor.officer("o-1"), "已联系申请人", true);
  }
}
