package org.enforcementdesk.model;

/** 风险预警触发: the four triggers that turn an enforcement case into a risk case. */
public enum RiskKind {
  /** 多次来访: repeated visits or requests on one case, or repeated urging of one request. */
  REPEATED_VISITS("多次来访"),
  /** 反馈差评: an evaluation with a dissatisfied aspect. */
  NEGATIVE_FEEDBACK("反馈差评"),
  /** 信访未结: a petition on the case is still open. */
  PETITION_UNRESOLVED("信访未结"),
  /** 扬言信访: the party threatens to petition, go to the media or take extreme action. */
  PETITION_THREATENED("扬言信访");

  private final String chineseName;

  RiskKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name used in alerts, e.g. {@code 扬言信访}; not null. */
  public String chineseName() {
    return chineseName;
  }
}
