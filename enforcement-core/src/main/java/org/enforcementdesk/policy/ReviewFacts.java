package org.enforcementdesk.policy;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RequestType;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.sla.SlaState;

/**
 * The facts the rules read when they review an open work order: what prompted the review, the order as it stands
 * (type, urgency, tier, where its resolution clock is), what the party has said and done, and its case's history.
 * Immutable; the instant of the review is {@code at}, never a clock.
 *
 * @param signal what prompted the review; not null
 * @param at the instant of the review; not null
 * @param type the request's type; not null
 * @param urgency the order's urgency now; not null
 * @param tier the tier handling the order now; not null
 * @param resolutionState where the resolution clock stands at {@code at}; not null
 * @param usedShare the share of the resolution period used at {@code at}
 * @param urgeCount how often the party has urged this request (duplicates included)
 * @param latestText what the party said last (the request's text, or the latest urge's); may be empty, not null
 * @param threatMarked whether an officer marked the party's words as a threat to petition
 * @param evaluation the ratings of the latest evaluation, by aspect; empty if none
 * @param history the case's history; not null
 * @param riskAlreadyFlagged risk kinds already flagged on this order, so a rule does not raise them twice
 * @param warned whether the handler was already warned about the resolution deadline
 * @param breached whether the breach of the resolution deadline was already acted on
 */
public record ReviewFacts(
    ReviewSignal signal,
    Instant at,
    RequestType type,
    Urgency urgency,
    Tier tier,
    SlaState resolutionState,
    double usedShare,
    int urgeCount,
    String latestText,
    boolean threatMarked,
    ImmutableMap<EvaluationAspect, Rating> evaluation,
    CaseHistory history,
    ImmutableSet<RiskKind> riskAlreadyFlagged,
    boolean warned,
    boolean breached) {

  /**
   * Checks that every fact is given and the urge count is not negative.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the urge count is negative
   */
  public ReviewFacts {
    requireNonNull(signal, "signal");
    requireNonNull(at, "at");
    requireNonNull(type, "type");
    requireNonNull(urgency, "urgency");
    requireNonNull(tier, "tier");
    requireNonNull(resolutionState, "resolutionState");
    Preconditions.checkArgument(urgeCount >= 0, "urgeCount cannot be negative: %s", urgeCount);
    requireNonNull(latestText, "latestText");
    evaluation = ImmutableMap.copyOf(requireNonNull(evaluation, "evaluation"));
    requireNonNull(history, "history");
    riskAlreadyFlagged = ImmutableSet.copyOf(requireNonNull(riskAlreadyFlagged, "riskAlreadyFlagged"));
  }

  /** Whether the latest evaluation rates any aspect dissatisfied. */
  public boolean hasDissatisfiedAspect() {
    return evaluation.containsValue(Rating.DISSATISFIED);
  }

  /** The aspects rated dissatisfied in the latest evaluation. */
  public Set<EvaluationAspect> dissatisfiedAspects() {
    return evaluation.entrySet().stream()
        .filter(entry -> entry.getValue() == Rating.DISSATISFIED)
        .map(Map.Entry::getKey)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** The rating of one aspect in the latest evaluation, if there is one. */
  public Optional<Rating> rating(EvaluationAspect aspect) {
    return Optional.ofNullable(evaluation.get(aspect));
  }
}
