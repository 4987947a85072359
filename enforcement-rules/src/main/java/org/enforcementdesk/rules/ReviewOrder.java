package org.enforcementdesk.rules;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.ReviewFacts;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.sla.SlaState;

/**
 * The fact review rules match: a read-only view of an open work order at the instant of review, in the vocabulary
 * of the rule files ({@code signal}, {@code resolutionState}, {@code urgeCount} ...). Immutable.
 */
public final class ReviewOrder {

  private final ReviewFacts facts;

  ReviewOrder(ReviewFacts facts) {
    this.facts = facts;
  }

  /** What prompted the review. */
  public ReviewSignal getSignal() {
    return facts.signal();
  }

  /** The instant of the review. */
  public Instant getAt() {
    return facts.at();
  }

  /** The request type's stable code. */
  public String getTypeCode() {
    return facts.type().code();
  }

  /** The order's urgency now. */
  public Urgency getUrgency() {
    return facts.urgency();
  }

  /** The tier handling the order now. */
  public Tier getTier() {
    return facts.tier();
  }

  /** The tier above the current one, or null at the bureau leader. */
  public Tier getNextTier() {
    return facts.tier().next().orElse(null);
  }

  /** Where the resolution clock stands. */
  public SlaState getResolutionState() {
    return facts.resolutionState();
  }

  /** The share of the resolution period used, 0.75 meaning 75%. */
  public double getUsedShare() {
    return facts.usedShare();
  }

  /** How often the party has urged this request. */
  public int getUrgeCount() {
    return facts.urgeCount();
  }

  /** What the party said last; empty, never null. */
  public String getLatestText() {
    return facts.latestText();
  }

  /** Whether an officer marked the party's words as a threat to petition. */
  public boolean isThreatMarked() {
    return facts.threatMarked();
  }

  /** Whether the latest evaluation rates any aspect dissatisfied. */
  public boolean isDissatisfied() {
    return facts.hasDissatisfiedAspect();
  }

  /** The aspects rated dissatisfied in the latest evaluation. */
  public ImmutableSet<EvaluationAspect> getDissatisfiedAspects() {
    return ImmutableSet.copyOf(facts.dissatisfiedAspects());
  }

  /**
   * The aspects rated dissatisfied in the latest evaluation by their Chinese names, joined with the Chinese
   * enumeration comma in the order of the evaluation form, for a reason court staff read: {@code "态度、流程"}.
   * Empty when no aspect is dissatisfied.
   */
  public String getDissatisfiedAspectsInWords() {
    return facts.dissatisfiedAspects().stream()
        .sorted()
        .map(EvaluationAspect::chineseName)
        .collect(java.util.stream.Collectors.joining("、"));
  }

  /** Requests on the case within 30 days. */
  public int getRequestsWithin30Days() {
    return facts.history().requestsWithin30Days();
  }

  /** Walk-in visits and calls about the case within 30 days that were not requests. */
  public int getContactsWithin30Days() {
    return facts.history().contactsWithin30Days();
  }

  /** Visits of any kind on the case within 30 days: requests and other contacts. */
  public int getVisitsWithin30Days() {
    return facts.history().visitsWithin30Days();
  }

  /** How the visits are made up, in Chinese for a reason: {@code "诉求2件、其他来访来电1次"}. */
  public String getVisitsInWords() {
    return VisitWords.of(facts.history());
  }

  /** Petitions on the case not yet finished. */
  public int getOpenPetitions() {
    return facts.history().openPetitions();
  }

  /** Whether the handler was already warned about the resolution deadline. */
  public boolean isWarned() {
    return facts.warned();
  }

  /** Whether the breach of the resolution deadline was already acted on. */
  public boolean isBreached() {
    return facts.breached();
  }

  /** Whether a risk of this kind is already flagged on the order, so a rule does not raise it twice. */
  public boolean flagged(RiskKind kind) {
    return facts.riskAlreadyFlagged().contains(kind);
  }

  @Override
  public String toString() {
    return "ReviewOrder[" + facts.signal() + " at " + facts.at() + ", " + facts.type() + "]";
  }
}
