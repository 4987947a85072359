package org.enforcementdesk.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.ReviewAction;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewFacts;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.policy.RiskFlag;
import org.enforcementdesk.sla.SlaState;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.sla.SlaTargets;

/**
 * A small decision policy for the desk's tests, hand-written after DOMAIN.md section 10 until the Drools rule book
 * exists: the default targets, urgent seizure renewals, petitions to the bureau leader, repeated visits, warnings at
 * the at-risk share, escalation on breach, negative feedback.
 */
public final class FixedPolicy implements DecisionPolicy {

  public static final String VERSION = "fixed-test-policy";
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  public static final SlaTargets DEFAULT =
      new SlaTargets(Period.workingDays(1), Period.workingDays(5), Period.workingDays(2));
  public static final SlaTargets URGENT =
      new SlaTargets(Period.naturalMinutes(30), Period.naturalHours(2), Period.workingDays(1));

  @Override
  public IntakeDecision intake(IntakeFacts facts) {
    Request request = facts.request();
    IntakeDecision.Builder decision = IntakeDecision.builder().ruleBookVersion(VERSION);
    String type = request.type().code();
    LocalDate received = request.receivedAt().atZoneSameInstant(SHANGHAI).toLocalDate();
    if (type.equals("SEIZURE_RENEWAL")
        && request.facts().seizureExpiresOn().map(d -> !d.isAfter(received.plusDays(7))).orElse(false)) {
      LocalDate expiry = request.facts().seizureExpiresOn().orElseThrow();
      decision
          .urgency(Urgency.URGENT)
          .targets(URGENT)
          .startTier(Tier.OFFICER)
          .requirement("finish before the seizure expires")
          .resolveNoLaterThan(expiry.atStartOfDay(SHANGHAI).toOffsetDateTime())
          .fired("A seizure renewal expiring within 7 days is urgent");
    } else if (type.equals("PETITION")) {
      decision
          .urgency(Urgency.PRIORITY)
          .targets(new SlaTargets(Period.naturalDays(15), Period.naturalDays(60), Period.workingDays(2)))
          .startTier(Tier.BUREAU_LEADER)
          .riskFlag(new RiskFlag(RiskKind.PETITION_UNRESOLVED, "an open petition on the case"))
          .fired("A petition goes to the bureau leader");
    } else {
      decision.urgency(Urgency.NORMAL).targets(DEFAULT).startTier(Tier.OFFICER).fired("Default targets for any type");
    }
    if (facts.history().requestsWithin30Days() >= 3) {
      decision
          .riskFlag(new RiskFlag(RiskKind.REPEATED_VISITS, facts.history().requestsWithin30Days() + " requests in 30 days"))
          .fired("Three requests on one case within 30 days is a repeated visit");
    }
    return decision.build();
  }

  @Override
  public ReviewDecision review(ReviewFacts facts) {
    List<ReviewAction> actions = new ArrayList<>();
    List<String> fired = new ArrayList<>();
    if (facts.signal() == ReviewSignal.TICK && facts.resolutionState() == SlaState.AT_RISK && !facts.warned()) {
      actions.add(new ReviewAction.WarnHandler(SlaTarget.RESOLUTION, "75% of the resolution period used"));
      fired.add("Warn the handler at 75% of the resolution period");
    }
    if (facts.signal() == ReviewSignal.TICK && facts.resolutionState() == SlaState.BREACHED && !facts.breached()) {
      Tier to = facts.urgency() == Urgency.URGENT ? Tier.BUREAU_LEADER : facts.tier().next().orElse(Tier.BUREAU_LEADER);
      actions.add(new ReviewAction.Escalate(to, "resolution deadline missed"));
      fired.add(facts.urgency() == Urgency.URGENT ? "An urgent breach goes to the bureau leader" : "Escalate one tier on breach");
    }
    if (facts.signal() == ReviewSignal.URGE && facts.urgeCount() >= 2) {
      actions.add(new ReviewAction.FlagRisk(new RiskFlag(RiskKind.REPEATED_VISITS, "urged " + facts.urgeCount() + " times")));
      fired.add("Urges on one request reaching the repeated-urges threshold are a repeated visit");
    }
    if (facts.signal() == ReviewSignal.EVALUATION && facts.hasDissatisfiedAspect()) {
      actions.add(new ReviewAction.FlagRisk(new RiskFlag(RiskKind.NEGATIVE_FEEDBACK, "dissatisfied: " + facts.dissatisfiedAspects())));
      actions.add(new ReviewAction.RequestCallback(Tier.CENTER_DIRECTOR, Period.workingDays(1), "bad review"));
      fired.add("A dissatisfied evaluation calls for the director's callback");
    }
    if (facts.signal() == ReviewSignal.PETITION && facts.threatMarked()) {
      actions.add(new ReviewAction.Escalate(Tier.BUREAU_LEADER, "the party threatened to petition"));
      fired.add("A threatened petition goes to the bureau leader at once");
    }
    return ReviewDecision.of(actions, fired, VERSION);
  }
}
