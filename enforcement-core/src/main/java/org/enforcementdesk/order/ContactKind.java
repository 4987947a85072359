package org.enforcementdesk.order;

/**
 * How a party reached the court without making a request: such contacts count as visits towards the repeated-visits
 * trigger and the case-visit ratio (案访比).
 */
public enum ContactKind {
  /** 来访: a walk-in visit. */
  VISIT("来访"),
  /** 来电: a hotline call. */
  CALL("来电");

  private final String chineseName;

  ContactKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name used in reports; not null. */
  public String chineseName() {
    return chineseName;
  }
}
