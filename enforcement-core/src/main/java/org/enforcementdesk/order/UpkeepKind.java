package org.enforcementdesk.order;

/** What the court did to keep a risk case under control (风险维护). */
public enum UpkeepKind {
  /** 差评回访: a callback to the party, typically after negative feedback. */
  CALLBACK("回访"),
  /** 走访: a visit to the party. */
  VISIT("走访"),
  /** 提级办理: handling raised to a higher tier. */
  ESCALATED_HANDLING("提级办理");

  private final String chineseName;

  UpkeepKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name used in reports; not null. */
  public String chineseName() {
    return chineseName;
  }
}
