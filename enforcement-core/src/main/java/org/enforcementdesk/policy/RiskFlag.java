package org.enforcementdesk.policy;

import static java.util.Objects.requireNonNull;

import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RiskKind;

/**
 * A risk trigger that fired, with the reason in words a clerk reads ("3 requests on this case within 30 days").
 *
 * @param kind which trigger; not null
 * @param reason why it fired; not blank
 */
public record RiskFlag(RiskKind kind, String reason) {

  /**
   * Checks the kind and strips the reason, which must say something.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the reason is blank
   */
  public RiskFlag {
    requireNonNull(kind, "kind");
    reason = Texts.nonBlank("risk reason", reason);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
