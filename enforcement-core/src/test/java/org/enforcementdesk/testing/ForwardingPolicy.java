package org.enforcementdesk.testing;

import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewFacts;

/** The fixed policy's decisions, for a test to override one of them: a rule that fails, another setting. */
public class ForwardingPolicy implements DecisionPolicy {

  private final FixedPolicy rules = new FixedPolicy();

  @Override
  public IntakeDecision intake(IntakeFacts facts) {
    return rules.intake(facts);
  }

  @Override
  public ReviewDecision review(ReviewFacts facts) {
    return rules.review(facts);
  }
}
