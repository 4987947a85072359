package org.enforcementdesk.desk;

import java.time.Clock;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.view.PartyView;

/**
 * What the party's and the resolver's desks act through: the same commands as the staff's desk, on a runner that
 * lets their own audience in, and the same reading of the ledger.
 */
record AudienceCommands(
    WorkOrders orders,
    OrderCommands commands,
    Intake intake,
    DelegationDesk delegation,
    FeedbackDesk feedback,
    Deadlines deadlines,
    Clock clock,
    ReadAudit audit) {

  /** The order as its requester sees it now. */
  PartyView partyView(WorkOrder order) {
    return AudienceViews.party(order, deadlines.calendar(), clock.instant());
  }
}
