package org.enforcementdesk.model;

/**
 * 等级: how urgent a request is, set at intake by the decision policy and raised on review. Declared from most to
 * least urgent, so {@link #compareTo} orders by urgency.
 */
public enum Urgency {
  /** 紧急: minutes and natural hours count, e.g. a seizure about to lapse. */
  URGENT("紧急"),
  /** 优先: handled before normal work, with tighter targets. */
  PRIORITY("优先"),
  /** 一般: the default. */
  NORMAL("一般");

  private final String chineseName;

  Urgency(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name used in notices to parties, e.g. {@code 紧急}; not null. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether this urgency is strictly more urgent than {@code other}; {@code other} not null. */
  public boolean isMoreUrgentThan(Urgency other) {
    return compareTo(other) < 0;
  }
}
