package org.enforcementdesk.order;

/** Where a work order stands in the closed loop; {@link Transitions} says which commands move it where. */
public enum WorkOrderState {
  /** 待受理: received, waiting for an officer to accept or reject it (only when acceptance is by officer). */
  SUBMITTED,
  /** 办理中: accepted and being handled by its tier. */
  OPEN,
  /** 暂停计时: handling waits (party's materials, appraisal, suspension); the resolution clock stands still. */
  PAUSED,
  /** 委派化解中: handed to a resolver outside the centre. */
  DELEGATED,
  /** 已办结: resolved; the satisfaction callback is due. */
  RESOLVED,
  /** 已回访: the callback was made. */
  CALLED_BACK,
  /** 已评价: the party evaluated the handling. */
  EVALUATED,
  /** 已结单: the loop is closed (it may reopen after a dissatisfied evaluation). */
  CLOSED,
  /** 不予受理: rejected at intake; final. */
  REJECTED,
  /** 已撤回: withdrawn by the party; final. */
  WITHDRAWN;

  /** Whether nothing can happen to the order any more. */
  public boolean isFinal() {
    return this == REJECTED || this == WITHDRAWN;
  }

  /** Whether the order still awaits resolution: submitted, open, paused or delegated. */
  public boolean isUnresolved() {
    return this == SUBMITTED || this == OPEN || this == PAUSED || this == DELEGATED;
  }
}
