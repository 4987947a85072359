package org.enforcementdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementdesk.rules.Requests.intake;
import static org.enforcementdesk.rules.Requests.yuan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.RiskFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of DOMAIN.md section 10's intake table, decided by the default rule book. */
class IntakeRulesTest {

  private static IntakeDecision decide(IntakeFacts facts) {
    return DefaultBook.POLICY.intake(facts);
  }

  static Stream<Arguments> section10Rows() {
    // Requests arrive Monday 2026-03-02 09:15 in Shanghai; a seizure lapsing on Monday the 9th is 7 days away.
    return Stream.of(
        // "default for any type": a type without a row of its own takes NORMAL, 1 / 5 working days, OFFICER.
        Arguments.of("default for any type", intake("SUGGESTION_OTHER"),
            Urgency.NORMAL, "1 working day", "5 working days", "2 working days", Tier.OFFICER, List.of()),
        Arguments.of("PROGRESS_QUERY", intake("PROGRESS_QUERY"),
            Urgency.NORMAL, "4 working hours", "1 working day", "2 working days", Tier.OFFICER, List.of()),
        Arguments.of("CHASE_PROGRESS", intake("CHASE_PROGRESS"),
            Urgency.NORMAL, "1 working day", "3 working days", "2 working days", Tier.OFFICER, List.of()),
        // 7 days or less: urgent; the callback after an urgent request is 1 working day.
        Arguments.of("SEIZURE_RENEWAL expiring in 7 days", Requests.seizureRenewalExpiring(LocalDate.of(2026, 3, 9)),
            Urgency.URGENT, "30 natural minutes", "2 natural hours", "1 working day", Tier.OFFICER,
            List.of("在查封期限届满前办结")),
        Arguments.of("SEIZURE_RENEWAL expiring today", Requests.seizureRenewalExpiring(LocalDate.of(2026, 3, 2)),
            Urgency.URGENT, "30 natural minutes", "2 natural hours", "1 working day", Tier.OFFICER,
            List.of("在查封期限届满前办结")),
        // 8 days: later expiry, priority with the day-before limit.
        Arguments.of("SEIZURE_RENEWAL expiring in 8 days", Requests.seizureRenewalExpiring(LocalDate.of(2026, 3, 10)),
            Urgency.PRIORITY, "4 working hours", "3 working days", "2 working days", Tier.OFFICER,
            List.of("最迟于查封期限届满前一日办结")),
        Arguments.of("COERCIVE_MEASURE with the debtor located now",
            intake("COERCIVE_MEASURE", f -> f.debtorLocatedNow(true)),
            Urgency.URGENT, "30 natural minutes", "2 natural hours", "1 working day", Tier.OFFICER, List.of()),
        Arguments.of("COERCIVE_MEASURE otherwise", intake("COERCIVE_MEASURE"),
            Urgency.NORMAL, "1 working day", "5 working days", "2 working days", Tier.OFFICER, List.of()),
        Arguments.of("PROPERTY_LEAD", intake("PROPERTY_LEAD"),
            Urgency.PRIORITY, "1 working day", "7 natural days", "2 working days", Tier.OFFICER, List.of()),
        Arguments.of("PROPERTY_LEAD with assets about to move",
            intake("PROPERTY_LEAD", f -> f.assetsAboutToMove(true)),
            Urgency.PRIORITY, "1 working day", "3 natural days", "2 working days", Tier.OFFICER, List.of()),
        Arguments.of("FUNDS_PAYOUT", intake("FUNDS_PAYOUT"),
            Urgency.PRIORITY, "1 working day", "10 working days", "2 working days", Tier.OFFICER, List.of()),
        Arguments.of("OBJECTION_GUIDANCE", intake("OBJECTION_GUIDANCE"),
            Urgency.NORMAL, "1 working day", "1 working day", "2 working days", Tier.OFFICER,
            List.of("一次性书面告知需补正的全部材料")),
        Arguments.of("CONDUCT_COMPLAINT", intake("CONDUCT_COMPLAINT"),
            Urgency.PRIORITY, "1 working day", "5 working days", "2 working days", Tier.CENTER_DIRECTOR, List.of()),
        // The response of a petition is the written acknowledgement (信访工作条例 Arts. 22, 34).
        Arguments.of("PETITION", intake("PETITION"),
            Urgency.PRIORITY, "15 natural days", "60 natural days", "2 working days", Tier.BUREAU_LEADER,
            List.of("书面告知信访人是否受理")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("section10Rows")
  void intake_section10Row_setsUrgencyTargetsTierAndRequirements(
      String row,
      IntakeFacts facts,
      Urgency urgency,
      String response,
      String resolution,
      String callback,
      Tier tier,
      List<String> requirements) {
    IntakeDecision decision = decide(facts);

    assertThat(decision.urgency()).as(row).isEqualTo(urgency);
    assertThat(decision.targets().response()).as(row).isEqualTo(Period.parse(response));
    assertThat(decision.targets().resolution()).as(row).isEqualTo(Period.parse(resolution));
    assertThat(decision.targets().callback()).as(row).isEqualTo(Period.parse(callback));
    assertThat(decision.startTier()).as(row).isEqualTo(tier);
    assertThat(decision.requirements()).as(row).containsExactlyElementsOf(requirements);
    assertThat(decision.firedRules()).as(row).isNotEmpty();
    assertThat(decision.ruleBookVersion()).isEqualTo(DefaultBook.BOOK.version());
  }

  @Test
  void intake_urgentSeizureRenewal_mustFinishBeforeTheExpiryDayStartsInShanghai() {
    IntakeDecision decision = decide(Requests.seizureRenewalExpiring(LocalDate.of(2026, 3, 6)));

    assertThat(decision.resolutionLimit()).contains(OffsetDateTime.parse("2026-03-06T00:00+08:00"));
    assertThat(decision.firedRules())
        .contains("A seizure renewal expiring within 7 days is urgent and must finish before the seizure expires");
  }

  @Test
  void intake_laterSeizureRenewal_mustFinishByTheEndOfTheDayBeforeExpiry() {
    IntakeDecision decision = decide(Requests.seizureRenewalExpiring(LocalDate.of(2026, 4, 30)));

    // End of 29 April = start of 30 April, Asia/Shanghai.
    assertThat(decision.resolutionLimit()).contains(OffsetDateTime.parse("2026-04-30T00:00+08:00"));
  }

  @Test
  void intake_seizureRenewalReceivedLateInUtc_countsDaysInShanghai() {
    // 2026-03-01T20:00Z is 2 March 04:00 in Shanghai: 7 days to 9 March, so urgent.
    IntakeFacts facts =
        new IntakeFacts(
            Requests.request(
                "SEIZURE_RENEWAL",
                OffsetDateTime.parse("2026-03-01T20:00Z"),
                "",
                org.enforcementdesk.model.RequestFacts.builder().seizureExpiresOn(LocalDate.of(2026, 3, 9)).build()),
            CaseHistory.NONE);

    assertThat(decide(facts).urgency()).isEqualTo(Urgency.URGENT);
  }

  @Test
  void intake_seizureRenewalWithoutExpiry_takesThePriorityBaselineWithoutLimit() {
    IntakeDecision decision = decide(intake("SEIZURE_RENEWAL"));

    assertThat(decision.urgency()).isEqualTo(Urgency.PRIORITY);
    assertThat(decision.resolutionLimit()).isEmpty();
  }

  @Test
  void intake_petition_flagsAnUnresolvedPetition() {
    IntakeDecision decision = decide(intake("PETITION"));

    assertThat(decision.riskFlags()).extracting(RiskFlag::kind).containsExactly(RiskKind.PETITION_UNRESOLVED);
  }

  @Test
  void intake_threeRequestsWithin30Days_flagsRepeatedVisits() {
    IntakeFacts facts = new IntakeFacts(Requests.request("CHASE_PROGRESS", "", f -> f), new CaseHistory(3, 0, 0));

    IntakeDecision decision = decide(facts);

    assertThat(decision.riskFlags()).extracting(RiskFlag::kind).containsExactly(RiskKind.REPEATED_VISITS);
    assertThat(decision.riskFlags().get(0).reason())
        .isEqualTo("本案30日内来访3次（诉求3件）");
    assertThat(decision.firedRules()).contains("Visits on one case within 30 days reaching the repeated-visits threshold are repeated visits");
  }

  @Test
  void intake_twoRequestsAndACallWithin30Days_flagsRepeatedVisits() {
    IntakeFacts facts = new IntakeFacts(Requests.request("CHASE_PROGRESS", "", f -> f), new CaseHistory(2, 1, 0));

    IntakeDecision decision = decide(facts);

    assertThat(decision.riskFlags()).extracting(RiskFlag::reason)
        .containsExactly("本案30日内来访3次（诉求2件、其他来访来电1次）");
  }

  @Test
  void intake_twoVisitsWithin30Days_flagsNothing() {
    assertThat(decide(new IntakeFacts(Requests.request("CHASE_PROGRESS", "", f -> f), new CaseHistory(2, 0, 0)))
        .riskFlags()).isEmpty();
    assertThat(decide(new IntakeFacts(Requests.request("CHASE_PROGRESS", "", f -> f), new CaseHistory(1, 1, 0)))
        .riskFlags()).isEmpty();
  }

  @Test
  void intake_openPetitionOnTheCase_flagsAnUnresolvedPetition() {
    IntakeFacts facts = new IntakeFacts(Requests.request("FUNDS_PAYOUT", "", f -> f), new CaseHistory(1, 0, 1));

    assertThat(decide(facts).riskFlags()).extracting(RiskFlag::kind).containsExactly(RiskKind.PETITION_UNRESOLVED);
  }

  @Test
  void intake_threateningText_flagsAThreatenedPetitionAndStartsAtTheBureauLeader() {
    IntakeFacts facts =
        new IntakeFacts(Requests.request("CHASE_PROGRESS", "再不执行我就去上访！", f -> f), CaseHistory.NONE);

    IntakeDecision decision = decide(facts);

    assertThat(decision.riskFlags())
        .containsExactly(new RiskFlag(RiskKind.PETITION_THREATENED, "当事人称\u201c上访\u201d"));
    assertThat(decision.startTier()).isEqualTo(Tier.BUREAU_LEADER);
  }

  @Test
  void intake_smallLivelihoodCaseWithVillage_suggestsTheVillageMediator() {
    IntakeDecision decision =
        decide(
            intake(
                "FUNDS_PAYOUT",
                f -> f.causeOfAction("追索劳动报酬纠纷").amountAtStake(yuan("50000")).partyVillage("榜头镇后沁村")));

    assertThat(decision.delegationSuggestion()).hasValueSatisfying(s -> {
      assertThat(s.kind()).isEqualTo(DelegationKind.VILLAGE_MEDIATOR);
      assertThat(s.villageName()).contains("榜头镇后沁村");
    });
  }

  @Test
  void intake_livelihoodMarkedByTheHost_suggestsTheVillageMediator() {
    IntakeDecision decision =
        decide(intake("CHASE_PROGRESS", f -> f.livelihood(true).amountAtStake(yuan("1200")).partyVillage("园庄村")));

    assertThat(decision.delegationSuggestion()).map(s -> s.kind()).contains(DelegationKind.VILLAGE_MEDIATOR);
  }

  @Test
  void intake_livelihoodAboveTheLimitOrWithoutVillageOrAmount_suggestsNobody() {
    assertThat(decide(intake("FUNDS_PAYOUT",
        f -> f.causeOfAction("追索劳动报酬纠纷").amountAtStake(yuan("50000.01")).partyVillage("后沁村")))
        .delegationSuggestion()).isEmpty();
    assertThat(decide(intake("FUNDS_PAYOUT", f -> f.causeOfAction("追索劳动报酬纠纷").amountAtStake(yuan("100"))))
        .delegationSuggestion()).isEmpty();
    assertThat(decide(intake("FUNDS_PAYOUT", f -> f.causeOfAction("追索劳动报酬纠纷").partyVillage("后沁村")))
        .delegationSuggestion()).isEmpty();
    assertThat(decide(intake("FUNDS_PAYOUT", f -> f.causeOfAction("民间借贷").amountAtStake(yuan("100")).partyVillage("后沁村")))
        .delegationSuggestion()).isEmpty();
  }

  @Test
  void intake_caseNotYetFiled_goesToThePreEnforcementTeamEvenIfSmallLivelihood() {
    IntakeDecision decision =
        decide(
            intake(
                "CHASE_PROGRESS",
                f -> f.caseNotYetFiled(true).livelihood(true).amountAtStake(yuan("100")).partyVillage("后沁村")));

    assertThat(decision.delegationSuggestion()).map(s -> s.kind()).contains(DelegationKind.PRE_ENFORCEMENT_TEAM);
  }

  @Test
  void intake_everyDecision_namesTheDefaultRowAndTheTypeRow() {
    assertThat(decide(intake("FUNDS_PAYOUT")).firedRules())
        .containsExactlyInAnyOrder(
            "Any request is normal and is answered within 1 working day and resolved within 5 working days",
            "A payout of collected money is a priority and is resolved within 10 working days");
  }
}
