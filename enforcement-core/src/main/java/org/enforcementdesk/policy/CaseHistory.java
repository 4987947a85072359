package org.enforcementdesk.policy;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What the desk knows about an enforcement case when it asks the rules about one of its requests: how often the
 * party has come back, and whether a petition is open. Counts come from the ledger, never from the rules.
 *
 * @param requestsWithin30Days requests on the same case received in the 30 days up to and including this one
 *     (counts toward {@code REPEATED_VISITS}); zero or more
 * @param contactsWithin30Days walk-in visits and calls about the case that were not requests, in the same 30 days
 * @param openPetitions petitions (信访) on the case not yet finished; zero or more
 */
public record CaseHistory(int requestsWithin30Days, int contactsWithin30Days, int openPetitions) {

  /** A case the desk has not seen before. */
  public static final CaseHistory NONE = new CaseHistory(0, 0, 0);

  /**
   * Checks that no count is negative.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public CaseHistory {
    checkArgument(requestsWithin30Days >= 0, "requestsWithin30Days cannot be negative: %s", requestsWithin30Days);
    checkArgument(contactsWithin30Days >= 0, "contactsWithin30Days cannot be negative: %s", contactsWithin30Days);
    checkArgument(openPetitions >= 0, "openPetitions cannot be negative: %s", openPetitions);
  }

  /** Visits of any kind in the last 30 days: requests and other contacts. */
  public int visitsWithin30Days() {
    return requestsWithin30Days + contactsWithin30Days;
  }
}
