package org.enforcementdesk.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.order.CaseFile;
import org.enforcementdesk.order.Labels;
import org.enforcementdesk.order.RecordedCaseEvent;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;

/**
 * Rebuilding a ledger's projections from its events, through the {@link RequestLedger} SPI alone, so that it works
 * on any ledger: every due entry, label and party or case listing is a pure function of the streams, and nothing the
 * desk relies on (escalation on time, work queues, open risk cases) lives anywhere else.
 *
 * <pre>{@code
 * LedgerRebuild.reindex(ledger);          // after a bug or a hand edit left projections behind the events
 * LedgerRebuild.copy(backup, fresh);      // a restore, or a move to another ledger
 * }</pre>
 */
public final class LedgerRebuild {

  private LedgerRebuild() {}

  /**
   * Recomputes every work order's and every case's projection from its events and writes it back, in place.
   *
   * @return how many streams were re-indexed
   * @throws ConcurrencyConflictException if a stream changed while it was being re-indexed (run it again)
   * @throws IllegalStateException if a stream is corrupt
   */
  public static int reindex(RequestLedger ledger) {
    requireNonNull(ledger, "ledger");
    int count = 0;
    for (RequestId id : ledger.workOrderIds()) {
      ledger.append(LedgerAppend.reindex(WorkOrder.fold(ledger.read(id))));
      count++;
    }
    for (CaseNumber caseNumber : ledger.caseNumbers()) {
      ledger.appendCase(CaseAppend.reindex(CaseFile.fold(caseNumber, ledger.readCase(caseNumber))));
      count++;
    }
    return count;
  }

  /**
   * Copies every stream of {@code from} into {@code to}, which must hold none of them, with projections computed
   * from the events and the notifications still pending in {@code from}'s outbox: what a restore from an event
   * backup, or a move to another ledger, must do so that the desk over {@code to} acts exactly as it would have over
   * {@code from}. Work orders and cases are copied in the order they began. Delivered notifications are not copied
   * (their keys are: a host's sink deduplicates by key, see docs/ledger.md).
   *
   * @return how many streams were copied
   * @throws ConcurrencyConflictException if {@code to} already holds one of the streams
   * @throws IllegalStateException if a stream is corrupt
   */
  public static int copy(RequestLedger from, RequestLedger to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    Map<RequestId, List<Notification>> pending = pendingByRequest(from);
    int count = 0;
    for (RequestId id : from.workOrderIds()) {
      List<RecordedEvent> stream = from.read(id);
      List<WorkOrderEvent> events = stream.stream().map(RecordedEvent::event).toList();
      WorkOrder order = WorkOrder.fold(stream);
      to.append(LedgerAppend.of(order, 0, events, pending.getOrDefault(id, List.of())));
      count++;
    }
    for (CaseNumber caseNumber : from.caseNumbers()) {
      List<RecordedCaseEvent> stream = from.readCase(caseNumber);
      CaseFile file = CaseFile.fold(caseNumber, stream);
      to.appendCase(CaseAppend.of(
          caseNumber, 0, stream.stream().map(RecordedCaseEvent::event).toList(), List.of(), Labels.of(file)));
      count++;
    }
    return count;
  }

  private static Map<RequestId, List<Notification>> pendingByRequest(RequestLedger from) {
    Map<RequestId, List<Notification>> byRequest = new HashMap<>();
    List<Notification> all = from.pending(Integer.MAX_VALUE);
    for (Notification notification : all) {
      byRequest.computeIfAbsent(notification.requestId(), any -> new ArrayList<>()).add(notification);
    }
    return byRequest;
  }
}
