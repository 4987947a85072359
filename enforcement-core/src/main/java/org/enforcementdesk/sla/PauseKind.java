package org.enforcementdesk.sla;

/** Why an SLA clock stands still: the typed reasons a court may stop counting time against itself. */
public enum PauseKind {
  /** 等待当事人补充材料: waiting for the party's materials. */
  WAITING_FOR_PARTY_MATERIALS("等待当事人补充材料"),
  /** 评估/拍卖进行中: an appraisal or auction is under way and its result is awaited. */
  APPRAISAL_OR_AUCTION("评估拍卖期间"),
  /** 依法中止: suspended by law (e.g. enforcement suspended, 中止执行). */
  SUSPENDED_BY_LAW("依法中止"),
  /** 委派化解期间: the order is with a resolver outside the centre, and the rules pause its clock meanwhile. */
  DELEGATED("委派化解期间"),
  /** 其他: any other reason, which must then be written out. */
  OTHER("其他");

  private final String chineseName;

  PauseKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name used in notices; not null. */
  public String chineseName() {
    return chineseName;
  }
}
