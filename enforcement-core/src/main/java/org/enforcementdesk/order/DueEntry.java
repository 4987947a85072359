package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import org.enforcementdesk.model.RequestId;

/**
 * One entry of the due index: at {@code at}, something of kind {@code kind} falls due on a work order. Entries
 * order by instant, then request id, then kind.
 *
 * @param requestId the work order; not null
 * @param kind what falls due; not null
 * @param at when; not null
 */
public record DueEntry(RequestId requestId, DueKind kind, Instant at) implements Comparable<DueEntry> {

  private static final Comparator<DueEntry> ORDER =
      Comparator.comparing(DueEntry::at).thenComparing(DueEntry::requestId).thenComparing(DueEntry::kind);

  /**
   * Checks that nothing is missing.
   *
   * @throws NullPointerException if a component is null
   */
  public DueEntry {
    requireNonNull(requestId, "requestId");
    requireNonNull(kind, "kind");
    requireNonNull(at, "at");
  }

  @Override
  public int compareTo(DueEntry other) {
    return ORDER.compare(this, other);
  }
}
