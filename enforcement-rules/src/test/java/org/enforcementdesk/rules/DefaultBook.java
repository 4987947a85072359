package org.enforcementdesk.rules;

import java.time.Instant;

/** The default rule book, compiled once for all tests of a JVM: a cold build takes seconds. */
final class DefaultBook {

  static final Instant LOADED_AT = Instant.parse("2026-03-01T00:00:00Z");
  static final RuleBook BOOK = RuleBook.defaults(LOADED_AT);
  static final DroolsDecisionPolicy POLICY = new DroolsDecisionPolicy(BOOK);

  private DefaultBook() {}
}
