package org.enforcementdesk.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.store.RecordedEvent;
import org.enforcementdesk.store.RequestLedger;

/** Reading work orders from the ledger: load by id, by case, by party, and a case's history. */
final class Orders {

  private final RequestLedger ledger;
  private final WorkingCalendar calendar;

  Orders(RequestLedger ledger, WorkingCalendar calendar) {
    this.ledger = ledger;
    this.calendar = calendar;
  }

  /**
   * The work order with this id.
   *
   * @throws IllegalArgumentException if there is none
   */
  WorkOrder load(RequestId id) {
    List<RecordedEvent> events = ledger.read(id);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("no work order " + id);
    }
    return WorkOrder.fold(events, calendar);
  }

  /**
   * The work order with this id, as {@code actor} may learn of it.
   *
   * @param command the command tried, or null for a query
   * @throws IllegalArgumentException if there is none and the actor is court staff
   * @throws PermissionDeniedException if there is none and the actor is anyone else
   */
  WorkOrder loadFor(Actor actor, CommandKind command, RequestId id) {
    List<RecordedEvent> events = ledger.read(id);
    if (events.isEmpty()) {
      throw Permissions.unknownOrder(actor, command, id);
    }
    return WorkOrder.fold(events, calendar);
  }

  boolean exists(RequestId id) {
    return ledger.version(id) > 0;
  }

  List<WorkOrder> ofCase(CaseNumber caseNumber) {
    return loadAll(ledger.requestsOfCase(caseNumber));
  }

  List<WorkOrder> ofParty(String partyId) {
    return loadAll(ledger.requestsOfParty(partyId));
  }

  List<WorkOrder> labelled(String label) {
    return loadAll(ledger.requestsLabelled(label));
  }

  /**
   * The history of an order's case at {@code at}, as the rules see it.
   *
   * @param file the case's own record as it stands (with what the command records on it), or null to read it
   */
  CaseHistory historyOf(WorkOrder order, Instant at, CaseFile file) {
    Optional<CaseNumber> caseNumber = order.request().caseNumber();
    if (caseNumber.isEmpty()) {
      return CaseHistory.NONE;
    }
    CaseFile known = file != null ? file : caseFile(caseNumber.get());
    return CaseHistories.of(ofCase(caseNumber.get()), known, at, null);
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
      List<RecordedEvent> events = ledger.read(id);
      if (!events.isEmpty()) {
        loaded.add(WorkOrder.fold(events, calendar));
      }
    }
    return loaded;
  }
}
