package org.enforcementdesk.model;

import java.util.Optional;

/** The roles in which people (and the library itself) act on work orders; permissions are granted per role. */
public enum ActorRole {
  /** 当事人: a party (or their agent) acting on their own requests only. */
  PARTY(null),
  /** 中心干警: an officer of the enforcement service centre. */
  OFFICER(Tier.OFFICER),
  /** 中心主任: the centre's director. */
  CENTER_DIRECTOR(Tier.CENTER_DIRECTOR),
  /** 局领导: a leader of the enforcement bureau. */
  BUREAU_LEADER(Tier.BUREAU_LEADER),
  /** 执前化解团队: a member of the pre-enforcement resolution team, acting on what was delegated to the team. */
  PRE_ENFORCEMENT_TEAM(null),
  /** 外部化解员: a department liaison, special mediator or village mediation director, on what was delegated to them. */
  EXTERNAL_RESOLVER(null),
  /** The library itself, acting on a clock tick through the decision policy. */
  SYSTEM(null);

  private final Tier tier;

  ActorRole(Tier tier) {
    this.tier = tier;
  }

  /** The handling tier of court staff; empty for parties, resolvers and the system. */
  public Optional<Tier> tier() {
    return Optional.ofNullable(tier);
  }

  /** Whether this is one of the court's own staff tiers (officer, director, bureau leader). */
  public boolean isCourtStaff() {
    return tier != null;
  }

  /** Whether this role acts only on what was delegated to it. */
  public boolean isResolver() {
    return this == PRE_ENFORCEMENT_TEAM || this == EXTERNAL_RESOLVER;
  }
}
