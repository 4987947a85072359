package org.enforcementdesk.order;

/**
 * The commands a host can issue, as the state machine and the permission matrix name them. Most move a work order
 * through its state machine; the rectification commands act on an item of an order whatever its state, and the last
 * five act on an enforcement case's own record (contacts, petitions, risk cases).
 */
public enum CommandKind {
  /** 提交: a request arrives. */
  SUBMIT,
  /** 受理. */
  ACCEPT,
  /** 不予受理. */
  REJECT,
  /** 分派: to a tier or a named handler. */
  ASSIGN,
  /** 记录进展 (including first contact with the party). */
  NOTE_PROGRESS,
  /** 暂停计时. */
  PAUSE,
  /** 恢复计时. */
  RESUME,
  /** 催办. */
  URGE,
  /** 提级. */
  ESCALATE,
  /** 调整等级. */
  CHANGE_URGENCY,
  /** 标记风险 (e.g. an officer marks a threatened petition). */
  FLAG_RISK,
  /** 委派化解. */
  DELEGATE,
  /** 退回 (a delegation comes back unresolved). */
  RETURN_DELEGATION,
  /** 办结. */
  RESOLVE,
  /** 回访. */
  RECORD_CALLBACK,
  /** 评价. */
  EVALUATE,
  /** 结单. */
  CLOSE,
  /** 撤回. */
  WITHDRAW,
  /** 重新办理 (after a dissatisfied evaluation). */
  REOPEN,
  /** 整改措施: records the measure taken for a rectification item. */
  RECORD_RECTIFICATION_MEASURE,
  /** 整改验收: verifies and closes a rectification item that has a measure. */
  CLOSE_RECTIFICATION,
  /** 来访/来电登记: records a party's visit or call that is not a request (on the case). */
  RECORD_CONTACT,
  /** 信访登记: records a petition the host registered elsewhere (on the case). */
  REPORT_PETITION,
  /** 信访办结: records that a reported petition was concluded (on the case). */
  CONCLUDE_PETITION,
  /** 风险维护: records an upkeep action on the case's open risk case. */
  RECORD_RISK_UPKEEP,
  /** 风险销号: closes the case's open risk case, with the reason. */
  CLOSE_RISK_CASE;

  /** Whether the command acts on an enforcement case's own record rather than on one work order. */
  public boolean isCaseCommand() {
    return compareTo(RECORD_CONTACT) >= 0;
  }

  /** Whether the command is in the work order's state machine ({@link Transitions}). */
  public boolean isInStateMachine() {
    return compareTo(RECORD_RECTIFICATION_MEASURE) < 0;
  }
}
