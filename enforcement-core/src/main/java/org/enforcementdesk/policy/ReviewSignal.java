package org.enforcementdesk.policy;

/** What prompted a review of an open work order. */
public enum ReviewSignal {
  /** The host's scheduler ticked and a clock crossed its at-risk share or its deadline. */
  TICK,
  /** The party urged the request (催办), or submitted a duplicate of it. */
  URGE,
  /** The party returned an evaluation. */
  EVALUATION,
  /** Another request or a contact arrived on the same case. */
  CASE_ACTIVITY,
  /** The host reported a petition (信访) on the case, or an officer marked a threat. */
  PETITION
}
