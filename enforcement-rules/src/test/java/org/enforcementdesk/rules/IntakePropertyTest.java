package org.enforcementdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestType;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.DelegationSuggestion;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.RiskFlag;
import org.junit.jupiter.api.Test;

/** The Drools decisions agree with DOMAIN.md section 10 (as {@link Section10Oracle}) for generated requests. */
class IntakePropertyTest {

  private static final List<RequestType> TYPES = TaxonomyFile.defaults().types();
  private static final List<String> CAUSES =
      List.of("民间借贷", "追索劳动报酬纠纷", "买卖合同纠纷", "机动车交通事故责任纠纷", "赡养费纠纷", "人身损害赔偿纠纷");
  private static final List<String> TEXTS =
      List.of("", "请尽快续封车辆。", "执行款什么时候发放？", "再不处理我就去上访", "我要找媒体曝光你们", "Debtor seen at the market now!");
  private static final List<String> VILLAGES = List.of("榜头镇后沁村", "园庄村", "Liyuan village");

  @Test
  void intake_generatedRequestsOfEveryType_agreeWithSection10() {
    assertThat(TYPES).hasSize(19);
    qt().withFixedSeed(20260302L)
        .withExamples(1500)
        .forAll(integers().between(0, TYPES.size() - 1), longs().all())
        .checkAssert((type, seed) -> check(facts(TYPES.get(type), seed)));
  }

  private static void check(IntakeFacts facts) {
    Section10Oracle.Expected expected = Section10Oracle.expect(facts);
    IntakeDecision decision = DefaultBook.POLICY.intake(facts);
    String about = facts.request() + " " + facts.history();

    assertThat(decision.urgency()).as(about).isEqualTo(expected.urgency());
    assertThat(decision.targets().response()).as(about).isEqualTo(Period.parse(expected.response()));
    assertThat(decision.targets().resolution()).as(about).isEqualTo(Period.parse(expected.resolution()));
    assertThat(decision.targets().callback()).as(about).isEqualTo(Period.parse(expected.callback()));
    assertThat(decision.startTier()).as(about).isEqualTo(expected.tier());
    assertThat(new TreeSet<>(decision.requirements())).as(about).isEqualTo(expected.requirements());
    EnumSet<RiskKind> risks = EnumSet.noneOf(RiskKind.class);
    decision.riskFlags().stream().map(RiskFlag::kind).forEach(risks::add);
    assertThat(risks).as(about).isEqualTo(expected.risks());
    assertThat(decision.delegationSuggestion().map(DelegationSuggestion::kind).orElse(null))
        .as(about).isEqualTo(expected.delegation());
    assertThat(decision.delegationSuggestion().flatMap(DelegationSuggestion::villageName).orElse(null))
        .as(about).isEqualTo(expected.village());
    assertThat(decision.resolutionLimit().orElse(null)).as(about).isEqualTo(expected.limit());
    assertThat(decision.firedRules()).as(about).isNotEmpty();
  }

  /** A request of the type, its facts and history drawn from the seed; boundaries (7 days, 50,000 yuan) likely. */
  private static IntakeFacts facts(RequestType type, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    OffsetDateTime received =
        OffsetDateTime.of(
            LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(random.nextLong(2L * 366 * 24 * 60)),
            random.nextBoolean() ? ZoneOffset.ofHours(8) : ZoneOffset.UTC);
    RequestFacts.Builder facts = RequestFacts.builder();
    if (random.nextInt(4) != 0) {
      LocalDate receivedInShanghai = received.atZoneSameInstant(IntakeRequest.COURT_ZONE).toLocalDate();
      facts.seizureExpiresOn(receivedInShanghai.plusDays(random.nextInt(-2, 15)));
    }
    if (random.nextBoolean()) {
      List<String> amounts = List.of("0", "49999.99", "50000", "50000.01", "120000");
      facts.amountAtStake(new BigDecimal(amounts.get(random.nextInt(amounts.size()))));
    }
    if (random.nextBoolean()) {
      facts.causeOfAction(CAUSES.get(random.nextInt(CAUSES.size())));
    }
    if (random.nextBoolean()) {
      facts.partyVillage(VILLAGES.get(random.nextInt(VILLAGES.size())));
    }
    facts.livelihood(random.nextInt(4) == 0)
        .debtorLocatedNow(random.nextInt(3) == 0)
        .assetsAboutToMove(random.nextInt(3) == 0)
        .caseNotYetFiled(random.nextInt(6) == 0);
    CaseHistory history = new CaseHistory(random.nextInt(0, 6), random.nextInt(0, 3), random.nextInt(4) == 0 ? 1 : 0);
    return new IntakeFacts(
        Requests.request(type.code(), received, TEXTS.get(random.nextInt(TEXTS.size())), facts.build()), history);
  }
}
