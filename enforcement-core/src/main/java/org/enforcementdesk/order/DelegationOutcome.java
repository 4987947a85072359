package org.enforcementdesk.order;

/** Where a delegation stands or how it ended: what the resolution rates (化解率) of delegated cases count. */
public enum DelegationOutcome {
  /** 化解中: still with the resolver. */
  PENDING,
  /** 化解成功: the resolver resolved it (voluntary performance, settlement, or other handling). */
  RESOLVED,
  /** 退回: returned to the centre unresolved, with the reason. */
  RETURNED,
  /** 收回自办: the centre resolved the request itself while it was delegated; not the resolver's resolution. */
  RECALLED,
  /** 撤回: the party withdrew the request while it was delegated. */
  WITHDRAWN
}
