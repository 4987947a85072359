package org.enforcementdesk.store;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Collection;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.enforcementdesk.order.DueEntry;

/**
 * Every work order's due entries in one sorted set, in {@link DueEntry}'s natural order (instant, request id, kind),
 * so that what is due before an instant is a walk from the front that stops at the first entry not due: it costs
 * what it returns, whatever the number of orders.
 *
 * <p>A plain {@link TreeSet} rather than a concurrent skip list: {@link InMemoryRequestLedger}'s lock already
 * serialises writers against readers, and a tree node is smaller than a skip-list node plus its index levels. Not
 * thread-safe on its own.
 */
final class DueIndex {

  private final TreeSet<DueEntry> entries = new TreeSet<>();

  /** Replaces one order's entries: O((old + new) log n). */
  void replace(Collection<DueEntry> old, Collection<DueEntry> replacement) {
    // One remove per entry, not removeAll: AbstractSet.removeAll walks the whole set when it is not larger than the
    // argument.
    for (DueEntry entry : old) {
      entries.remove(entry);
    }
    entries.addAll(replacement);
  }

  /**
   * Entries strictly before {@code before} that {@code held} does not hold back, earliest first, at most {@code
   * limit}: O(log n + returned + held back).
   */
  ImmutableList<DueEntry> before(Instant before, int limit, Predicate<DueEntry> held) {
    ImmutableList.Builder<DueEntry> due = ImmutableList.builder();
    int taken = 0;
    for (DueEntry entry : entries) {
      if (taken == limit || !entry.at().isBefore(before)) {
        break;
      }
      if (!held.test(entry)) {
        due.add(entry);
        taken++;
      }
    }
    return due.build();
  }

  /** Whether the entry is in the index. */
  boolean contains(DueEntry entry) {
    return entries.contains(entry);
  }
}
