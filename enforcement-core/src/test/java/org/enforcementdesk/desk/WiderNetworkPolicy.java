package org.enforcementdesk.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.ReviewAction;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewFacts;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.policy.RiskFlag;
import org.enforcementdesk.testing.FixedPolicy;

/**
 * The fixed test policy plus the case-activity rules of DOMAIN.md section 10 that it leaves out: three or more visits
 * (requests and contacts) within 30 days are repeated visits, an open petition is an unresolved petition, and a
 * threat phrase in the party's words flags a threatened petition and goes to the bureau leader. It also owns the
 * attitude aspect of a bad evaluation at the officer tier within 3 working days, so that a story can tell an item
 * the rules placed from one the desk placed by default.
 */
final class WiderNetworkPolicy implements DecisionPolicy {

  static final String VERSION = "wider-network-test-policy";

  /** The rules' own period for an attitude item, distinct from the desk's default of 5 working days. */
  static final Period ATTITUDE_PERIOD = Period.workingDays(3);

  private static final List<String> THREATS = List.of("上访", "信访", "媒体", "曝光", "跳楼");

  private final FixedPolicy fixed = new FixedPolicy();

  @Override
  public IntakeDecision intake(IntakeFacts facts) {
    return fixed.intake(facts);
  }

  @Override
  public ReviewDecision review(ReviewFacts facts) {
    ReviewDecision base = fixed.review(facts);
    List<ReviewAction> actions = new ArrayList<>(base.actions());
    List<String> fired = new ArrayList<>(base.firedRules());
    if (facts.signal() == ReviewSignal.CASE_ACTIVITY) {
      int visits = facts.history().visitsWithin30Days();
      if (visits >= 3 && !facts.riskAlreadyFlagged().contains(RiskKind.REPEATED_VISITS)) {
        actions.add(new ReviewAction.FlagRisk(new RiskFlag(RiskKind.REPEATED_VISITS, visits + " visits in 30 days")));
        fired.add("Three visits on one case within 30 days is a repeated visit");
      }
      if (facts.history().openPetitions() > 0 && !facts.riskAlreadyFlagged().contains(RiskKind.PETITION_UNRESOLVED)) {
        actions.add(new ReviewAction.FlagRisk(
            new RiskFlag(RiskKind.PETITION_UNRESOLVED, facts.history().openPetitions() + " open petition(s)")));
        fired.add("An open petition on the case flags an unresolved petition");
      }
      Optional<String> threat = THREATS.stream().filter(facts.latestText()::contains).findFirst();
      if (threat.isPresent() && !facts.riskAlreadyFlagged().contains(RiskKind.PETITION_THREATENED)) {
        actions.add(new ReviewAction.FlagRisk(
            new RiskFlag(RiskKind.PETITION_THREATENED, "the party says \u201c" + threat.get() + "\u201d")));
        actions.add(new ReviewAction.Escalate(Tier.BUREAU_LEADER, "the party threatens to petition"));
        fired.add("A threatened petition is flagged and goes to the bureau leader at once");
      }
    }
    if (facts.signal() == ReviewSignal.EVALUATION && facts.dissatisfiedAspects().contains(EvaluationAspect.ATTITUDE)) {
      actions.add(new ReviewAction.OpenRectification(
          EvaluationAspect.ATTITUDE, Tier.OFFICER, ATTITUDE_PERIOD, "the handler answers for their own attitude"));
      fired.add("An attitude complaint is rectified by the officer tier within 3 working days");
    }
    return ReviewDecision.of(actions, fired, actions.isEmpty() ? base.ruleBookVersion() : VERSION);
  }
}
