package org.enforcementdesk.policy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.enforcementdesk.model.LogSafe;

/**
 * What the rules decided on review: the actions to take (possibly none), the rules that fired, and the rule-book
 * version.
 *
 * @param actions the actions, in the order the rules produced them; may be empty
 * @param firedRules the names of the rules that fired; may be empty when nothing applied
 * @param ruleBookVersion the version of the rule book that decided; not blank
 */
public record ReviewDecision(
    ImmutableList<ReviewAction> actions, ImmutableList<String> firedRules, String ruleBookVersion) {

  /**
   * Checks that the rule names and the version are not blank.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a rule name or the version is blank
   */
  public ReviewDecision {
    actions = ImmutableList.copyOf(requireNonNull(actions, "actions"));
    firedRules = Texts.ruleNames(firedRules);
    ruleBookVersion = Texts.nonBlank("ruleBookVersion", ruleBookVersion);
  }

  /** A decision of this rule book to do nothing. */
  public static ReviewDecision nothing(String ruleBookVersion) {
    return new ReviewDecision(ImmutableList.of(), ImmutableList.of(), ruleBookVersion);
  }

  /** A decision with these actions and fired rules. */
  public static ReviewDecision of(List<ReviewAction> actions, List<String> firedRules, String ruleBookVersion) {
    return new ReviewDecision(ImmutableList.copyOf(actions), ImmutableList.copyOf(firedRules), ruleBookVersion);
  }

  /** Whether there is nothing to do. */
  public boolean isEmpty() {
    return actions.isEmpty();
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
