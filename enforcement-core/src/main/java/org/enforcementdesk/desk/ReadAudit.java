package org.enforcementdesk.desk;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ReadPurpose;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.CaseFile;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.store.PersonalDataRead;
import org.enforcementdesk.store.RequestLedger;

/**
 * Records each answer that shows staff or a resolver a party's personal data, before the desk gives it: if the
 * ledger cannot record the read, the reader gets {@link org.enforcementdesk.store.LedgerUnavailableException} instead
 * of the data. An answer that names no party (an empty queue) records nothing. Commands are not recorded here: their
 * events already say who acted when.
 */
final class ReadAudit {

  private final RequestLedger ledger;
  private final Clock clock;
  private final boolean purposeRequired;

  ReadAudit(RequestLedger ledger, Clock clock, boolean purposeRequired) {
    this.ledger = ledger;
    this.clock = clock;
    this.purposeRequired = purposeRequired;
  }

  /**
   * Refuses an unstated purpose on a desk that requires one, before anything is read.
   *
   * @throws InvalidInputException if the purpose is unstated and the desk requires it
   */
  void checkPurpose(ReadPurpose purpose, String query) {
    if (purposeRequired && !purpose.isStated()) {
      throw new InvalidInputException("purpose: " + query
          + " shows personal data, and this desk records why it is read: pass a ReadPurpose");
    }
  }

  /** Records the read of one order and returns it. */
  WorkOrder order(Actor reader, String query, Object subject, ReadPurpose purpose, WorkOrder answer) {
    record(reader, query, subject, purpose, Set.of(answer.request().requester().id()));
    return answer;
  }

  /** Records the read of these orders and returns them. */
  List<WorkOrder> orders(
      Actor reader, String query, Object subject, ReadPurpose purpose, List<WorkOrder> answer) {
    Set<String> parties = new LinkedHashSet<>();
    answer.forEach(order -> parties.add(order.request().requester().id()));
    record(reader, query, subject, purpose, parties);
    return answer;
  }

  /** Records the read of a case file, whose contacts name parties and carry notes about them, and returns it. */
  CaseFile caseFile(Actor reader, Object subject, ReadPurpose purpose, CaseFile answer) {
    Set<String> parties = new LinkedHashSet<>();
    answer.contacts().stream().map(CaseEvent.ContactRecorded::partyId).forEach(parties::add);
    record(reader, "caseFile", subject, purpose, parties);
    return answer;
  }

  private void record(Actor reader, String query, Object subject, ReadPurpose purpose, Set<String> parties) {
    if (!parties.isEmpty()) {
      ledger.personalData().recordRead(new PersonalDataRead(
          clock.instant(), reader, query, String.valueOf(subject), List.copyOf(parties), purpose));
    }
  }
}
