package org.enforcementdesk.order;

/** Where a rectification item stands at an instant. */
public enum RectificationStatus {
  /** 整改中: open, its deadline not yet passed. */
  OPEN,
  /** 逾期: open past its deadline. */
  OVERDUE,
  /** 已整改: closed with a recorded measure and its verification. */
  CLOSED
}
