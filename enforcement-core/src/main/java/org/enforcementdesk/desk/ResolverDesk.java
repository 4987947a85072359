package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ReadPurpose;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.order.Labels;
import org.enforcementdesk.order.NoteAudience;
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.store.ConcurrencyConflictException;
import org.enforcementdesk.store.LedgerUnavailableException;
import org.enforcementdesk.view.ResolverView;

/**
 * One resolver account's desk (from {@link EnforcementDesk#forResolver}): what a resolver may do on what is
 * delegated to them now, each answered with a {@link ResolverView} and never with the court's whole record.
 *
 * <p>An order never delegated to them, delegated to someone else, taken back, or missing is refused with the same
 * message. Thread-safe.
 */
public final class ResolverDesk {

  private final AudienceCommands desk;
  private final Actor resolver;

  ResolverDesk(AudienceCommands desk, Actor resolver) {
    this.desk = desk;
    this.resolver = resolver;
  }

  /** The resolver account this desk acts for. */
  public Actor resolver() {
    return resolver;
  }

  /**
   * What is delegated to the resolver now, in submission order. The views show the parties' phones, so the read is
   * recorded in the audit trail of reads ({@link ReadPurpose#DELEGATION}).
   *
   * @throws LedgerUnavailableException if the ledger failed
   */
  public List<ResolverView> delegations() {
    List<WorkOrder> delegated = desk.orders().labelled(Labels.resolver(resolver.id())).stream()
        .filter(order -> Permissions.owns(resolver, order))
        .toList();
    desk.audit().orders(resolver, "delegations", resolver.id(), ReadPurpose.DELEGATION, delegated);
    return delegated.stream().map(order -> AudienceViews.resolver(order, resolver)).toList();
  }

  /**
   * One order delegated to the resolver now; recorded in the audit trail of reads, as {@link #delegations()} is.
   *
   * @throws PermissionDeniedException if no such order is delegated to them now
   * @throws LedgerUnavailableException if the ledger failed
   */
  public ResolverView delegation(RequestId id) {
    WorkOrder order = desk.orders().loadOwnedBy(resolver, requireNonNull(id, "id"));
    desk.audit().order(resolver, "delegation", id, ReadPurpose.DELEGATION, order);
    return AudienceViews.resolver(order, resolver);
  }

  /**
   * 记录进展: the resolver records progress, for the court ({@link NoteAudience#INTERNAL}).
   *
   * @throws PermissionDeniedException if no such order is delegated to them now
   * @throws IllegalCommandException if the order's state does not allow it
   * @throws InvalidInputException if the note is blank or too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public ResolverView noteProgress(RequestId id, String note, boolean contactWithParty) {
    return noteProgress(id, note, contactWithParty, NoteAudience.INTERNAL);
  }

  /**
   * 记录进展: the resolver records progress, saying who the note is for.
   *
   * @throws PermissionDeniedException if no such order is delegated to them now
   * @throws IllegalCommandException if the order's state does not allow it
   * @throws InvalidInputException if the note is blank or too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public ResolverView noteProgress(RequestId id, String note, boolean contactWithParty, NoteAudience audience) {
    WorkOrder order =
        desk.commands().noteProgress(requireNonNull(id, "id"), resolver, note, contactWithParty, audience);
    return AudienceViews.resolver(order, resolver);
  }

  /**
   * 退回: the resolver hands the order back with the reason (see {@link DelegationDesk#returnDelegation}); the answer
   * is the delegation as it ended, no longer pending.
   *
   * @throws PermissionDeniedException if no such order is delegated to them now
   * @throws IllegalCommandException if the order is not delegated
   * @throws InvalidInputException if the reason is blank or too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public ResolverView returnDelegation(RequestId id, String reason) {
    return AudienceViews.resolver(desk.delegation().returnDelegation(requireNonNull(id, "id"), resolver, reason),
        resolver);
  }

  /**
   * 化解办结: the resolver resolves the order, saying how (see {@link EnforcementDesk#resolve(RequestId, Actor,
   * ResolutionKind, String)}); the answer is the delegation as it ended.
   *
   * @throws PermissionDeniedException if no such order is delegated to them now
   * @throws IllegalCommandException if the order is not delegated
   * @throws InvalidInputException if the result is blank or too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public ResolverView resolve(RequestId id, ResolutionKind how, String result) {
    return AudienceViews.resolver(desk.commands().resolve(requireNonNull(id, "id"), resolver, how, result), resolver);
  }
}
