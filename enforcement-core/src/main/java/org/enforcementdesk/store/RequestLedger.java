package org.enforcementdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.Outbox;
import org.enforcementdesk.order.DueEntry;
import org.enforcementdesk.order.RecordedCaseEvent;
import org.enforcementdesk.order.RecordedEvent;

/**
 * Where work orders are kept: one stream of events per work order and one per enforcement case, the projections the
 * desk reads them by (by case, by party, by label, by what falls due when) and the notification outbox.
 * Implementations are thread-safe, and every {@link #append} is atomic: events, projection and notifications are
 * written together or not at all. Every projection is a pure function of the events ({@link
 * org.enforcementdesk.order.WorkOrderProjection}), so {@link LedgerRebuild} can rebuild them in any ledger.
 *
 * <p>Every method may throw {@link LedgerUnavailableException} when the storage behind the ledger fails; nothing is
 * written then. The in-memory ledger never does.
 *
 * <p>Optimistic concurrency: an append names the version the writer read; if the stream has moved on, it fails with
 * {@link ConcurrencyConflictException} and writes nothing, so two officers can never silently overwrite each other.
 */
public interface RequestLedger extends Outbox {

  /**
   * Appends events to a work order's stream, replaces its projection and records its notifications, atomically. The
   * first append of a stream (expected version 0) lists the order under the party and case its projection names.
   *
   * @param append what to write; not null
   * @return the stream's new version (the version of its last event)
   * @throws ConcurrencyConflictException if the stream is not at {@code append.expectedVersion()}
   * @throws IllegalArgumentException if a new stream does not begin with {@code Submitted} ({@link
   *     LedgerAppend#checkOpensWorkOrder}), or a notification's idempotency key is already in the outbox
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
   * The work orders on one enforcement case, in the order they were first appended.
   *
   * @param caseNumber the case; not null
   */
  List<RequestId> workOrdersOfCase(CaseNumber caseNumber);

  /**
   * The work orders of one party's requests, in the order they were first appended.
   *
   * @param partyId the host's party id; not null
   */
  List<RequestId> workOrdersOfParty(String partyId);

  /**
   * Due entries with an instant strictly before {@code before}, earliest first, at most {@code limit}, leaving out
   * those whose recorded failure holds them at {@code before} ({@link DueEntryFailure#holdsAt}: parked, or waiting for
   * their retry). Costs what it returns (and what it leaves out), not what is stored: the desk's tick asks this every
   * time it runs.
   *
   * @param before the exclusive upper bound; not null
   * @param limit how many at most; positive
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  List<DueEntry> dueBefore(Instant before, int limit);

  /**
   * The work orders whose last append gave them this label, in the order they were first appended (so that a
   * rebuilt ledger lists them alike). Costs what it returns.
   *
   * @param label the label, e.g. {@code open:tier:OFFICER}; not null
   */
  List<RequestId> workOrdersLabelled(String label);

  /**
   * Every work order the ledger holds, in the order they were first appended: what a report over the whole history
   * (the indicators) and a rebuild walk.
   */
  List<RequestId> workOrderIds();

  /**
   * Appends events to an enforcement case's own stream (contacts, petitions, risk cases), replaces its labels and
   * records their notifications, atomically; an append without events only re-indexes the case. A work order's command that also changes its case writes both in one {@link
   * #append} instead ({@link LedgerAppend#withCase}).
   *
   * @param append what to write; not null
   * @return the case stream's new version
   * @throws ConcurrencyConflictException if the case stream is not at {@code append.expectedVersion()}
   * @throws IllegalArgumentException if a new stream does not begin with {@code Submitted} ({@link
   *     LedgerAppend#checkOpensWorkOrder}), or a notification's idempotency key is already in the outbox
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
   * The cases whose last case append gave them this label, in the order their streams began. Costs what it
   * returns.
   *
   * @param label the label, e.g. {@code risk:open}; not null
   */
  List<CaseNumber> casesLabelled(String label);

  /** Every case with a stream of its own, in the order their streams began. */
  List<CaseNumber> caseNumbers();

  /** How many work orders the ledger holds. */
  int size();

  /**
   * Due entries for this node to process now: those {@link #dueBefore} gives, except that a ledger several nodes share
   * hands each entry to one node for a while (a lease), so that every entry is processed once. The desk's tick reads
   * through this. A single-node ledger gives what {@code dueBefore} gives.
   *
   * @param before the exclusive upper bound; not null
   * @param limit how many at most; positive
   * @return the entries, earliest first, not null
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  List<DueEntry> claimDue(Instant before, int limit);

  /**
   * Runs {@code work} if no other node of the court runs work of the same name now, holding that name meanwhile:
   * for what must happen once across nodes, such as the revision after a calendar swap.
   *
   * @param name the work's name; not null
   * @param work the work; not null
   * @return its result, or empty if another node held the name
   */
  <T> Optional<T> exclusively(String name, Supplier<T> work);

  /**
   * Erasure of parties' personal data and the holds that block it, honoured by every read of this ledger.
   *
   * @return the ledger's personal-data side; not null
   */
  PersonalDataLedger personalData();

  /**
   * Records (or replaces) a due entry's failure, and {@code notice} (the centre director's notice of a parked entry)
   * in the outbox, in one write.
   *
   * @param failure the failure as it stands now; not null
   * @param notice a notification to record with it, or empty; not null
   * @throws IllegalArgumentException if the notice's key is already in the outbox; nothing is written
   */
  void recordDueEntryFailure(DueEntryFailure failure, Optional<Notification> notice);

  /**
   * A due entry's recorded failure.
   *
   * @param entry the due entry; not null
   * @return the failure, or empty if it has none
   */
  Optional<DueEntryFailure> dueEntryFailure(DueEntry entry);

  /**
   * Forgets a due entry's failure: once it is processed, or when a person retries a parked one by hand.
   *
   * @param entry the due entry; not null
   * @return true if it had one
   */
  boolean clearDueEntryFailure(DueEntry entry);

  /**
   * Every recorded due-entry failure, waiting or parked, in due-entry order. A failure of an entry that has since left
   * the due index (its order moved on) is forgotten with it.
   *
   * @return the failures, possibly empty, not null
   */
  List<DueEntryFailure> dueEntryFailures();
}
