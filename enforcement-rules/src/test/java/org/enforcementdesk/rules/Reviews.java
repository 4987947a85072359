package org.enforcementdesk.rules;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.ReviewFacts;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.sla.SlaState;

/** A builder of review facts for the rule tests: a quiet, on-track order unless told otherwise. */
final class Reviews {

  private ReviewSignal signal = ReviewSignal.TICK;
  private Urgency urgency = Urgency.NORMAL;
  private Tier tier = Tier.OFFICER;
  private SlaState state = SlaState.ON_TRACK;
  private double share = 0.5;
  private int urges;
  private String text = "";
  private boolean threatMarked;
  private ImmutableMap<EvaluationAspect, Rating> evaluation = ImmutableMap.of();
  private CaseHistory history = CaseHistory.NONE;
  private ImmutableSet<RiskKind> flagged = ImmutableSet.of();
  private boolean warned;
  private boolean breached;

  static Reviews on(ReviewSignal signal) {
    Reviews reviews = new Reviews();
    reviews.signal = signal;
    return reviews;
  }

  Reviews urgency(Urgency value) {
    urgency = value;
    return this;
  }

  Reviews tier(Tier value) {
    tier = value;
    return this;
  }

  Reviews state(SlaState value, double usedShare) {
    state = value;
    share = usedShare;
    return this;
  }

  Reviews urges(int value) {
    urges = value;
    return this;
  }

  Reviews text(String value) {
    text = value;
    return this;
  }

  Reviews threatMarked() {
    threatMarked = true;
    return this;
  }

  Reviews rated(EvaluationAspect aspect, Rating rating) {
    evaluation = ImmutableMap.<EvaluationAspect, Rating>builder().putAll(evaluation).put(aspect, rating).build();
    return this;
  }

  Reviews history(CaseHistory value) {
    history = value;
    return this;
  }

  Reviews flagged(RiskKind... kinds) {
    flagged = ImmutableSet.copyOf(kinds);
    return this;
  }

  Reviews warned() {
    warned = true;
    return this;
  }

  Reviews breached() {
    breached = true;
    return this;
  }

  ReviewFacts facts() {
    return new ReviewFacts(
        signal,
        Instant.parse("2026-03-04T02:00:00Z"),
        TaxonomyFile.defaults().type("CHASE_PROGRESS"),
        urgency,
        tier,
        state,
        share,
        urges,
        text,
        threatMarked,
        evaluation,
        history,
        flagged,
        warned,
        breached);
  }
}
