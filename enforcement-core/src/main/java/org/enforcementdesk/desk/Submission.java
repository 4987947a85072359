package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import org.enforcementdesk.order.WorkOrder;

/**
 * What became of a submitted request: a new work order, or, if the party already had an open one on the same case
 * and type, that order with the duplicate linked to it as an urge (the party is told so).
 *
 * @param workOrder the order the request is handled in; not null
 * @param linkedToOpenOrder whether the request was a duplicate linked to an open order rather than a new one
 */
public record Submission(WorkOrder workOrder, boolean linkedToOpenOrder) {

  /**
   * Checks that the work order is given.
   *
   * @throws NullPointerException if it is null
   */
  public Submission {
    requireNonNull(workOrder, "workOrder");
  }
}
