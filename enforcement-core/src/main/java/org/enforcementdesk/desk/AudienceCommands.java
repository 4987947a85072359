package org.enforcementdesk.desk;

/**
 * What the party's and the resolver's desks act through: the same commands as the staff's desk, on a runner that
 * lets their own audience in, and the same reading of the ledger.
 */
record AudienceCommands(
    WorkOrders orders, OrderCommands commands, Intake intake, DelegationDesk delegation, FeedbackDesk feedback) {}
