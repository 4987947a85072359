/**
 * {@code enforcement simulate}: a year at a county court (or a province of them) run through the real
 * {@link org.enforcementdesk.desk.EnforcementDesk}, the default Drools rule book, the working calendar and the
 * in-memory ledger, on a simulated clock. The simulator models only what people do (parties submit, urge and
 * evaluate; officers contact, pause, delegate and resolve; resolvers mediate; directors close risk cases); every
 * figure it shows is computed by {@link org.enforcementdesk.metrics} from the ledger.
 *
 * <p>The behaviour's parameters live in {@link org.enforcementdesk.examples.simulate.BehaviourModel}, calibrated to
 * the seed court's published year. The same seed gives the same history and byte-identical indicators.
 */
package org.enforcementdesk.examples.simulate;
