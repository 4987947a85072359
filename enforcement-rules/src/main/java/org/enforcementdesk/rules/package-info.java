/**
 * The default rule book in Drools behind enforcement-core's decision port. {@link
 * org.enforcementdesk.rules.RuleBook} compiles the rule files (DRL, the per-type decision table, the settings file)
 * from the classpath defaults or a rule author's directory; {@link org.enforcementdesk.rules.DroolsDecisionPolicy}
 * decides with one rule book, {@link org.enforcementdesk.rules.ReloadablePolicy} swaps rule books while it serves.
 *
 * <p>The rules read {@link org.enforcementdesk.rules.IntakeRequest} and {@link org.enforcementdesk.rules.ReviewOrder}
 * (read-only views of the facts) and write into {@link org.enforcementdesk.rules.IntakeResult} and {@link
 * org.enforcementdesk.rules.ReviewResult}; those four and {@link org.enforcementdesk.rules.RuleSettings} are the
 * vocabulary of the rule files. No Drools type appears in a public signature. May import enforcement-core, Drools
 * (org.kie, org.drools) and Guava.
 */
package org.enforcementdesk.rules;
