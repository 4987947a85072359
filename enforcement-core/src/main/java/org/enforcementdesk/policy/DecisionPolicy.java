package org.enforcementdesk.policy;

import org.enforcementdesk.model.RequestFacts;

/**
 * The rule book the desk consults: how to take a request in, and what to do when time passes or the party speaks.
 * Implementations are stateless per call and thread-safe; time comes in with the facts, never from a clock.
 */
public interface DecisionPolicy {

  /**
   * Decides how a new request is handled: urgency, targets, starting tier, handling requirements, risk flags and
   * delegation.
   *
   * @param facts the request and what is known about its case; not null
   * @return the decision, naming the rules that made it; not null
   */
  IntakeDecision intake(IntakeFacts facts);

  /**
   * Decides what to do about an open work order at an instant: warn, escalate, raise urgency, flag a risk, ask for a
   * callback. An empty decision means nothing to do.
   *
   * @param facts the work order as it stands, the signal and the instant; not null
   * @return the decision, naming the rules that made it; not null
   */
  ReviewDecision review(ReviewFacts facts);

  /**
   * Refuses a request's facts that the rule book does not know: a court's own fact it has not declared, or a value of
   * the wrong type. A typo in a fact's name would otherwise be kept as a fact of the court's own, and the rule that
   * reads the real name would silently not fire. The desk asks this at submission only, never when it reads stored
   * events again. A policy that declares no facts accepts every one.
   *
   * @param facts the request's facts; not null
   * @throws IllegalArgumentException naming the fact, and the nearest known name where one is near
   */
  default void checkFacts(RequestFacts facts) {}

  /**
   * The terms of a delegation of this kind: the resolver's deadline and whether the order's resolution clock pauses
   * meanwhile. A policy that does not decide this gets {@link DelegationTerms#STANDARD}.
   *
   * @param kind the kind of resolver; not null
   * @return the terms; not null
   */
  default DelegationTerms delegationTerms(DelegationKind kind) {
    return DelegationTerms.STANDARD;
  }

  /**
   * What to do when a provisional deadline, counted again with its year's notice, comes out earlier than the date
   * the party was told. A policy that does not decide this keeps the date as told.
   *
   * @return the choice; not null
   */
  default EarlierStatutoryDeadline earlierStatutoryDeadline() {
    return EarlierStatutoryDeadline.KEEP_AS_TOLD;
  }
}
