package org.enforcementdesk.view;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.enforcementdesk.model.LogSafe;

/**
 * One step of a request as its party sees it.
 *
 * @param at when it happened; not null
 * @param kind what happened; not null
 * @param text what the party is told with it (a reason, a note meant for them, a result, their own words), phone and
 *     identity numbers masked; empty when the step says nothing more
 */
public record PartyEntry(Instant at, PartyEntryKind kind, Optional<String> text) {

  /**
   * Checks that nothing is missing.
   *
   * @throws NullPointerException if a component is null
   */
  public PartyEntry {
    requireNonNull(at, "at");
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
  }

  /** A description safe for logs: the text by its length. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
