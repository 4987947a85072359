package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.enforcementdesk.policy.ReviewDecision;

/**
 * Where a decision came from: the rules that fired and the rule-book version, or a person's judgement. Events the
 * rules caused carry it, so "why was this escalated?" always has an answer.
 *
 * @param firedRules the names of the rules that fired; empty for a person's decision
 * @param ruleBookVersion the rule-book version, or empty for a person's decision
 */
public record Provenance(ImmutableList<String> firedRules, String ruleBookVersion) {

  /**
   * The desk's own fixed behaviour, not a rule book's: response clocks are watched and their crossings recorded
   * whatever the rules say.
   */
  public static final Provenance DESK = new Provenance(ImmutableList.of(), "desk");

  /** A person decided, not the rules. */
  public static final Provenance PERSON = new Provenance(ImmutableList.of(), "");

  /**
   * Checks that nothing is missing.
   *
   * @throws NullPointerException if a component is null
   */
  public Provenance {
    firedRules = ImmutableList.copyOf(requireNonNull(firedRules, "firedRules"));
    requireNonNull(ruleBookVersion, "ruleBookVersion");
  }

  /** The provenance of a review decision. */
  public static Provenance of(ReviewDecision decision) {
    return new Provenance(decision.firedRules(), decision.ruleBookVersion());
  }

  /** The provenance of rules by name in one rule-book version. */
  public static Provenance of(List<String> firedRules, String ruleBookVersion) {
    return new Provenance(ImmutableList.copyOf(firedRules), ruleBookVersion);
  }

  /** Whether a person decided. */
  public boolean isPerson() {
    return ruleBookVersion.isEmpty();
  }
}
