package org.enforcementdesk.desk;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.ParkedNotification;
import org.enforcementdesk.order.DueEntry;
import org.enforcementdesk.order.RecordedCaseEvent;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.store.CaseAppend;
import org.enforcementdesk.store.DueEntryFailure;
import org.enforcementdesk.store.LedgerAppend;
import org.enforcementdesk.store.PersonalDataLedger;
import org.enforcementdesk.store.RequestLedger;

/**
 * A ledger that runs another writer's command right after the next read of one order has been taken, to put a
 * chosen write between a command's look at an order and its own write. Only the first such read triggers it.
 */
final class InterleavingLedger implements RequestLedger {
  private final RequestLedger delegate;
  private RequestId watched;
  private Runnable meanwhile;
  private PersonalDataLedger personalData;

  InterleavingLedger(RequestLedger delegate) {
    this.delegate = delegate;
  }

  /** Serves the personal-data side through {@code personalData} from now on: one that fails, say. */
  void personalDataThrough(PersonalDataLedger personalData) {
    this.personalData = personalData;
  }

  void afterNextReadOf(RequestId id, Runnable command) {
    this.watched = id;
    this.meanwhile = command;
  }

  @Override
  public List<RecordedEvent> read(RequestId requestId) {
    List<RecordedEvent> events = delegate.read(requestId);
    Runnable command = meanwhile;
    if (command != null && requestId.equals(watched)) {
      meanwhile = null; // disarmed first: the command itself reads the order
      command.run();
    }
    return events;
  }

  @Override
  public long append(LedgerAppend append) {
    return delegate.append(append);
  }

  @Override
  public long version(RequestId requestId) {
    return delegate.version(requestId);
  }

  @Override
  public List<RequestId> workOrdersOfCase(CaseNumber caseNumber) {
    return delegate.workOrdersOfCase(caseNumber);
  }

  @Override
  public List<RequestId> workOrdersOfParty(String partyId) {
    return delegate.workOrdersOfParty(partyId);
  }

  @Override
  public List<RequestId> workOrdersLabelled(String label) {
    return delegate.workOrdersLabelled(label);
  }

  @Override
  public List<DueEntry> dueBefore(Instant before, int limit) {
    return delegate.dueBefore(before, limit);
  }

  @Override
  public int size() {
    return delegate.size();
  }

  @Override
  public List<RequestId> workOrderIds() {
    return delegate.workOrderIds();
  }

  @Override
  public long appendCase(CaseAppend append) {
    return delegate.appendCase(append);
  }

  @Override
  public List<RecordedCaseEvent> readCase(CaseNumber caseNumber) {
    return delegate.readCase(caseNumber);
  }

  @Override
  public long caseVersion(CaseNumber caseNumber) {
    return delegate.caseVersion(caseNumber);
  }

  @Override
  public List<CaseNumber> casesLabelled(String label) {
    return delegate.casesLabelled(label);
  }

  @Override
  public List<CaseNumber> caseNumbers() {
    return delegate.caseNumbers();
  }

  @Override
  public List<Notification> pending(int limit) {
    return delegate.pending(limit);
  }

  @Override
  public void markDelivered(String idempotencyKey) {
    delegate.markDelivered(idempotencyKey);
  }

  @Override
  public Map<NotificationKind, Long> deliveredByKind() {
    return delegate.deliveredByKind();
  }

  @Override
  public void recordDueEntryFailure(DueEntryFailure failure, Optional<Notification> notice) {
    delegate.recordDueEntryFailure(failure, notice);
  }

  @Override
  public Optional<DueEntryFailure> dueEntryFailure(DueEntry entry) {
    return delegate.dueEntryFailure(entry);
  }

  @Override
  public boolean clearDueEntryFailure(DueEntry entry) {
    return delegate.clearDueEntryFailure(entry);
  }

  @Override
  public List<DueEntryFailure> dueEntryFailures() {
    return delegate.dueEntryFailures();
  }

  @Override
  public int recordFailure(String idempotencyKey) {
    return delegate.recordFailure(idempotencyKey);
  }

  @Override
  public boolean park(String idempotencyKey, String reason, Optional<Notification> notice) {
    return delegate.park(idempotencyKey, reason, notice);
  }

  @Override
  public List<ParkedNotification> parked() {
    return delegate.parked();
  }

  @Override
  public boolean unpark(String idempotencyKey) {
    return delegate.unpark(idempotencyKey);
  }

  @Override
  public List<DueEntry> claimDue(Instant before, int limit) {
    return delegate.claimDue(before, limit);
  }

  @Override
  public <T> Optional<T> exclusively(String name, java.util.function.Supplier<T> work) {
    return delegate.exclusively(name, work);
  }

  @Override
  public PersonalDataLedger personalData() {
    return personalData != null ? personalData : delegate.personalData();
  }
}
