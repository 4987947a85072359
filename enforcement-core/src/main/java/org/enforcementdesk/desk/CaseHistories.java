package org.enforcementdesk.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.CaseFile;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.CaseHistory;

/** The history of a case as the rules see it, counted from the case's work orders. */
final class CaseHistories {

  /** The window of DOMAIN.md's REPEATED_VISITS trigger: 3 or more requests on one case within 30 days. */
  static final Duration WINDOW = Duration.ofDays(30);

  /** The request type whose unresolved orders count as open petitions. */
  static final String PETITION = "PETITION";

  private CaseHistories() {}

  /**
   * The case's history at {@code at}: requests received in the 30 days up to {@code at}, counting the new request
   * {@code arriving} (empty when reviewing rather than submitting), contacts recorded on the case in the same window,
   * and petitions not yet resolved: petition requests still open and petitions the host reported and not concluded.
   */
  static CaseHistory of(List<WorkOrder> ordersOfCase, CaseFile file, Instant at, Optional<RequestId> arriving) {
    int recent = arriving.isPresent() ? 1 : 0;
    int openPetitions = 0;
    for (WorkOrder order : ordersOfCase) {
      if (arriving.filter(order.id()::equals).isPresent()) {
        continue;
      }
      Instant received = order.request().receivedAt().toInstant();
      if (!received.isAfter(at) && received.isAfter(at.minus(WINDOW))) {
        recent++;
      }
      if (order.request().type().code().equals(PETITION) && order.state().isUnresolved()) {
        openPetitions++;
      }
    }
    int contacts = file.contactsBetween(at.minus(WINDOW), at);
    return new CaseHistory(recent, contacts, openPetitions + file.openPetitions().size());
  }
}
