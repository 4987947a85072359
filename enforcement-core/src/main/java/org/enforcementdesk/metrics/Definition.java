package org.enforcementdesk.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * What an indicator counts, in words a court leader reads: without it a number is useless.
 *
 * @param numerator what is counted above the line (for a count: what is counted; for a duration: what is measured)
 * @param denominator what is counted below the line; empty for counts and durations
 * @param period which instant puts a thing into the report period
 * @param filters what is left out or singled out; empty when nothing is
 */
public record Definition(String numerator, String denominator, String period, String filters) {

  /**
   * Checks that the numerator and the period are named.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the numerator or the period is blank
   */
  public Definition {
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    requireNonNull(period, "period");
    requireNonNull(filters, "filters");
    checkArgument(!numerator.isBlank(), "a definition names its numerator");
    checkArgument(!period.isBlank(), "a definition names its period attribution");
  }
}
