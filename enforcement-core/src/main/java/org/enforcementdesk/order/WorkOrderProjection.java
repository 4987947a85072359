package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.enforcementdesk.model.CaseNumber;

/**
 * What a ledger indexes of a work order beside its events: the party and the case it is listed under, its labels,
 * and its due entries. A pure function of the order's events ({@link #of}), so any ledger can rebuild every index
 * from the streams alone, after a restore or a move to another ledger.
 *
 * @param partyId the requester's party id, by which the order is listed under its party
 * @param caseNumber the enforcement case it is listed under; empty for a case not yet filed
 * @param labels the order's labels ({@link Labels#of(WorkOrder)})
 * @param dues the order's due entries ({@link DueEntries#of})
 * @param duplicateKey while the order is unresolved, the key of its duplicate group ({@link Labels#duplicateKey}):
 *     a ledger lets one order at a time hold a key, so two copies of a request submitted at once on two nodes open
 *     one order
 */
public record WorkOrderProjection(
    String partyId,
    Optional<CaseNumber> caseNumber,
    ImmutableSet<String> labels,
    ImmutableList<DueEntry> dues,
    Optional<String> duplicateKey) {

  /**
   * Checks that nothing is missing.
   *
   * @throws NullPointerException if a component or element is null
   */
  public WorkOrderProjection {
    requireNonNull(partyId, "partyId");
    requireNonNull(caseNumber, "caseNumber");
    labels = ImmutableSet.copyOf(requireNonNull(labels, "labels"));
    dues = ImmutableList.copyOf(requireNonNull(dues, "dues"));
    requireNonNull(duplicateKey, "duplicateKey");
  }

  /** The projection of a work order as it stands. */
  public static WorkOrderProjection of(WorkOrder order) {
    return new WorkOrderProjection(
        order.request().requester().id(), order.request().caseNumber(), Labels.of(order),
        ImmutableList.copyOf(DueEntries.of(order)), Labels.duplicateKey(order));
  }
}
