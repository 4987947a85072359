package org.enforcementdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.enforcementdesk.rules.RuleDirectories.lineOf;
import static org.enforcementdesk.rules.RuleDirectories.replace;

import java.nio.file.Path;
import java.time.Instant;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.policy.DelegationTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terms of a delegation come from the rule book's settings, not from a rule firing. */
class DelegationTermsTest {

  private static final Instant LOADED = Instant.parse("2026-03-01T00:00:00Z");

  @TempDir Path dir;

  private Path settings() {
    return RuleDirectories.copyDefaults(dir).resolve(RuleSettings.FILE_NAME);
  }

  private RuleBookException refused() {
    RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.fromDirectory(dir, LOADED));
    assertThat(e).as("the rule book should be refused").isNotNull();
    return e;
  }

  @Test
  void delegationTerms_defaults_givePerKindPeriodsAndPauseTheResolutionClock() {
    assertThat(DefaultBook.POLICY.delegationTerms(DelegationKind.PRE_ENFORCEMENT_TEAM))
        .isEqualTo(new DelegationTerms(Period.naturalDays(30), true));
    assertThat(DefaultBook.POLICY.delegationTerms(DelegationKind.VILLAGE_MEDIATOR))
        .isEqualTo(new DelegationTerms(Period.workingDays(15), true));
    assertThat(DefaultBook.POLICY.delegationTerms(DelegationKind.DEPARTMENT))
        .isEqualTo(new DelegationTerms(Period.workingDays(10), true));
    assertThat(DefaultBook.POLICY.delegationTerms(DelegationKind.SPECIAL_MEDIATOR))
        .isEqualTo(new DelegationTerms(Period.workingDays(15), true));
  }

  @Test
  void delegationTerms_courtSettings_areWhatTheReloadedBookSays() {
    Path file = settings();
    replace(file, "delegation.period.DEPARTMENT = 10 working days", "delegation.period.DEPARTMENT = 5 working days");
    replace(file, "delegation.pausesResolutionClock = true", "delegation.pausesResolutionClock = false");
    ReloadablePolicy policy = new ReloadablePolicy(DefaultBook.BOOK);

    policy.reload(dir, LOADED);

    assertThat(policy.delegationTerms(DelegationKind.DEPARTMENT))
        .isEqualTo(new DelegationTerms(Period.workingDays(5), false));
    assertThat(policy.delegationTerms(DelegationKind.VILLAGE_MEDIATOR).pausesResolution()).isFalse();
  }

  @Test
  void fromDirectory_badDelegationPeriod_namesFileLineAndKey() {
    Path file = settings();
    int line = lineOf(file, "delegation.period.VILLAGE_MEDIATOR =");
    replace(file, "delegation.period.VILLAGE_MEDIATOR = 15 working days", "delegation.period.VILLAGE_MEDIATOR = 15 days");

    assertThat(refused().problems())
        .singleElement()
        .satisfies(p -> assertThat(p)
            .startsWith(RuleSettings.FILE_NAME + ":" + line + ":1: delegation.period.VILLAGE_MEDIATOR: ")
            .contains("unrecognised period: \"15 days\""));
  }

  @Test
  void fromDirectory_pauseNeitherTrueNorFalse_namesFileAndLine() {
    Path file = settings();
    int line = lineOf(file, "delegation.pausesResolutionClock =");
    replace(file, "delegation.pausesResolutionClock = true", "delegation.pausesResolutionClock = yes");

    assertThat(refused().problems())
        .containsExactly(
            RuleSettings.FILE_NAME + ":" + line + ":1: delegation.pausesResolutionClock: expected true or false,"
                + " found: yes");
  }

  @Test
  void fromDirectory_olderSettingsWithoutDelegationTerms_nameEachMissingKeyWithTheShippedLine() {
    Path file = settings();
    String text = RuleDirectories.read(file);
    // A court's copy exported before delegation terms existed: none of their lines.
    RuleDirectories.write(file, text.replaceAll("(?m)^delegation\\.(period\\.\\w+|pausesResolutionClock) = .*\\n", ""));

    assertThat(refused().problems())
        .contains(
            RuleSettings.FILE_NAME + ":1:1: missing setting delegation.period.DEPARTMENT; the shipped rule book has"
                + " \"delegation.period.DEPARTMENT = 10 working days\"",
            RuleSettings.FILE_NAME + ":1:1: missing setting delegation.pausesResolutionClock; the shipped rule book"
                + " has \"delegation.pausesResolutionClock = true\"")
        .hasSize(DelegationKind.values().length + 1);
  }
}
