package org.enforcementdesk.view;

/** What happened, in the party's timeline. Everything else the court records stays with the court. */
public enum PartyEntryKind {
  /** 已提交: the request was received. */
  SUBMITTED,
  /** 已受理: accepted, with its deadlines. */
  ACCEPTED,
  /** 不予受理: rejected; the text is the reason the party is told. */
  REJECTED,
  /** 办理进展: a progress note meant for the party; the text is the note. */
  PROGRESS,
  /** 计时暂停: the resolution clock stands still. */
  PAUSED,
  /** 恢复计时: the resolution clock runs again. */
  RESUMED,
  /** 催办: the party chased the request; the text is what they said. */
  URGED,
  /** 办结: resolved; the text is the result the party is told. */
  RESOLVED,
  /** 回访: the court called the party back after resolution. */
  CALLED_BACK,
  /** 评价: the party's evaluation was recorded. */
  EVALUATED,
  /** 结案: closed. */
  CLOSED,
  /** 已撤回: withdrawn; the text is the party's reason. */
  WITHDRAWN,
  /** 重新办理: reopened, to be handled again. */
  REOPENED,
  /** 期限调整: a deadline counted on a provisional holiday year was recounted on the official notice. */
  DEADLINE_REVISED
}
