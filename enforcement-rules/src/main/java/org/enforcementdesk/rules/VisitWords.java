package org.enforcementdesk.rules;

import org.enforcementdesk.policy.CaseHistory;

/**
 * The visits on a case in words a clerk reads in a risk reason: "2 requests and 1 other contact". A reason is shown
 * to staff, so it says how the count was made up, in correct singular and plural.
 */
final class VisitWords {

  private VisitWords() {}

  static String of(CaseHistory history) {
    String requests = count(history.requestsWithin30Days(), "request", "requests");
    if (history.contactsWithin30Days() == 0) {
      return requests;
    }
    return requests + " and " + count(history.contactsWithin30Days(), "other contact", "other contacts");
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
