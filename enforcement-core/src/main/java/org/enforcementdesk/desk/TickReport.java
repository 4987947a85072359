package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What one {@code tick} did.
 *
 * @param dueEntries how many due-index entries were processed
 * @param warnings at-risk crossings recorded
 * @param breaches deadline breaches recorded
 * @param escalations escalations the rules decided on breach
 * @param conflicts concurrent changes met and retried
 * @param failures the due entries that failed, were skipped and will be retried (or were parked), in the order met
 */
public record TickReport(
    int dueEntries, int warnings, int breaches, int escalations, int conflicts, List<TickFailure> failures) {

  /** Nothing was due. */
  public static final TickReport NOTHING = new TickReport(0, 0, 0, 0, 0);

  /**
   * Copies the failures.
   *
   * @throws NullPointerException if {@code failures} is null
   */
  public TickReport {
    failures = ImmutableList.copyOf(requireNonNull(failures, "failures"));
  }

  /** A report without failures. */
  TickReport(int dueEntries, int warnings, int breaches, int escalations, int conflicts) {
    this(dueEntries, warnings, breaches, escalations, conflicts, List.of());
  }

  /** How many entries this tick parked. */
  public long parked() {
    return failures.stream().filter(TickFailure::parked).count();
  }

  TickReport plus(TickReport other) {
    List<TickFailure> all = other.failures.isEmpty()
        ? failures
        : ImmutableList.<TickFailure>builder().addAll(failures).addAll(other.failures).build();
    return new TickReport(
        dueEntries + other.dueEntries,
        warnings + other.warnings,
        breaches + other.breaches,
        escalations + other.escalations,
        conflicts + other.conflicts,
        all);
  }
}
