package org.enforcementdesk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * 满意度评价: a party's evaluation of a resolved request, rating each of the five aspects, with free text; or the
 * party's refusal to evaluate.
 *
 * @param ratings the rating of every aspect (all five), or empty if the party declined
 * @param comment what the party said, possibly empty; at most {@value FreeText#MAX_LENGTH} characters
 * @param declined whether the party declined to evaluate
 */
public record Evaluation(Map<EvaluationAspect, Rating> ratings, String comment, boolean declined) {

  /**
   * All five aspects rated, or none when declined; the comment stripped.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if an aspect is missing, or ratings come with a refusal
   */
  public Evaluation {
    requireNonNull(ratings, "ratings");
    ratings = Maps.immutableEnumMap(ratings);
    comment = FreeText.optional("evaluation comment", comment);
    if (declined) {
      checkArgument(ratings.isEmpty(), "a declined evaluation has no ratings: %s", ratings);
    } else {
      Set<EvaluationAspect> missing = EnumSet.allOf(EvaluationAspect.class);
      missing.removeAll(ratings.keySet());
      checkArgument(missing.isEmpty(), "an evaluation rates all five aspects; missing: %s", missing);
    }
  }

  /**
   * An evaluation rating every aspect.
   *
   * @throws IllegalArgumentException if an aspect is missing
   */
  public static Evaluation of(Map<EvaluationAspect, Rating> ratings, String comment) {
    return new Evaluation(ratings, comment, false);
  }

  /** An evaluation that rates every aspect the same. */
  public static Evaluation all(Rating rating, String comment) {
    Map<EvaluationAspect, Rating> ratings = new EnumMap<>(EvaluationAspect.class);
    for (EvaluationAspect aspect : EvaluationAspect.values()) {
      ratings.put(aspect, rating);
    }
    return of(ratings, comment);
  }

  /** The party declined to evaluate. */
  public static Evaluation declinedBy(String comment) {
    return new Evaluation(Map.of(), comment, true);
  }

  /** The aspects rated dissatisfied, each of which opens a rectification item (一项一策). */
  public Set<EvaluationAspect> dissatisfiedAspects() {
    return ratings.entrySet().stream()
        .filter(e -> e.getValue() == Rating.DISSATISFIED)
        .map(Map.Entry::getKey)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Whether every rated aspect counts as satisfied; false for a declined evaluation. */
  public boolean isSatisfied() {
    return !declined && ratings.values().stream().allMatch(Rating::countsAsSatisfied);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
