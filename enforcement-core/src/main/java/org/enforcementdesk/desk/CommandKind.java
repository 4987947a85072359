package org.enforcementdesk.desk;

/** The commands a host can issue on a work order, as the state machine and the permission matrix name them. */
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
  REOPEN
}
