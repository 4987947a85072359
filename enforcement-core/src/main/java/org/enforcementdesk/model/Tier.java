package org.enforcementdesk.model;

import java.util.Optional;

/**
 * 层级: who handles a work order, by complexity. Orders escalate tier by tier: officer, centre director, bureau
 * leader. Declared from lowest to highest, so {@link #compareTo} orders by authority.
 */
public enum Tier {
  /** 干警: an officer of the enforcement service centre. */
  OFFICER("中心干警"),
  /** 中心主任: the director of the enforcement service centre. */
  CENTER_DIRECTOR("中心主任"),
  /** 局领导: a leader of the enforcement bureau; the highest tier. */
  BUREAU_LEADER("局领导");

  private final String chineseName;

  Tier(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name used in notices, e.g. {@code 中心主任}; not null. */
  public String chineseName() {
    return chineseName;
  }

  /** The next tier up, or empty at the bureau leader, who has nobody above within the court's enforcement work. */
  public Optional<Tier> next() {
    return this == BUREAU_LEADER ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
  }

  /** Whether this tier is strictly above {@code other}; {@code other} not null. */
  public boolean isAbove(Tier other) {
    return compareTo(other) > 0;
  }
}
