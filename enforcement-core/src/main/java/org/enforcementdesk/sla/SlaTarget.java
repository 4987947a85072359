package org.enforcementdesk.sla;

/** What a clock measures: the three promises a work order makes to a party. */
public enum SlaTarget {
  /** 响应: first contact with the party after the request is received. */
  RESPONSE("响应"),
  /** 办结: the request resolved. */
  RESOLUTION("办结"),
  /** 回访: the satisfaction callback after resolution. */
  CALLBACK("回访");

  private final String chineseName;

  SlaTarget(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name used in notices, e.g. {@code 办结}; not null. */
  public String chineseName() {
    return chineseName;
  }
}
