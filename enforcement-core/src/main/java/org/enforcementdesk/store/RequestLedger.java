package org.enforcementdesk.store;

import java.time.Instant;
import java.util.List;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.Outbox;

/**
 * Where work orders are kept: one stream of events per request, plus the indexes the desk needs (by case, by party,
 * by what falls due when) and the notification outbox. Implementations are thread-safe, and every {@link #append} is
 * atomic: events, due entries and notifications are written together or not at all.
 *
 * <p>Optimistic concurrency: an append names the version the writer read; if the stream has moved on, it fails with
 * {@link ConcurrencyConflictException} and writes nothing, so two officers can never silently overwrite each other.
 */
public interface RequestLedger extends Outbox {

  /**
   * Appends events to a work order's stream, replaces its due entries and records its notifications, atomically.
   * The first append of a stream (expected version 0) must begin with a {@code Submitted} event, from which the
   * ledger indexes the case number and the requester's party id.
   *
   * @param append what to write; not null
   * @return the stream's new version (the version of its last event)
   * @throws ConcurrencyConflictException if the stream is not at {@code append.expectedVersion()}
   * @throws IllegalArgumentException if a new stream does not begin with {@code Submitted}, or a notification's
   *     idempotency key is already in the outbox
   */
  long append(LedgerAppend append);

  /**
   * The events of one work order, in order; empty if there is no such work order.
   *
   * @param requestId the work order; not null
   */
  List<RecordedEvent> read(RequestId requestId);

  /**
   * The version of a work order's stream: the number of its events, 0 if there is none.
   *
   * @param requestId the work order; not null
   */
  long version(RequestId requestId);

  /**
   * The requests on one enforcement case, in the order they were first appended.
   *
   * @param caseNumber the case; not null
   */
  List<RequestId> requestsOfCase(CaseNumber caseNumber);

  /**
   * The requests one party made, in the order they were first appended.
   *
   * @param partyId the host's party id; not null
   */
  List<RequestId> requestsOfParty(String partyId);

  /**
   * Due entries with an instant strictly before {@code before}, earliest first, at most {@code limit}. Costs what it
   * returns, not what is stored: the desk's tick asks this every time it runs.
   *
   * @param before the exclusive upper bound; not null
   * @param limit how many at most; positive
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  List<DueEntry> dueBefore(Instant before, int limit);

  /**
   * The requests whose last append gave them this label, in the order they first took it. Costs what it returns.
   *
   * @param label the label, e.g. {@code open:tier:OFFICER}; not null
   */
  List<RequestId> requestsLabelled(String label);

  /**
   * Every work order the ledger holds, in the order they were first appended: what a report over the whole history
   * (the indicators) walks.
   */
  List<RequestId> requestIds();

  /**
   * Appends events to an enforcement case's own stream (contacts, petitions, risk cases) and records their
   * notifications, atomically. A work order's command that also changes its case writes both in one {@link
   * #append} instead ({@link LedgerAppend#withCase}).
   *
   * @param append what to write; not null
   * @return the case stream's new version
   * @throws ConcurrencyConflictException if the case stream is not at {@code append.expectedVersion()}
   * @throws IllegalArgumentException if a notification's idempotency key is already in the outbox
   */
  long appendCase(CaseAppend append);

  /**
   * The events of one enforcement case's own stream, in order; empty if nothing was recorded on the case itself.
   *
   * @param caseNumber the case; not null
   */
  List<RecordedCaseEvent> readCase(CaseNumber caseNumber);

  /**
   * The version of a case stream: the number of its events, 0 if there is none.
   *
   * @param caseNumber the case; not null
   */
  long caseVersion(CaseNumber caseNumber);

  /**
   * The cases whose last case append gave them this label, in the order they first took it. Costs what it returns.
   *
   * @param label the label, e.g. {@code risk:open}; not null
   */
  List<CaseNumber> casesLabelled(String label);

  /** Every case with a stream of its own, in the order their streams began. */
  List<CaseNumber> caseNumbers();

  /** How many work orders the ledger holds. */
  int size();
}
