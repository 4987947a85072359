package org.enforcementdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.IntakeDecision;
import org.junit.jupiter.api.Test;

class RuleBookTest {

  private static final Instant LOADED = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void defaults_compile_andNameTheirVersion() {
    long start = System.nanoTime();
    RuleBook book = RuleBook.defaults(LOADED);
    // Measured, not asserted: the cold build of the default book (reported in the test log).
    System.out.println("cold compile of the default rule book: " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
    assertThat(book.contentHash()).matches("[0-9a-f]{12}");
    assertThat(book.version()).isEqualTo(book.contentHash() + "@2026-03-01T00:00:00Z");
    IntakeDecision decision = new DroolsDecisionPolicy(book).intake(Requests.intake("PROGRESS_QUERY"));
    System.out.println(decision);
    assertThat(decision.urgency()).isEqualTo(Urgency.NORMAL);
  }
}
