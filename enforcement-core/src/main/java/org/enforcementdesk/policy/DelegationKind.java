package org.enforcementdesk.policy;

/** Who outside the centre's own officers a request may be handed to for resolution. */
public enum DelegationKind {
  /** 执前化解团队: the pre-enforcement resolution team, for cases not yet filed for enforcement. */
  PRE_ENFORCEMENT_TEAM,
  /** 村调解主任: the village mediation director of the party's village, for small livelihood cases. */
  VILLAGE_MEDIATOR,
  /** 联动部门: a department with a resolver account (police, housing, ...), as the court configures. */
  DEPARTMENT,
  /** 特邀调解员: a special mediator. */
  SPECIAL_MEDIATOR
}
