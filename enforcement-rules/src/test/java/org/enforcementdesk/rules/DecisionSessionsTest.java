package org.enforcementdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.RiskFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reused sessions: nothing one decision leaves behind reaches the next one. */
class DecisionSessionsTest {

  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  @TempDir Path dir;

  @Test
  void intake_sameFactsDecidedAgainAfterOthers_sameDecision() {
    IntakeFacts petition = Requests.intake("PETITION");
    IntakeDecision first = DefaultBook.POLICY.intake(petition);
    DefaultBook.POLICY.intake(Requests.intake("FUNDS_PAYOUT"));
    DefaultBook.POLICY.intake(Requests.seizureRenewalExpiring(LocalDate.of(2026, 3, 6)));

    assertThat(DefaultBook.POLICY.intake(petition)).isEqualTo(first);
  }

  @Test
  void intake_ruleThatInsertsAFact_theFactNeverMeetsTheNextDecision() {
    RuleDirectories.copyDefaults(dir);
    // A rule author's rule that leaves a fact in the session, and one that reacts to such a fact.
    RuleDirectories.write(
        dir.resolve("leftovers.drl"),
        """
        package org.enforcementdesk.rules.book;
        import org.enforcementdesk.rules.IntakeRequest;
        import org.enforcementdesk.rules.IntakeResult;
        import org.enforcementdesk.model.RiskKind;
        global IntakeResult intake;
        rule "A petition leaves a note behind"
        when
          IntakeRequest( typeCode == "PETITION" )
        then
          insert("note from a petition");
        end
        rule "A note from an earlier decision is seen"
        when
          String( this == "note from a petition" )
          IntakeRequest( typeCode != "PETITION" )
        then
          intake.riskFlag(RiskKind.REPEATED_VISITS, "a note leaked from another decision");
        end
        """);
    DroolsDecisionPolicy policy = new DroolsDecisionPolicy(RuleBook.fromDirectory(dir, T0));

    policy.intake(Requests.intake("PETITION"));
    IntakeDecision next = policy.intake(Requests.intake("FUNDS_PAYOUT"));

    assertThat(next.riskFlags()).extracting(RiskFlag::kind).doesNotContain(RiskKind.REPEATED_VISITS);
  }

  @Test
  void intake_afterARuleFailed_nextDecisionSucceeds() {
    RuleDirectories.copyDefaults(dir);
    RuleDirectories.write(
        dir.resolve("fails.drl"),
        """
        package org.enforcementdesk.rules.book;
        import org.enforcementdesk.rules.IntakeRequest;
        rule "A payout made on the day the seizure lapses fails"
        when
          IntakeRequest( typeCode == "FUNDS_PAYOUT", daysUntilSeizureExpiry == 0 )
        then
          throw new IllegalStateException("refused");
        end
        """);
    DroolsDecisionPolicy policy = new DroolsDecisionPolicy(RuleBook.fromDirectory(dir, T0));
    IntakeFacts failing = Requests.intake("FUNDS_PAYOUT", f -> f.seizureExpiresOn(LocalDate.of(2026, 3, 2)));

    assertThatThrownBy(() -> policy.intake(failing)).isInstanceOf(RuntimeException.class);
    assertThat(policy.intake(Requests.intake("FUNDS_PAYOUT")).firedRules()).hasSize(2);
  }
}
