/**
 * The default rule book in Drools behind enforcement-core's decision port. {@link
 * org.enforcementdesk.rules.RuleBook} compiles the rule files (DRL, the per-type decision table, the settings file)
 * from the classpath defaults or a rule author's directory; {@link org.enforcementdesk.rules.DroolsDecisionPolicy}
 * decides with one rule book, {@link org.enforcementdesk.rules.ReloadablePolicy} swaps rule books while it serves.
 *
 * <p>{@link org.enforcementdesk.rules.RuleScenarios} reads rule scenarios (JSON: given facts, expected decision) that a
 * rule author runs against a rule book; the shipped ones cover DOMAIN.md section 10.
 *
 * <p>The rules read {@link org.enforcementdesk.rules.IntakeRequest} and {@link org.enforcementdesk.rules.ReviewOrder}
 * (read-only views of the facts) and write into {@link org.enforcementdesk.rules.IntakeResult} and {@link
 * org.enforcementdesk.rules.ReviewResult}; those four and {@link org.enforcementdesk.rules.RuleSettings} are the
 * vocabulary of the rule files. No Drools type appears in a public signature. May import enforcement-core, Drools
 * (org.kie, org.drools), Jackson and Guava.
 */
package org.enforcementdesk.rules;
