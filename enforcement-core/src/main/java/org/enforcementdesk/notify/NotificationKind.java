package org.enforcementdesk.notify;

/** The kinds of notification: to the party ({@link #isForParty()}) or to the court's own people. */
public enum NotificationKind {
  /** 受理通知: the request was accepted, with its urgency and handler tier. */
  ACCEPTANCE_NOTICE(true, "受理通知", "acceptance notice"),
  /** 期限告知: the deadline the court promises. */
  DEADLINE_NOTICE(true, "期限告知", "deadline notice"),
  /** 进展推送: progress on the request. */
  PROGRESS(true, "进展推送", "progress update"),
  /** 催办回执: the court received the party's urge (or duplicate request, linked to the open one). */
  URGE_RECEIPT(true, "催办回执", "reminder receipt"),
  /** 办结反馈: the request was resolved, with the result. */
  RESOLUTION_FEEDBACK(true, "办结反馈", "resolution feedback"),
  /** 评价邀请: please evaluate the handling. */
  EVALUATION_INVITATION(true, "评价邀请", "evaluation invitation"),
  /** 不予受理通知: the request was rejected, with the reason. */
  REJECTION(true, "不予受理通知", "rejection notice"),
  /** 超期预警: a deadline is at risk (to the handler). */
  SLA_WARNING(false, "超期预警", "deadline warning"),
  /** 超期提醒: a deadline was missed (to the handler and the tier above). */
  SLA_BREACH(false, "超期提醒", "deadline missed"),
  /** 提级通知: the order was escalated (to the new tier). */
  ESCALATION(false, "提级通知", "escalation"),
  /** 风险预警: a risk trigger fired (to the centre director). */
  RISK_ALERT(false, "风险预警", "risk alert"),
  /** 回访提醒: a callback is due. */
  CALLBACK_DUE(false, "回访提醒", "callback due"),
  /** 委派通知: a request was delegated to a resolver. */
  DELEGATION(false, "委派通知", "delegation"),
  /** 委派超期: a delegation passed its deadline still unresolved (to the resolver and the handling tier). */
  DELEGATION_OVERDUE(false, "委派超期", "delegation overdue"),
  /** 整改交办: a rectification item was opened for a dissatisfied aspect (to its owner). */
  RECTIFICATION_ASSIGNED(false, "整改交办", "rectification"),
  /** 期限调整告知: the resolution deadline the party was told moved when its year's holiday notice arrived. */
  DEADLINE_CHANGE_NOTICE(true, "期限调整告知", "deadline change notice"),
  /** 期限修订: a deadline moved when its year's holiday notice arrived (to whoever works to it). */
  DEADLINE_REVISED(false, "期限修订", "deadline revised"),
  /** 定时处理异常: a due entry kept failing and was parked (to the centre director). */
  ORDER_PARKED(false, "定时处理异常", "due processing parked"),
  /** 通知发送失败: a notification kept failing to send and was parked (to the centre director). */
  NOTIFICATION_PARKED(false, "通知发送失败", "notification parked");

  private final boolean forParty;
  private final String chineseName;
  private final String englishName;

  NotificationKind(boolean forParty, String chineseName, String englishName) {
    this.forParty = forParty;
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /** The kind's name in Chinese, e.g. 受理通知. */
  public String chineseName() {
    return chineseName;
  }

  /** The kind's name in English, e.g. acceptance notice. */
  public String englishName() {
    return englishName;
  }

  /** Whether this kind goes to the party (an external message) rather than the court's own people. */
  public boolean isForParty() {
    return forParty;
  }
}
