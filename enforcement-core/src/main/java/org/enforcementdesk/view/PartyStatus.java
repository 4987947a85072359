package org.enforcementdesk.view;

/**
 * Where a request stands, as the party is told: the court's internal states (paused, delegated, called back,
 * evaluated) are shown as the stage the party lives through.
 */
public enum PartyStatus {
  /** 已提交: received, not yet accepted. */
  RECEIVED,
  /** 不予受理: rejected, with the reason the party is told. */
  REJECTED,
  /** 办理中: accepted and being handled (by the court or, delegated, by a resolver on its behalf). */
  IN_HANDLING,
  /** 已办结: resolved; the callback and the party's evaluation follow. */
  RESOLVED,
  /** 已结案: closed. */
  CLOSED,
  /** 已撤回: withdrawn by the party. */
  WITHDRAWN
}
