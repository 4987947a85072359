package org.enforcementdesk.notify;

/** The kinds of notification; the first seven go to the party, the rest to the court's own people. */
public enum NotificationKind {
  /** 受理通知: the request was accepted, with its urgency and handler tier. */
  ACCEPTANCE_NOTICE(true),
  /** 期限告知: the deadline the court promises. */
  DEADLINE_NOTICE(true),
  /** 进展推送: progress on the request. */
  PROGRESS(true),
  /** 催办回执: the court received the party's urge (or duplicate request, linked to the open one). */
  URGE_RECEIPT(true),
  /** 办结反馈: the request was resolved, with the result. */
  RESOLUTION_FEEDBACK(true),
  /** 评价邀请: please evaluate the handling. */
  EVALUATION_INVITATION(true),
  /** 不予受理通知: the request was rejected, with the reason. */
  REJECTION(true),
  /** 超期预警: a deadline is at risk (to the handler). */
  SLA_WARNING(false),
  /** 超期提醒: a deadline was missed (to the handler and the tier above). */
  SLA_BREACH(false),
  /** 提级通知: the order was escalated (to the new tier). */
  ESCALATION(false),
  /** 风险预警: a risk trigger fired (to the centre director). */
  RISK_ALERT(false),
  /** 回访提醒: a callback is due. */
  CALLBACK_DUE(false),
  /** 委派通知: a request was delegated to a resolver. */
  DELEGATION(false),
  /** 委派超期: a delegation passed its deadline still unresolved (to the resolver and the handling tier). */
  DELEGATION_OVERDUE(false),
  /** 整改交办: a rectification item was opened for a dissatisfied aspect (to its owner). */
  RECTIFICATION_ASSIGNED(false);

  private final boolean forParty;

  NotificationKind(boolean forParty) {
    this.forParty = forParty;
  }

  /** Whether this kind goes to the party (an external message) rather than the court's own people. */
  public boolean isForParty() {
    return forParty;
  }
}
