package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.enforcementdesk.desk.event.DelegationTarget;
import org.enforcementdesk.desk.event.ResolutionKind;

/**
 * One delegation of a work order, folded from its events: to whom, when, its own deadline, and how it ended. An order
 * returned and delegated again has several.
 *
 * @param target the resolver's account
 * @param delegatedAt when it was handed over
 * @param due the delegation's own deadline
 * @param pausesResolution whether the order's resolution clock stood still meanwhile
 * @param outcome where it stands or how it ended
 * @param concludedAt when it ended; null while pending
 * @param resolvedAs how it was resolved; null unless resolved or recalled
 * @param returnReason why it came back; null unless returned
 * @param overdue whether its deadline passed while it was pending (recorded by the desk's tick)
 */
public record Delegation(
    DelegationTarget target,
    Instant delegatedAt,
    OffsetDateTime due,
    boolean pausesResolution,
    DelegationOutcome outcome,
    Instant concludedAt,
    ResolutionKind resolvedAs,
    String returnReason,
    boolean overdue) {

  /** Validates the record. */
  public Delegation {
    requireNonNull(target, "target");
    requireNonNull(delegatedAt, "delegatedAt");
    requireNonNull(due, "due");
    requireNonNull(outcome, "outcome");
  }

  static Delegation started(DelegationTarget target, Instant at, OffsetDateTime due, boolean pausesResolution) {
    return new Delegation(target, at, due, pausesResolution, DelegationOutcome.PENDING, null, null, null, false);
  }

  Delegation resolved(Instant at, ResolutionKind how) {
    return new Delegation(target, delegatedAt, due, pausesResolution, DelegationOutcome.RESOLVED, at, how, null, overdue);
  }

  Delegation recalled(Instant at, ResolutionKind how) {
    return new Delegation(target, delegatedAt, due, pausesResolution, DelegationOutcome.RECALLED, at, how, null, overdue);
  }

  Delegation returned(Instant at, String reason) {
    return new Delegation(target, delegatedAt, due, pausesResolution, DelegationOutcome.RETURNED, at, null, reason, overdue);
  }

  Delegation withdrawn(Instant at) {
    return new Delegation(target, delegatedAt, due, pausesResolution, DelegationOutcome.WITHDRAWN, at, null, null, overdue);
  }

  Delegation markedOverdue() {
    return new Delegation(target, delegatedAt, due, pausesResolution, outcome, concludedAt, resolvedAs, returnReason, true);
  }

  /** Whether it is still with the resolver. */
  public boolean isPending() {
    return outcome == DelegationOutcome.PENDING;
  }

  /** When it ended, if it has. */
  public Optional<Instant> concluded() {
    return Optional.ofNullable(concludedAt);
  }
}
