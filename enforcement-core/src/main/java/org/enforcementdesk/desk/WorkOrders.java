package org.enforcementdesk.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.CaseFile;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.store.RequestLedger;

/** Reading work orders and cases from the ledger: by id, by case, by party, by label, and a case's history. */
final class WorkOrders {

  private final RequestLedger ledger;

  WorkOrders(RequestLedger ledger) {
    this.ledger = ledger;
  }

  /** The work order with this id, if there is one. */
  Optional<WorkOrder> find(RequestId id) {
    List<RecordedEvent> events = ledger.read(id);
    return events.isEmpty() ? Optional.empty() : Optional.of(WorkOrder.fold(events));
  }

  /**
   * The work order with this id, for an actor whose role has been checked.
   *
   * @param command the command tried, or null for a query
   * @throws PermissionDeniedException if there is none: the same refusal as for an order that is not the actor's,
   *     so probing ids reveals nothing
   */
  WorkOrder loadFor(Actor actor, CommandKind command, RequestId id) {
    return find(id).orElseThrow(() -> Permissions.unknownOrder(actor, command, id));
  }

  /**
   * The work order with this id, for a party or resolver to read: the same refusal whether it is missing or not
   * theirs.
   *
   * @throws PermissionDeniedException if there is none, or it is not the actor's
   */
  WorkOrder loadOwnedBy(Actor actor, RequestId id) {
    WorkOrder order = loadFor(actor, null, id);
    if (!Permissions.owns(actor, order)) {
      throw Permissions.unknownOrder(actor, null, id);
    }
    return order;
  }

  List<WorkOrder> ofCase(CaseNumber caseNumber) {
    return loadAll(ledger.workOrdersOfCase(caseNumber));
  }

  List<WorkOrder> ofParty(String partyId) {
    return loadAll(ledger.workOrdersOfParty(partyId));
  }

  List<WorkOrder> labelled(String label) {
    return loadAll(ledger.workOrdersLabelled(label));
  }

  /** The ids of the orders with {@code label}, for a pass that loads each one fresh. */
  List<RequestId> labelledIds(String label) {
    return ledger.workOrdersLabelled(label);
  }

  /**
   * The history of an order's case at {@code at}, as the rules see it.
   *
   * @param file the case's own record as it stands (with what the command records on it); empty to read it
   */
  CaseHistory historyOf(WorkOrder order, Instant at, Optional<CaseFile> file) {
    Optional<CaseNumber> caseNumber = order.request().caseNumber();
    if (caseNumber.isEmpty()) {
      return CaseHistory.NONE;
    }
    CaseFile known = file.orElseGet(() -> caseFile(caseNumber.get()));
    return CaseHistories.of(ofCase(caseNumber.get()), known, at, Optional.empty());
  }

  /** The case's own record; empty for a case with nothing recorded on it yet. */
  CaseFile caseFile(CaseNumber caseNumber) {
    return CaseFile.fold(caseNumber, ledger.readCase(caseNumber));
  }

  /** The own record of the order's case, if the order is on a case. */
  Optional<CaseFile> caseFileOf(WorkOrder order) {
    return order.request().caseNumber().map(this::caseFile);
  }

  List<CaseFile> casesLabelled(String label) {
    List<CaseFile> files = new ArrayList<>();
    for (CaseNumber caseNumber : ledger.casesLabelled(label)) {
      files.add(caseFile(caseNumber));
    }
    return files;
  }

  private List<WorkOrder> loadAll(List<RequestId> ids) {
    List<WorkOrder> loaded = new ArrayList<>(ids.size());
    for (RequestId id : ids) {
      find(id).ifPresent(loaded::add);
    }
    return loaded;
  }
}
