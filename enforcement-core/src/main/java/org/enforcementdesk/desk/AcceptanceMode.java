package org.enforcementdesk.desk;

/** How a submitted request becomes an accepted work order. */
public enum AcceptanceMode {
  /**
   * At once, as the seed court's system does: on submission the rules decide, the order is accepted with its
   * deadlines and assigned to the starting tier, and the party is told.
   */
  AUTOMATIC,
  /** An officer accepts or rejects each submitted request; the rules decide at acceptance. */
  BY_OFFICER
}
