package org.enforcementdesk.order;

/**
 * Who a progress note is for. An officer's note is the court's own record unless they say it is for the party: a
 * note about calling the debtor, or an assessment of the party, must never reach the applicant by SMS or on their
 * page. Notes recorded before notes said so (stored at schema version 1) read as {@link #PARTY}, because every one
 * of them was sent to the party.
 */
public enum NoteAudience {
  /** 内部: the court's record only; court staff see it, and a resolver sees their own. The default. */
  INTERNAL,
  /** 告知当事人: meant for the party, who is notified of it and sees it on their page. */
  PARTY
}
