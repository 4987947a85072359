package org.enforcementdesk.order;

/** What falls due at a due-index entry; the desk acts on each when its instant passes. */
public enum DueKind {
  /** First contact passes its at-risk share. */
  RESPONSE_AT_RISK,
  /** First contact is due. */
  RESPONSE_DUE,
  /** Resolution passes its at-risk share. */
  RESOLUTION_AT_RISK,
  /** Resolution is due. */
  RESOLUTION_DUE,
  /** The satisfaction callback is due. */
  CALLBACK_DUE,
  /** A delegation's own deadline, while it is with the resolver. */
  DELEGATION_DUE
}
