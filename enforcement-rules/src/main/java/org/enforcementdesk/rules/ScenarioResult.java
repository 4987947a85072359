package org.enforcementdesk.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The outcome of one rule scenario: which scenario, and every way the decision differed from what it expected.
 *
 * @param scenario the scenario's name, a sentence; not null
 * @param source where it was written, e.g. {@code intake.json#3}; not null
 * @param mismatches one line per difference, {@code what: expected X, was Y}; empty when the scenario passed
 */
public record ScenarioResult(String scenario, String source, ImmutableList<String> mismatches) {

  /**
   * Checks that nothing is missing.
   *
   * @throws NullPointerException if a component is null
   */
  public ScenarioResult {
    requireNonNull(scenario, "scenario");
    requireNonNull(source, "source");
    mismatches = ImmutableList.copyOf(requireNonNull(mismatches, "mismatches"));
  }

  static ScenarioResult of(String scenario, String source, List<String> mismatches) {
    return new ScenarioResult(scenario, source, ImmutableList.copyOf(mismatches));
  }

  /** Whether the decision was everything the scenario expected. */
  public boolean passed() {
    return mismatches.isEmpty();
  }
}
