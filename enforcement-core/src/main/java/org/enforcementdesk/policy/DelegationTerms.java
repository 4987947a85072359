package org.enforcementdesk.policy;

import static java.util.Objects.requireNonNull;

import org.enforcementdesk.calendar.Period;

/**
 * What the rules say about a delegation of one kind: how long the resolver has, and whether the work order's own
 * resolution clock stands still meanwhile.
 *
 * <p>Pausing is the default because the centre has handed the work on and cannot act on it while it is away: the
 * party's deadline with the court resumes, with the delegated time credited, if the resolver returns it unresolved.
 * A court that wants the centre to answer for the whole time sets it to run.
 *
 * @param period how long the resolver has, counted from the delegation; not null
 * @param pausesResolution whether the order's resolution clock stands still while delegated
 */
public record DelegationTerms(Period period, boolean pausesResolution) {

  /** The terms a policy that says nothing uses: 15 working days, the resolution clock paused. */
  public static final DelegationTerms STANDARD = new DelegationTerms(Period.workingDays(15), true);

  /**
   * Checks that the period is given.
   *
   * @throws NullPointerException if {@code period} is null
   */
  public DelegationTerms {
    requireNonNull(period, "period");
  }
}
