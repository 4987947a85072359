package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Supplier;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ReadPurpose;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.Delegated;
import org.enforcementdesk.order.Delegation;
import org.enforcementdesk.order.DelegationReturned;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.order.Labels;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.DelegationTerms;
import org.enforcementdesk.store.ConcurrencyConflictException;
import org.enforcementdesk.store.LedgerUnavailableException;

/**
 * 委派化解 ({@code desk.delegation()}): handing work orders to resolvers outside the centre (the pre-enforcement team,
 * departments, special mediators, village mediation directors listed in the court's {@link ResolverDirectory}),
 * their return, and what each resolver holds. Thread-safe; whatever a command throws, it recorded nothing.
 */
public final class DelegationDesk {

  private final CommandRunner runner;
  private final ReadAudit audit;
  private final WorkOrders orders;
  private final DecisionPolicy policy;
  private final ResolverDirectory resolvers;

  DelegationDesk(CommandRunner runner, WorkOrders orders, DecisionPolicy policy, ResolverDirectory resolvers,
      ReadAudit audit) {
    this.runner = runner;
    this.audit = audit;
    this.orders = orders;
    this.policy = policy;
    this.resolvers = resolvers;
  }

  /**
   * 委派化解: hands the order to a listed resolver, with instructions (may be empty). The delegation's deadline, and
   * whether the order's clock pauses meanwhile, come from {@link DecisionPolicy#delegationTerms}. The resolver is
   * looked up only after the actor's permission and the order's state pass, so a refused actor learns nothing of the
   * court's accounts.
   *
   * @throws PermissionDeniedException if the actor may not delegate, or the order is not theirs to see
   * @throws IllegalCommandException if the order's state does not allow it
   * @throws InvalidInputException if the directory lists no such resolver, or the note is too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder delegate(RequestId id, Actor actor, String resolverId, String note) {
    requireNonNull(resolverId, "resolverId");
    return delegate(id, actor, () -> resolvers.require(resolverId), note);
  }

  /**
   * 委派化解: as {@link #delegate(RequestId, Actor, String, String)}, naming the account as the directory lists it
   * (say, the one {@link ResolverDirectory#accountFor} found for the rules' suggestion).
   *
   * @throws PermissionDeniedException if the actor may not delegate, or the order is not theirs to see
   * @throws IllegalCommandException if the order's state does not allow it
   * @throws InvalidInputException if the directory does not list exactly this account, or the note is too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder delegate(RequestId id, Actor actor, DelegationTarget target, String note) {
    requireNonNull(target, "target");
    return delegate(id, actor, () -> resolvers.requireListed(target), note);
  }

  private WorkOrder delegate(RequestId id, Actor actor, Supplier<DelegationTarget> account, String note) {
    requireNonNull(note, "note");
    return runner.runOne(id, actor, CommandKind.DELEGATE, (order, now) -> {
      DelegationTarget target = account.get();
      DelegationTerms terms = policy.delegationTerms(target.kind());
      return new Delegated(id, now, actor, target, note, terms.period(), runner.deadlines().after(now, terms.period()),
          terms.pausesResolution());
    });
  }

  /**
   * 退回: a delegation comes back to the centre unresolved, with the reason; a clock it paused runs again, its
   * deadline moved by the time it was away.
   *
   * @throws PermissionDeniedException if the actor may not return it (a resolver who no longer holds it)
   * @throws IllegalCommandException if the order is not delegated
   * @throws InvalidInputException if the reason is blank or too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder returnDelegation(RequestId id, Actor actor, String reason) {
    return runner.runOne(id, actor, CommandKind.RETURN_DELEGATION, (order, now) ->
        new DelegationReturned(id, now, actor, reason, runner.deadlines().returned(order, now)));
  }

  /**
   * The work orders delegated to a resolver now, in submission order, for court staff; the resolver's own account
   * reads them through {@link ResolverDesk#delegations()}. Recorded in the audit trail of reads with an unstated
   * purpose.
   *
   * @throws PermissionDeniedException if the viewer is not court staff
   * @throws LedgerUnavailableException if the ledger failed, or could not record the read
   */
  public List<WorkOrder> delegatedTo(String resolverId, Actor viewer) {
    return delegatedTo(resolverId, viewer, ReadPurpose.UNSTATED);
  }

  /**
   * The work orders delegated to a resolver now, read for a stated purpose.
   *
   * @throws PermissionDeniedException if the viewer is not court staff
   * @throws LedgerUnavailableException if the ledger failed, or could not record the read
   */
  public List<WorkOrder> delegatedTo(String resolverId, Actor viewer, ReadPurpose purpose) {
    requireNonNull(resolverId, "resolverId");
    requireNonNull(purpose, "purpose");
    Permissions.checkStaffDeskRead(viewer);
    runner.court().check(viewer, "the delegations of a resolver");
    audit.checkPurpose(purpose, "delegatedTo");
    return audit.orders(viewer, "delegatedTo", resolverId, purpose, orders.labelled(Labels.resolver(resolverId)));
  }

  /**
   * Every delegation so far with how it ended, by work order: what the delegated resolution rates count.
   *
   * @throws PermissionDeniedException if the viewer is not court staff
   * @throws LedgerUnavailableException if the ledger failed
   */
  public List<Delegation> all(Actor viewer) {
    Permissions.checkCaseRead(requireNonNull(viewer, "viewer"), "the delegations");
    runner.court().check(viewer, "the delegations");
    return orders.labelled(Labels.DELEGATED).stream().flatMap(order -> order.delegations().stream()).toList();
  }
}
