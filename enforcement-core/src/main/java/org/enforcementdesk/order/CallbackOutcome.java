package org.enforcementdesk.order;

/** 回访结果: how the satisfaction callback after resolution went. */
public enum CallbackOutcome {
  /** The party was reached (and may have evaluated). */
  REACHED,
  /** The party could not be reached after the attempts the court requires. */
  UNREACHABLE,
  /** The party was reached but declined to talk about it. */
  DECLINED
}
