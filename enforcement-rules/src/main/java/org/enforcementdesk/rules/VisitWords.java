package org.enforcementdesk.rules;

import org.enforcementdesk.policy.CaseHistory;

/**
 * The visits on a case in words court staff read in a risk reason: {@code "诉求2件、其他来访来电1次"}. A reason is
 * shown to Chinese staff inside Chinese notifications, so it says in Chinese how the count was made up.
 */
final class VisitWords {

  private VisitWords() {}

  static String of(CaseHistory history) {
    String requests = "诉求" + history.requestsWithin30Days() + "件";
    if (history.contactsWithin30Days() == 0) {
      return requests;
    }
    return requests + "、其他来访来电" + history.contactsWithin30Days() + "次";
  }
}
