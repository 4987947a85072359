/**
 * The decision port: the questions the desk asks and the answers a rule book gives. {@link
 * org.enforcementdesk.policy.DecisionPolicy} takes immutable facts in ({@link org.enforcementdesk.policy.IntakeFacts}
 * when a request arrives, {@link org.enforcementdesk.policy.ReviewFacts} on a clock tick or a party's signal) and
 * returns decisions out ({@link org.enforcementdesk.policy.IntakeDecision}, {@link
 * org.enforcementdesk.policy.ReviewDecision}), each naming the rules that produced it and the rule-book version, so
 * the court can always answer "why is this urgent?".
 *
 * <p>The default implementation is the Drools rule book in {@code enforcement-rules}; nothing here knows about Drools.
 * May import {@code model}, {@code calendar} and {@code sla}.
 */
package org.enforcementdesk.policy;
