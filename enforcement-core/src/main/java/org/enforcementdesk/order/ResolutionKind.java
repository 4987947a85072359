package org.enforcementdesk.order;

/** How a request was resolved: what the resolution-rate indicators (化解率) count as resolved. */
public enum ResolutionKind {
  /** 办结: the court handled it itself (the usual case at the centre). */
  HANDLED("办结"),
  /** 自动履行: the debtor performed voluntarily, typically after pre-enforcement or village mediation. */
  VOLUNTARY_PERFORMANCE("自动履行"),
  /** 和解: the parties settled. */
  SETTLEMENT("和解");

  private final String chineseName;

  ResolutionKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name used in notices and reports; not null. */
  public String chineseName() {
    return chineseName;
  }
}
