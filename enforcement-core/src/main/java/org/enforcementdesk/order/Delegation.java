package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.enforcementdesk.calendar.CountedDeadline;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.LogSafe;

/**
 * One delegation of a work order, folded from its events: to whom, when, its own deadline, and how it ended. An order
 * returned and delegated again has several.
 *
 * @param target the resolver's account
 * @param note the instructions the resolver was given; may be empty
 * @param delegatedAt when it was handed over
 * @param period how long the resolver had, counted from {@code delegatedAt}
 * @param deadline the delegation's own deadline as recorded (by the delegation, or by a later revision)
 * @param pausesResolution whether the order's resolution clock stood still meanwhile
 * @param outcome where it stands or how it ended
 * @param concluded when it ended; empty while pending
 * @param resolvedAs how it was resolved; empty unless resolved or recalled
 * @param returnReason why it came back; empty unless returned
 * @param overdue whether its deadline passed while it was pending (recorded by the desk's tick)
 */
public record Delegation(
    DelegationTarget target,
    String note,
    Instant delegatedAt,
    Period period,
    CountedDeadline deadline,
    boolean pausesResolution,
    DelegationOutcome outcome,
    Optional<Instant> concluded,
    Optional<ResolutionKind> resolvedAs,
    Optional<String> returnReason,
    boolean overdue) {

  /**
   * Checks that nothing is missing.
   *
   * @throws NullPointerException if a component is null
   */
  public Delegation {
    requireNonNull(target, "target");
    requireNonNull(note, "note");
    requireNonNull(delegatedAt, "delegatedAt");
    requireNonNull(period, "period");
    requireNonNull(deadline, "deadline");
    requireNonNull(outcome, "outcome");
    requireNonNull(concluded, "concluded");
    requireNonNull(resolvedAs, "resolvedAs");
    requireNonNull(returnReason, "returnReason");
  }

  static Delegation started(Delegated event) {
    return new Delegation(
        event.target(), event.note(), event.at(), event.period(), event.due(), event.pausesResolution(),
        DelegationOutcome.PENDING, Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  Delegation resolved(Instant at, ResolutionKind how) {
    return ended(DelegationOutcome.RESOLVED, at, Optional.of(how), Optional.empty());
  }

  Delegation recalled(Instant at, ResolutionKind how) {
    return ended(DelegationOutcome.RECALLED, at, Optional.of(how), Optional.empty());
  }

  Delegation returned(Instant at, String reason) {
    return ended(DelegationOutcome.RETURNED, at, Optional.empty(), Optional.of(reason));
  }

  Delegation withdrawn(Instant at) {
    return ended(DelegationOutcome.WITHDRAWN, at, Optional.empty(), Optional.empty());
  }

  Delegation markedOverdue() {
    return new Delegation(
        target, note, delegatedAt, period, deadline, pausesResolution, outcome, concluded, resolvedAs, returnReason,
        true);
  }

  /**
   * This pending delegation held to a revised deadline.
   *
   * @throws IllegalStateException if it is no longer pending or holds another deadline than the one revised
   */
  Delegation revised(CountedDeadline was, CountedDeadline inForce) {
    if (!isPending() || !deadline.equals(was)) {
      throw new IllegalStateException("no pending delegation with the deadline " + was);
    }
    return new Delegation(
        target, note, delegatedAt, period, inForce, pausesResolution, outcome, concluded, resolvedAs, returnReason,
        overdue);
  }

  /** When the resolver must have resolved or returned it: the recorded deadline's instant. */
  public OffsetDateTime due() {
    return deadline.at();
  }

  private Delegation ended(
      DelegationOutcome how, Instant at, Optional<ResolutionKind> kind, Optional<String> reason) {
    return new Delegation(
        target, note, delegatedAt, period, deadline, pausesResolution, how, Optional.of(at), kind, reason, overdue);
  }

  /** Whether it is still with the resolver. */
  public boolean isPending() {
    return outcome == DelegationOutcome.PENDING;
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
