package org.enforcementdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.ReviewAction;
import org.enforcementdesk.policy.ReviewAction.Escalate;
import org.enforcementdesk.policy.ReviewAction.FlagRisk;
import org.enforcementdesk.policy.ReviewAction.OpenRectification;
import org.enforcementdesk.policy.ReviewAction.RequestCallback;
import org.enforcementdesk.policy.ReviewAction.WarnHandler;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.sla.SlaState;
import org.enforcementdesk.sla.SlaTarget;
import org.junit.jupiter.api.Test;

/** The review rules of DOMAIN.md section 10: escalation on the clock and the risk triggers on party signals. */
class ReviewRulesTest {

  private static ReviewDecision review(Reviews reviews) {
    return DefaultBook.POLICY.review(reviews.facts());
  }

  private static RiskKind flagOf(ReviewAction action) {
    return ((FlagRisk) action).flag().kind();
  }

  @Test
  void review_tickOnTrack_doesNothing() {
    ReviewDecision decision = review(Reviews.on(ReviewSignal.TICK));

    assertThat(decision.isEmpty()).isTrue();
    assertThat(decision.firedRules()).isEmpty();
    assertThat(decision.ruleBookVersion()).isEqualTo(DefaultBook.BOOK.version());
  }

  @Test
  void review_tickAtRiskNotWarned_warnsTheHandler() {
    ReviewDecision decision = review(Reviews.on(ReviewSignal.TICK).state(SlaState.AT_RISK, 0.75));

    assertThat(decision.actions())
        .containsExactly(new WarnHandler(SlaTarget.RESOLUTION, "办结期限已用75%"));
    assertThat(decision.firedRules()).containsExactly("Warn the handler when the resolution deadline is at risk");
  }

  @Test
  void review_tickAtRiskAlreadyWarned_doesNothing() {
    assertThat(review(Reviews.on(ReviewSignal.TICK).state(SlaState.AT_RISK, 0.8).warned()).isEmpty()).isTrue();
  }

  @Test
  void review_breachAtOfficer_escalatesOneTier() {
    ReviewDecision decision = review(Reviews.on(ReviewSignal.TICK).state(SlaState.BREACHED, 1.1));

    assertThat(decision.actions()).containsExactly(new Escalate(Tier.CENTER_DIRECTOR, "逾期未办结"));
    assertThat(decision.firedRules()).containsExactly("A missed resolution deadline goes up one tier");
  }

  @Test
  void review_breachAtDirector_escalatesToTheBureauLeader() {
    ReviewDecision decision =
        review(Reviews.on(ReviewSignal.TICK).tier(Tier.CENTER_DIRECTOR).state(SlaState.BREACHED, 1.0));

    assertThat(decision.actions()).extracting(a -> ((Escalate) a).to()).containsExactly(Tier.BUREAU_LEADER);
  }

  @Test
  void review_urgentBreachAtOfficer_goesStraightToTheBureauLeader() {
    ReviewDecision decision =
        review(Reviews.on(ReviewSignal.TICK).urgency(Urgency.URGENT).state(SlaState.BREACHED, 1.0));

    assertThat(decision.actions()).extracting(a -> ((Escalate) a).to()).containsExactly(Tier.BUREAU_LEADER);
    assertThat(decision.firedRules())
        .containsExactly("A missed deadline on an urgent request goes straight to the bureau leader");
  }

  @Test
  void review_breachAlreadyActedOn_doesNothing() {
    assertThat(review(Reviews.on(ReviewSignal.TICK).state(SlaState.BREACHED, 1.2).breached()).isEmpty()).isTrue();
  }

  @Test
  void review_breachAtTheBureauLeader_warnsInsteadOfEscalating() {
    ReviewDecision decision =
        review(Reviews.on(ReviewSignal.TICK).tier(Tier.BUREAU_LEADER).state(SlaState.BREACHED, 1.0));

    assertThat(decision.actions()).singleElement().isInstanceOf(WarnHandler.class);
  }

  @Test
  void review_secondUrge_flagsRepeatedVisits() {
    ReviewDecision decision = review(Reviews.on(ReviewSignal.URGE).urges(2));

    assertThat(decision.actions()).extracting(ReviewRulesTest::flagOf).containsExactly(RiskKind.REPEATED_VISITS);
  }

  @Test
  void review_firstUrgeOrAlreadyFlagged_flagsNothing() {
    assertThat(review(Reviews.on(ReviewSignal.URGE).urges(1)).isEmpty()).isTrue();
    assertThat(review(Reviews.on(ReviewSignal.URGE).urges(3).flagged(RiskKind.REPEATED_VISITS)).isEmpty()).isTrue();
  }

  @Test
  void review_dissatisfiedEvaluation_flagsNegativeFeedbackAsksTheDirectorToCallBackAndOpensAnItem() {
    ReviewDecision decision =
        review(
            Reviews.on(ReviewSignal.EVALUATION)
                .rated(EvaluationAspect.ATTITUDE, Rating.DISSATISFIED)
                .rated(EvaluationAspect.PROCESS, Rating.SATISFIED));

    assertThat(decision.actions()).hasSize(3);
    assertThat(decision.actions()).filteredOn(FlagRisk.class::isInstance)
        .extracting(ReviewRulesTest::flagOf).containsExactly(RiskKind.NEGATIVE_FEEDBACK);
    assertThat(decision.actions()).filteredOn(RequestCallback.class::isInstance).singleElement()
        .satisfies(a -> {
          RequestCallback callback = (RequestCallback) a;
          assertThat(callback.by()).isEqualTo(Tier.CENTER_DIRECTOR);
          assertThat(callback.within()).isEqualTo(Period.workingDays(1));
        });
  }

  @Test
  void review_dissatisfiedEvaluationAlreadyFlagged_stillAsksForTheCallbackAndOpensAnItem() {
    ReviewDecision decision =
        review(
            Reviews.on(ReviewSignal.EVALUATION)
                .rated(EvaluationAspect.MEASURES, Rating.DISSATISFIED)
                .flagged(RiskKind.NEGATIVE_FEEDBACK));

    assertThat(decision.actions()).extracting(Object::getClass)
        .containsExactlyInAnyOrder(RequestCallback.class, OpenRectification.class);
  }

  @Test
  void review_satisfiedEvaluation_doesNothing() {
    assertThat(
            review(Reviews.on(ReviewSignal.EVALUATION).rated(EvaluationAspect.ATTITUDE, Rating.BASICALLY_SATISFIED))
                .isEmpty())
        .isTrue();
  }

  @Test
  void review_petitionMarkedAsThreat_flagsAndEscalatesToTheBureauLeader() {
    ReviewDecision decision = review(Reviews.on(ReviewSignal.PETITION).threatMarked());

    assertThat(decision.actions()).filteredOn(FlagRisk.class::isInstance)
        .extracting(ReviewRulesTest::flagOf).containsExactly(RiskKind.PETITION_THREATENED);
    assertThat(decision.actions()).filteredOn(Escalate.class::isInstance)
        .extracting(a -> ((Escalate) a).to()).containsExactly(Tier.BUREAU_LEADER);
  }

  @Test
  void review_petitionWithThreateningText_flagsAndEscalates() {
    ReviewDecision decision = review(Reviews.on(ReviewSignal.PETITION).text("不解决我就找媒体曝光"));

    assertThat(decision.actions()).extracting(Object::getClass).containsExactly(FlagRisk.class, Escalate.class);
    assertThat(decision.actions().get(0).reason()).isEqualTo("当事人称\u201c媒体\u201d");
  }

  @Test
  void review_threatAlreadyFlagged_doesNothingMore() {
    assertThat(
            review(Reviews.on(ReviewSignal.PETITION).threatMarked().flagged(RiskKind.PETITION_THREATENED)).isEmpty())
        .isTrue();
  }

  @Test
  void review_caseActivityMakingThreeRequests_flagsRepeatedVisits() {
    ReviewDecision decision = review(Reviews.on(ReviewSignal.CASE_ACTIVITY).history(new CaseHistory(3, 0, 0)));

    assertThat(decision.actions()).extracting(ReviewRulesTest::flagOf).containsExactly(RiskKind.REPEATED_VISITS);
  }

  @Test
  void review_callMakingThreeVisits_flagsRepeatedVisits() {
    ReviewDecision decision = review(Reviews.on(ReviewSignal.CASE_ACTIVITY).history(new CaseHistory(1, 2, 0)));

    assertThat(decision.actions()).extracting(ReviewRulesTest::flagOf).containsExactly(RiskKind.REPEATED_VISITS);
    assertThat(decision.actions().get(0).reason())
        .isEqualTo("本案30日内来访3次（诉求1件、其他来访来电2次）");
    assertThat(decision.firedRules())
        .containsExactly("Another visit reaching the repeated-visits threshold within 30 days is a repeated visit");
  }

  @Test
  void review_caseActivityWithTwoVisits_flagsNothing() {
    assertThat(review(Reviews.on(ReviewSignal.CASE_ACTIVITY).history(new CaseHistory(1, 1, 0))).isEmpty()).isTrue();
  }

  @Test
  void review_openPetitionOnTheCase_flagsAnUnresolvedPetitionOnce() {
    assertThat(review(Reviews.on(ReviewSignal.PETITION).history(new CaseHistory(1, 0, 1))).actions())
        .extracting(ReviewRulesTest::flagOf).containsExactly(RiskKind.PETITION_UNRESOLVED);
    assertThat(
            review(Reviews.on(ReviewSignal.TICK).history(new CaseHistory(1, 0, 1)).flagged(RiskKind.PETITION_UNRESOLVED))
                .isEmpty())
        .isTrue();
  }
}
