package org.enforcementdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.IntakeDecision;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;

class RuleBookTest {

  private static final Instant LOADED = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void defaults_compile_andNameTheirVersion() {
    RuleBook book = RuleBook.defaults(LOADED);

    assertThat(book.contentHash()).matches("[0-9a-f]{12}");
    assertThat(book.version()).as("the content alone, so two identical runs print the same")
        .isEqualTo(book.contentHash()).isEqualTo(RuleBook.defaults(LOADED.plusSeconds(60)).version());
    assertThat(book.loadedAt()).isEqualTo(LOADED);
    assertThat(book.toString()).contains("loaded at 2026-03-01T00:00:00Z");
    IntakeDecision decision = new DroolsDecisionPolicy(book).intake(Requests.intake("PROGRESS_QUERY"));
    assertThat(decision.urgency()).isEqualTo(Urgency.NORMAL);
  }

  @Test
  void defaults_leaveNothingInTheKieRepository() {
    RuleBook book = RuleBook.defaults(LOADED);

    // Each build would otherwise stay in the repository for good, and reloading would grow memory.
    assertThat(KieServices.get().getRepository().getKieModule(KieServices.get().newReleaseId(
        book.releaseId().split(":")[0], book.releaseId().split(":")[1], book.releaseId().split(":")[2])))
        .isNull();
  }

  @Test
  void defaults_sameFilesLoadedTwice_shareTheVersion_andTellTheirLoadsApart() {
    RuleBook later = RuleBook.defaults(LOADED.plusSeconds(1));

    assertThat(later.contentHash()).isEqualTo(DefaultBook.BOOK.contentHash());
    assertThat(later.version()).isEqualTo(DefaultBook.BOOK.version());
    assertThat(later.loadedAt()).isNotEqualTo(DefaultBook.BOOK.loadedAt());
    assertThat(later.files()).containsExactlyElementsOf(RuleSources.DEFAULT_FILES);
  }
}
