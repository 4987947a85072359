package org.enforcementdesk.rules;

import static java.util.Objects.requireNonNull;

import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.policy.DelegationTerms;
import org.enforcementdesk.policy.EarlierStatutoryDeadline;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewFacts;

/**
 * The decision policy of one {@link RuleBook}: every decision is made by its rules and names its version and the
 * rules that fired. Thread-safe; each decision runs alone in a session that is empty before and after it.
 *
 * <pre>{@code
 * DecisionPolicy policy = new DroolsDecisionPolicy(RuleBook.defaults(clock.instant()));
 * IntakeDecision decision = policy.intake(new IntakeFacts(request, CaseHistory.NONE));
 * }</pre>
 */
public final class DroolsDecisionPolicy implements DecisionPolicy {

  private final RuleBook book;

  /**
   * A policy deciding with this rule book.
   *
   * @param book the rule book; not null
   */
  public DroolsDecisionPolicy(RuleBook book) {
    this.book = requireNonNull(book, "book");
  }

  /** The rule book this policy decides with; not null. */
  public RuleBook ruleBook() {
    return book;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if the rule book leaves a setting undecided for the request's type (a rule book
   *     without a row for any type) or a rule fails
   */
  @Override
  public IntakeDecision intake(IntakeFacts facts) {
    return book.intake(facts);
  }

  /** {@inheritDoc} */
  @Override
  public ReviewDecision review(ReviewFacts facts) {
    return book.review(facts);
  }

  /**
   * {@inheritDoc}
   *
   * <p>From the rule book's settings: {@code delegation.period.KIND} and {@code delegation.pausesResolutionClock}.
   */
  @Override
  public DelegationTerms delegationTerms(DelegationKind kind) {
    return book.delegationTerms(kind);
  }

  @Override
  public EarlierStatutoryDeadline earlierStatutoryDeadline() {
    return book.earlierStatutoryDeadline();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The facts the rule book's {@code court-facts.properties} declares, besides the library's own.
   */
  @Override
  public void checkFacts(RequestFacts facts) {
    book.checkFacts(facts);
  }
}
