/**
 * What each audience outside the court may see of a work order, as types of their own: {@link
 * org.enforcementdesk.view.PartyView} for the party who made the request, {@link
 * org.enforcementdesk.view.ResolverView} for the resolver it is delegated to. Court staff see the whole {@link
 * org.enforcementdesk.order.WorkOrder}. A view holds values only, never the internal record, so a host cannot hand a
 * party an officer's risk assessment by mistake: the type has nowhere to put it. The desk's {@code forParty} and
 * {@code forResolver} entry points return nothing else. This package imports only {@code model}, and of it only
 * the types a view may show; {@code CoreArchitectureTest} holds that.
 */
package org.enforcementdesk.view;
