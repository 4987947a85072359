package org.enforcementdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.enforcementdesk.rules.RuleDirectories.lineOf;
import static org.enforcementdesk.rules.RuleDirectories.replace;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.policy.ReviewAction.FlagRisk;
import org.enforcementdesk.policy.ReviewAction.OpenRectification;
import org.enforcementdesk.policy.ReviewAction.RequestCallback;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.policy.RiskFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every dissatisfied aspect of an evaluation opens one rectification item (一项一策), owned by the centre director. */
class RectificationRulesTest {

  private static final Instant LOADED = Instant.parse("2026-03-01T00:00:00Z");
  private static final String RULE =
      "Each aspect of a dissatisfied evaluation opens a rectification item for the centre director";

  @TempDir Path dir;

  private static Reviews evaluation() {
    return Reviews.on(ReviewSignal.EVALUATION)
        .rated(EvaluationAspect.ATTITUDE, Rating.DISSATISFIED)
        .rated(EvaluationAspect.PROCESS, Rating.SATISFIED)
        .rated(EvaluationAspect.PROCEDURE, Rating.DISSATISFIED);
  }

  @Test
  void review_twoDissatisfiedAspects_openOneItemEach() {
    ReviewDecision decision = DefaultBook.POLICY.review(evaluation().facts());

    assertThat(decision.actions())
        .filteredOn(OpenRectification.class::isInstance)
        .containsExactlyInAnyOrder(
            new OpenRectification(
                EvaluationAspect.ATTITUDE, Tier.CENTER_DIRECTOR, Period.workingDays(5),
                "当事人对态度不满意"),
            new OpenRectification(
                EvaluationAspect.PROCEDURE, Tier.CENTER_DIRECTOR, Period.workingDays(5),
                "当事人对程序不满意"));
    // One rule, fired once per aspect.
    assertThat(decision.firedRules()).filteredOn(RULE::equals).hasSize(2);
  }

  @Test
  void review_twoDissatisfiedAspects_flagAndCallbackNameThemInChinese() {
    // Rated in the other order: the reason still follows the evaluation form (态度 before 程序).
    ReviewDecision decision =
        DefaultBook.POLICY.review(
            Reviews.on(ReviewSignal.EVALUATION)
                .rated(EvaluationAspect.PROCEDURE, Rating.DISSATISFIED)
                .rated(EvaluationAspect.ATTITUDE, Rating.DISSATISFIED)
                .facts());

    assertThat(decision.actions())
        .contains(
            new FlagRisk(new RiskFlag(RiskKind.NEGATIVE_FEEDBACK, "当事人对态度、程序不满意")),
            new RequestCallback(Tier.CENTER_DIRECTOR, Period.workingDays(1), "当事人对态度、程序不满意"));
  }

  @Test
  void review_dissatisfiedAspectOnAnotherSignal_opensNothing() {
    ReviewDecision decision =
        DefaultBook.POLICY.review(
            Reviews.on(ReviewSignal.URGE).rated(EvaluationAspect.ATTITUDE, Rating.DISSATISFIED).facts());

    assertThat(decision.actions()).noneMatch(OpenRectification.class::isInstance);
  }

  @Test
  void rectify_sameAspectTwice_keepsTheFirstItem() {
    ReviewResult result = new ReviewResult(null);

    result.rectify(EvaluationAspect.MANNER, Tier.CENTER_DIRECTOR, "5 working days", "first");
    result.rectify(EvaluationAspect.MANNER, Tier.BUREAU_LEADER, Period.workingDays(2), "second");

    assertThat(result.toDecision(List.of(), "v").actions())
        .containsExactly(
            new OpenRectification(EvaluationAspect.MANNER, Tier.CENTER_DIRECTOR, Period.workingDays(5), "first"));
  }

  @Test
  void fromDirectory_courtRectificationPeriod_isTheItemsPeriod() {
    RuleDirectories.copyDefaults(dir);
    replace(dir.resolve(RuleSettings.FILE_NAME), "rectification.period = 5 working days", "rectification.period = 3 working days");

    ReviewDecision decision = new DroolsDecisionPolicy(RuleBook.fromDirectory(dir, LOADED)).review(evaluation().facts());

    assertThat(decision.actions())
        .filteredOn(OpenRectification.class::isInstance)
        .extracting(a -> ((OpenRectification) a).within())
        .containsExactly(Period.workingDays(3), Period.workingDays(3));
  }

  @Test
  void fromDirectory_courtRuleWithHigherSalience_givesItsAspectAnotherOwner() {
    RuleDirectories.copyDefaults(dir);
    RuleDirectories.write(
        dir.resolve("review-local.drl"),
        """
        package org.enforcementdesk.rules.book;

        import org.enforcementdesk.rules.ReviewOrder;
        import org.enforcementdesk.rules.ReviewResult;
        import org.enforcementdesk.policy.ReviewSignal;
        import org.enforcementdesk.model.EvaluationAspect;
        import org.enforcementdesk.model.Tier;

        global ReviewResult review;

        rule "A dissatisfied procedure is rectified by the bureau leader within 3 working days"
          salience 10
        when
          ReviewOrder( signal == ReviewSignal.EVALUATION, dissatisfiedAspects contains EvaluationAspect.PROCEDURE )
        then
          review.rectify(EvaluationAspect.PROCEDURE, Tier.BUREAU_LEADER, "3 working days", "procedure questioned");
        end
        """);

    ReviewDecision decision = new DroolsDecisionPolicy(RuleBook.fromDirectory(dir, LOADED)).review(evaluation().facts());

    assertThat(decision.actions())
        .filteredOn(OpenRectification.class::isInstance)
        .extracting(RuleScenario::describe)
        .containsExactlyInAnyOrder(
            "rectify ATTITUDE by CENTER_DIRECTOR within 5 working days",
            "rectify PROCEDURE by BUREAU_LEADER within 3 working days");
  }

  @Test
  void fromDirectory_badRectificationPeriod_namesFileAndLine() {
    RuleDirectories.copyDefaults(dir);
    Path settings = dir.resolve(RuleSettings.FILE_NAME);
    int line = lineOf(settings, "rectification.period =");
    replace(settings, "rectification.period = 5 working days", "rectification.period = 5 working day");

    RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.fromDirectory(dir, LOADED));

    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p)
            .startsWith(RuleSettings.FILE_NAME + ":" + line + ":1: rectification.period: ")
            .contains("\"5 working day\""));
  }

  @Test
  void fromDirectory_badPeriodTextInARectifyCall_namesFileLineAndColumn() {
    RuleDirectories.copyDefaults(dir);
    RuleDirectories.write(
        dir.resolve("review-local.drl"),
        """
        package org.enforcementdesk.rules.book;

        import org.enforcementdesk.rules.ReviewOrder;
        import org.enforcementdesk.rules.ReviewResult;
        import org.enforcementdesk.model.EvaluationAspect;
        import org.enforcementdesk.model.Tier;

        global ReviewResult review;

        rule "An urged order with a dissatisfied manner opens an item for the bureau leader"
        when
          ReviewOrder( urgeCount > 2, dissatisfiedAspects contains EvaluationAspect.MANNER )
        then
          review.rectify(EvaluationAspect.MANNER, Tier.BUREAU_LEADER, "2 working day", "urged and dissatisfied");
        end
        """);

    RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.fromDirectory(dir, LOADED));

    // Column 64: where the period text starts, inside the quotes.
    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("review-local.drl:14:64: ").contains("\"2 working day\""));
  }
}
