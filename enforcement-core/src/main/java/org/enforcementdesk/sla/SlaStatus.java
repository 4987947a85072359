package org.enforcementdesk.sla;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * An SLA clock read at one instant.
 *
 * <p>While the clock is paused, {@code dueAt} is provisional: the deadline if the clock resumed at the instant read.
 * Once stopped, remaining and overdue time are measured at the stop.
 *
 * @param state where the clock stands; not null
 * @param at the instant read, at the calendar's offset; not null
 * @param dueAt the deadline with every pause credited, at the calendar's offset; not null
 * @param usedShare the share of the period's counted time used so far, 0 at the start, 1 at the deadline, above 1
 *     when overdue
 * @param remainingWorking office time left until the deadline; zero once due
 * @param remainingNatural natural time left until the deadline; zero once due
 * @param overdueWorking office time past the deadline; zero while not due
 * @param overdueNatural natural time past the deadline; zero while not due
 */
public record SlaStatus(
    SlaState state,
    OffsetDateTime at,
    OffsetDateTime dueAt,
    double usedShare,
    Duration remainingWorking,
    Duration remainingNatural,
    Duration overdueWorking,
    Duration overdueNatural) {

  /**
   * Checks that nothing is missing.
   *
   * @throws NullPointerException if an argument is null
   */
  public SlaStatus {
    requireNonNull(state, "state");
    requireNonNull(at, "at");
    requireNonNull(dueAt, "dueAt");
    requireNonNull(remainingWorking, "remainingWorking");
    requireNonNull(remainingNatural, "remainingNatural");
    requireNonNull(overdueWorking, "overdueWorking");
    requireNonNull(overdueNatural, "overdueNatural");
  }

  /** Whether the deadline was or is missed: breached, or met late. */
  public boolean isLate() {
    return state == SlaState.BREACHED || state == SlaState.MET_LATE;
  }
}
