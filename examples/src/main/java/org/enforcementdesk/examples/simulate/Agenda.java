package org.enforcementdesk.examples.simulate;

import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * What is going to happen at a court, in time order: a priority queue of actions, each at an instant. Two actions at
 * the same instant run in the order they were scheduled, so the history does not depend on the queue's internals.
 */
final class Agenda {

  private record Entry(Instant at, long sequence, Runnable action) {}

  private final PriorityQueue<Entry> queue =
      new PriorityQueue<>(Comparator.comparing(Entry::at).thenComparingLong(Entry::sequence));
  private final SimulatedClock clock;
  private long scheduled;

  Agenda(SimulatedClock clock) {
    this.clock = clock;
  }

  /** Schedules an action; an instant already past runs it at the clock's instant, never in the past. */
  void at(Instant at, Runnable action) {
    Instant when = at.isBefore(clock.instant()) ? clock.instant() : at;
    queue.add(new Entry(when, scheduled++, action));
  }

  /** How many actions wait. */
  int size() {
    return queue.size();
  }

  /**
   * Runs the next action if it is before {@code end}, moving the clock to it.
   *
   * @return whether an action ran
   */
  boolean runNextBefore(Instant end) {
    Entry next = queue.peek();
    if (next == null || !next.at().isBefore(end)) {
      return false;
    }
    queue.poll();
    clock.moveTo(next.at());
    next.action().run();
    return true;
  }
}
