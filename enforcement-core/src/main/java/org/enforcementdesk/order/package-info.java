/**
 * The work-order aggregate: everything that can happen to an enforcement request and what it adds up to.
 *
 * <ul>
 *   <li>The events of a work order ({@link org.enforcementdesk.order.WorkOrderEvent}) and of an enforcement case's
 *       own record ({@link org.enforcementdesk.order.CaseEvent}), each interpreted only through its visitor, whose
 *       completeness the compiler checks.
 *   <li>The vocabulary hosts pass in: delegation targets, contact, resolution and upkeep kinds, callback outcomes.
 *   <li>The state machine ({@link org.enforcementdesk.order.Transitions}) and the guards a command must pass.
 *   <li>The folds: {@link org.enforcementdesk.order.WorkOrder}, {@link org.enforcementdesk.order.CaseFile}, and what
 *       they hold (risk cases, delegations, rectification items). A fold never consults a calendar or the rules:
 *       every deadline and decision is recorded in the event that caused it.
 *   <li>The projections a ledger keeps beside the events, as pure functions of them: labels, due entries, and the
 *       party and case an order is listed under ({@link org.enforcementdesk.order.WorkOrderProjection}).
 *   <li>The desk's exception hierarchy ({@link org.enforcementdesk.order.DeskException}).
 * </ul>
 *
 * <p>Below the desk service, so that the store and notify packages can speak of events without depending on the
 * service that writes them. May import {@code model}, {@code calendar}, {@code sla} and {@code policy}.
 */
package org.enforcementdesk.order;
