package org.enforcementdesk.rules;

import java.time.Instant;

/** The default rule book, compiled once for all tests of a JVM: a cold build takes seconds. */
final class DefaultBook {

  static final Instant LOADED_AT = Instant.parse("2026-03-01T00:00:00Z");
  static final RuleBook BOOK = coldBuild();
  static final DroolsDecisionPolicy POLICY = new DroolsDecisionPolicy(BOOK);

  private DefaultBook() {}

  private static RuleBook coldBuild() {
    long start = System.nanoTime();
    RuleBook book = RuleBook.defaults(LOADED_AT);
    // Measured, not asserted: the first build in this JVM, Drools' own classes loaded on the way.
    System.out.println(
        "cold compile of the default rule book: " + (System.nanoTime() - start) / 1_000_000 + " ms");
    return book;
  }
}
