package org.enforcementdesk.desk;

/**
 * What one {@code tick} did.
 *
 * @param dueEntries how many due-index entries were processed
 * @param warnings at-risk crossings recorded
 * @param breaches deadline breaches recorded
 * @param escalations escalations the rules decided on breach
 * @param conflicts concurrent changes met and retried
 */
public record TickReport(int dueEntries, int warnings, int breaches, int escalations, int conflicts) {

  /** Nothing was due. */
  public static final TickReport NOTHING = new TickReport(0, 0, 0, 0, 0);

  TickReport plus(TickReport other) {
    return new TickReport(
        dueEntries + other.dueEntries,
        warnings + other.warnings,
        breaches + other.breaches,
        escalations + other.escalations,
        conflicts + other.conflicts);
  }
}
