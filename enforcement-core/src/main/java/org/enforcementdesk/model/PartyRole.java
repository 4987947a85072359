package org.enforcementdesk.model;

/** The role in which a party takes part in an enforcement case. */
public enum PartyRole {
  /** 申请执行人: the creditor who applied for enforcement. */
  APPLICANT("申请执行人"),
  /** 被执行人: the debtor against whom the judgment is enforced. */
  RESPONDENT("被执行人"),
  /** 代理人: an agent acting for either side, such as a lawyer. */
  AGENT("代理人");

  private final String chineseName;

  PartyRole(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, e.g. {@code 申请执行人}; not null. */
  public String chineseName() {
    return chineseName;
  }
}
