/**
 * The events of a work order's life: everything that can happen to an enforcement request, each with who did it,
 * when, and why. A work order is the fold of its events ({@code org.enforcementdesk.desk.WorkOrder}); the ledger
 * stores them ({@code org.enforcementdesk.store}); notifications are rendered from them ({@code
 * org.enforcementdesk.notify}).
 *
 * <p>This is a room of its own, below the desk service, so that the store and notify rooms can speak of events
 * without depending on the service that writes them. May import {@code model}, {@code calendar}, {@code sla} and
 * {@code policy}.
 */
package org.enforcementdesk.desk.event;
