package org.enforcementdesk.store;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.ParkedNotification;
import org.enforcementdesk.notify.Recipient;
import org.enforcementdesk.order.DueEntry;
import org.enforcementdesk.order.RecordedCaseEvent;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.WorkOrderProjection;

/**
 * The embedded {@link RequestLedger}: every work order, its indexes and the notification outbox in the heap of the
 * host's process. Nothing survives a restart; a host that needs that uses a database ledger behind the same
 * interface.
 *
 * <pre>{@code
 * RequestLedger ledger = new InMemoryRequestLedger();
 * List<RecordedEvent> stream = List.of(new RecordedEvent(1, submitted), new RecordedEvent(2, accepted));
 * long version = ledger.append(LedgerAppend.of(WorkOrder.fold(stream), 0, List.of(submitted, accepted), notices));
 * List<DueEntry> due = ledger.dueBefore(now, 100);
 * }</pre>
 *
 * <h2>Thread safety</h2>
 *
 * <p>One {@link ReentrantReadWriteLock} guards everything. An append changes a stream, the case and party indexes,
 * the due index and the outbox, and readers must never see some of that without the rest; with one lock that holds
 * by construction, and the optimistic version check and the idempotency-key check sit inside the same critical
 * section as the writes they protect. Appends, {@link #markDelivered} and nothing else take the write lock; queries
 * share the read lock, so the desk's tick, the notification dispatcher and readers run side by side. Per-order locks
 * would let appends to different orders overlap, but every append also writes the shared indexes and outbox, so they
 * would still meet at a global lock, and a lock per order would cost memory on every order ever stored. Critical
 * sections are short and call no foreign code: no I/O, no listeners, only map and tree updates.
 *
 * <p>An append validates everything (version, first event, idempotency keys) before it writes anything, and the
 * writes after that cannot fail, so a rejected append leaves no trace.
 *
 * <h2>Cost</h2>
 *
 * <p>{@link #dueBefore} walks a sorted set from its earliest entry and stops at the first one not due or at the
 * limit: O(log n + returned), never a scan of all orders. An append costs O(events + (old dues + new dues) log n +
 * notifications). {@link #read} and the index queries copy what they return. Per order the ledger keeps one small
 * stream object (events and current dues), one map entry, and an entry in the case and party indexes.
 *
 * <h2>Outbox</h2>
 *
 * <p>Notifications enter pending in append order. Their idempotency keys stay known after delivery, so an append
 * repeating a key is rejected even when the first notification is long delivered. {@link #deliveredByKind} lists
 * only kinds delivered at least once; a kind never delivered is absent, not zero.
 */
public final class InMemoryRequestLedger implements RequestLedger {

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Lock readLock = lock.readLock();
  private final Lock writeLock = lock.writeLock();

  private final Map<RequestId, LedgerStream> streams = new HashMap<>();
  private final Map<CaseNumber, List<RequestId>> workOrdersByCase = new HashMap<>();
  private final Map<String, List<RequestId>> workOrdersByParty = new HashMap<>();
  private final LabelIndex<RequestId> labels = new LabelIndex<>();
  private final DueIndex dueIndex = new DueIndex();
  // Duplicate-group key -> the one unresolved order that holds it.
  private final Map<String, RequestId> duplicateKeys = new HashMap<>();
  private final Map<String, Object> exclusiveLocks = new java.util.concurrent.ConcurrentHashMap<>();
  // Due entries the tick failed on; an entry's failure leaves with the entry.
  private final TreeMap<DueEntry, DueEntryFailure> failures = new TreeMap<>();
  private final OutboxTable outbox = new OutboxTable();
  private final CaseStreams cases = new CaseStreams();
  // Every request in first-append order, for reports over the whole history.
  private final List<RequestId> workOrderIds = new ArrayList<>();

  private final InMemoryPersonalData personalData =
      new InMemoryPersonalData(this::writing, this::reading, this::erasePersonalData);

  /** An empty ledger. */
  public InMemoryRequestLedger() {}

  @Override
  public PersonalDataLedger personalData() {
    return personalData;
  }

  /** Under the write lock: the party's orders and visits lose its personal data, its notifications are parked. */
  private int erasePersonalData(String partyId) {
    List<RequestId> orders = workOrdersByParty.getOrDefault(partyId, List.of());
    orders.forEach(id -> streams.get(id).erasePersonalData());
    cases.erasePersonalData(partyId);
    outbox.eraseAllTo(new Recipient(Recipient.Kind.PARTY, partyId), PersonalDataLedger.PARKED_ON_ERASURE);
    return orders.size();
  }

  /**
   * {@inheritDoc}
   *
   * @throws ConcurrencyConflictException {@inheritDoc}
   * @throws IllegalArgumentException {@inheritDoc}
   * @throws NullPointerException if {@code append} is null
   */
  @Override
  public long append(LedgerAppend append) {
    requireNonNull(append, "append");
    RequestId requestId = append.requestId();
    writeLock.lock();
    try {
      LedgerStream stream = streams.get(requestId);
      long actual = stream == null ? 0 : stream.version();
      if (append.expectedVersion() != actual) {
        throw new ConcurrencyConflictException(requestId, append.expectedVersion(), actual);
      }
      if (stream == null) {
        append.checkOpensWorkOrder();
      }
      String key = append.projection().duplicateKey().orElse(null);
      RequestId holder = key == null ? null : duplicateKeys.get(key);
      if (holder != null && !holder.equals(requestId)) {
        throw ConcurrencyConflictException.duplicateOf(requestId, holder);
      }
      outbox.checkNew(append.notifications());
      CaseAppend caseAppend = append.caseAppend().orElse(null);
      if (caseAppend != null) {
        cases.checkVersion(caseAppend);
        outbox.checkNew(caseAppend.notifications());
        checkDistinctKeys(append.notifications(), caseAppend.notifications());
      }

      // Everything is checked; from here on nothing throws, so the append is all or nothing.
      WorkOrderProjection projection = append.projection();
      if (stream == null) {
        stream = new LedgerStream(workOrderIds.size(), append.events().size());
        streams.put(requestId, stream);
        workOrderIds.add(requestId);
        index(requestId, projection);
      }
      stream.append(append.events());
      dueIndex.replace(stream.dues(), projection.dues());
      forgetFailuresOf(stream.dues(), projection.dues());
      stream.dues(projection.dues());
      labels.relabel(stream.sequence(), requestId, stream.labels(), projection.labels());
      stream.labels(projection.labels());
      if (stream.duplicateKey() != null) {
        duplicateKeys.remove(stream.duplicateKey());
      }
      if (key != null) {
        duplicateKeys.put(key, requestId);
      }
      stream.duplicateKey(key);
      outbox.addAll(append.notifications());
      if (caseAppend != null) {
        cases.write(caseAppend);
        outbox.addAll(caseAppend.notifications());
      }
      return stream.version();
    } finally {
      writeLock.unlock();
    }
  }

  private void index(RequestId requestId, WorkOrderProjection projection) {
    // Most cases and parties have one or two work orders; a default-sized list would waste eight slots on each.
    projection
        .caseNumber()
        .ifPresent(caseNumber -> workOrdersByCase.computeIfAbsent(caseNumber, any -> new ArrayList<>(2)).add(requestId));
    workOrdersByParty.computeIfAbsent(projection.partyId(), any -> new ArrayList<>(2)).add(requestId);
  }

  /**
   * {@inheritDoc}
   *
   * @return an immutable snapshot, versions 1 to n; later appends do not change it
   * @throws NullPointerException if {@code requestId} is null
   */
  @Override
  public List<RecordedEvent> read(RequestId requestId) {
    requireNonNull(requestId, "requestId");
    return reading(() -> {
      LedgerStream stream = streams.get(requestId);
      return stream == null ? ImmutableList.<RecordedEvent>of() : stream.snapshot();
    });
  }

  /**
   * {@inheritDoc}
   *
   * @throws NullPointerException if {@code requestId} is null
   */
  @Override
  public long version(RequestId requestId) {
    requireNonNull(requestId, "requestId");
    return reading(() -> {
      LedgerStream stream = streams.get(requestId);
      return stream == null ? 0L : stream.version();
    });
  }

  /**
   * {@inheritDoc}
   *
   * @return an immutable copy; empty if the ledger knows no request on the case
   * @throws NullPointerException if {@code caseNumber} is null
   */
  @Override
  public List<RequestId> workOrdersOfCase(CaseNumber caseNumber) {
    requireNonNull(caseNumber, "caseNumber");
    return copyOf(workOrdersByCase, caseNumber);
  }

  /**
   * {@inheritDoc}
   *
   * @return an immutable copy; empty if the ledger knows no request by the party
   * @throws NullPointerException if {@code partyId} is null
   */
  @Override
  public List<RequestId> workOrdersOfParty(String partyId) {
    requireNonNull(partyId, "partyId");
    return copyOf(workOrdersByParty, partyId);
  }

  /**
   * {@inheritDoc}
   *
   * @return an immutable copy; empty if no order has the label
   * @throws NullPointerException if {@code label} is null
   */
  @Override
  public List<RequestId> workOrdersLabelled(String label) {
    requireNonNull(label, "label");
    return reading(() -> labels.labelled(label));
  }

  private <K> List<RequestId> copyOf(Map<K, List<RequestId>> index, K key) {
    return reading(() -> {
      List<RequestId> requests = index.get(key);
      return requests == null ? ImmutableList.<RequestId>of() : ImmutableList.copyOf(requests);
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>O(log n + returned), where n is the number of due entries stored.
   *
   * @return an immutable list, ordered by instant, then request id, then kind
   * @throws IllegalArgumentException {@inheritDoc}
   * @throws NullPointerException if {@code before} is null
   */
  @Override
  public List<DueEntry> dueBefore(Instant before, int limit) {
    requireNonNull(before, "before");
    checkLimit(limit);
    return reading(() -> dueIndex.before(before, limit, entry -> {
      DueEntryFailure failure = failures.get(entry);
      return failure != null && failure.holdsAt(before);
    }));
  }

  /** Two halves of one append may not carry the same idempotency key: the second would be lost. */
  private static void checkDistinctKeys(List<Notification> orders, List<Notification> ofCase) {
    Set<String> keys = new HashSet<>();
    orders.forEach(notification -> keys.add(notification.idempotencyKey()));
    for (Notification notification : ofCase) {
      checkArgument(
          keys.add(notification.idempotencyKey()),
          "notification key %s appears twice in one append; nothing was written",
          notification.idempotencyKey());
    }
  }

  /**
   * {@inheritDoc}
   *
   * @return an immutable copy
   */
  @Override
  public List<RequestId> workOrderIds() {
    return reading(() -> ImmutableList.copyOf(workOrderIds));
  }

  /**
   * {@inheritDoc}
   *
   * @throws ConcurrencyConflictException {@inheritDoc}
   * @throws IllegalArgumentException {@inheritDoc}
   * @throws NullPointerException if {@code append} is null
   */
  @Override
  public long appendCase(CaseAppend append) {
    requireNonNull(append, "append");
    writeLock.lock();
    try {
      cases.checkVersion(append);
      outbox.checkNew(append.notifications());
      // Checked; the writes below cannot fail.
      long version = cases.write(append);
      outbox.addAll(append.notifications());
      return version;
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * @return an immutable snapshot, versions 1 to n
   * @throws NullPointerException if {@code caseNumber} is null
   */
  @Override
  public List<RecordedCaseEvent> readCase(CaseNumber caseNumber) {
    requireNonNull(caseNumber, "caseNumber");
    return reading(() -> cases.read(caseNumber));
  }

  /**
   * {@inheritDoc}
   *
   * @throws NullPointerException if {@code caseNumber} is null
   */
  @Override
  public long caseVersion(CaseNumber caseNumber) {
    requireNonNull(caseNumber, "caseNumber");
    return reading(() -> cases.version(caseNumber));
  }

  /**
   * {@inheritDoc}
   *
   * @return an immutable copy; empty if no case has the label
   * @throws NullPointerException if {@code label} is null
   */
  @Override
  public List<CaseNumber> casesLabelled(String label) {
    requireNonNull(label, "label");
    return reading(() -> cases.labelled(label));
  }

  /**
   * {@inheritDoc}
   *
   * @return an immutable copy
   */
  @Override
  public List<CaseNumber> caseNumbers() {
    return reading(() -> cases.caseNumbers());
  }

  /** {@inheritDoc} */
  @Override
  public int size() {
    return reading(() -> streams.size());
  }

  /**
   * {@inheritDoc}
   *
   * @return an immutable list, oldest first
   * @throws IllegalArgumentException {@inheritDoc}
   */
  @Override
  public List<Notification> pending(int limit) {
    checkLimit(limit);
    return reading(() -> outbox.oldest(limit));
  }

  /**
   * {@inheritDoc}
   *
   * @throws NullPointerException if {@code idempotencyKey} is null
   */
  @Override
  public void markDelivered(String idempotencyKey) {
    requireNonNull(idempotencyKey, "idempotencyKey");
    writing(() -> {
      outbox.markDelivered(idempotencyKey);
      return null;
    });
  }

  /**
   * {@inheritDoc}
   *
   * @return an immutable snapshot; a kind never delivered is absent (not mapped to zero)
   */
  @Override
  public Map<NotificationKind, Long> deliveredByKind() {
    return reading(() -> outbox.deliveredByKind());
  }

  /**
   * {@inheritDoc}
   *
   * <p>One process: what {@link #dueBefore} gives.
   */
  @Override
  public List<DueEntry> claimDue(Instant before, int limit) {
    return dueBefore(before, limit);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One process: runs the work under a lock of the name, waiting for a holder in this process to finish.
   */
  @Override
  public <T> Optional<T> exclusively(String name, Supplier<T> work) {
    requireNonNull(name, "name");
    requireNonNull(work, "work");
    synchronized (exclusiveLocks.computeIfAbsent(name, any -> new Object())) {
      return Optional.ofNullable(work.get());
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws NullPointerException if an argument is null
   */
  @Override
  public void recordDueEntryFailure(DueEntryFailure failure, Optional<Notification> notice) {
    requireNonNull(failure, "failure");
    requireNonNull(notice, "notice");
    writing(() -> {
      List<Notification> notices = notice.map(List::of).orElse(List.of());
      outbox.checkNew(notices);
      if (dueIndex.contains(failure.entry())) {
        failures.put(failure.entry(), failure);
      }
      outbox.addAll(notices);
      return null;
    });
  }

  @Override
  public Optional<DueEntryFailure> dueEntryFailure(DueEntry entry) {
    requireNonNull(entry, "entry");
    return reading(() -> Optional.ofNullable(failures.get(entry)));
  }

  @Override
  public boolean clearDueEntryFailure(DueEntry entry) {
    requireNonNull(entry, "entry");
    return writing(() -> failures.remove(entry) != null);
  }

  /**
   * {@inheritDoc}
   *
   * @return an immutable snapshot
   */
  @Override
  public List<DueEntryFailure> dueEntryFailures() {
    return reading(() -> List.copyOf(failures.values()));
  }

  @Override
  public int recordFailure(String idempotencyKey) {
    requireNonNull(idempotencyKey, "idempotencyKey");
    return writing(() -> outbox.recordFailure(idempotencyKey));
  }

  /**
   * {@inheritDoc}
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the notice's key is already in the outbox; nothing is written
   */
  @Override
  public boolean park(String idempotencyKey, String reason, Optional<Notification> notice) {
    requireNonNull(idempotencyKey, "idempotencyKey");
    requireNonNull(reason, "reason");
    requireNonNull(notice, "notice");
    return writing(() -> {
      List<Notification> notices = notice.map(List::of).orElse(List.of());
      outbox.checkNew(notices);
      if (!outbox.park(idempotencyKey, reason)) {
        return false;
      }
      outbox.addAll(notices);
      return true;
    });
  }

  @Override
  public List<ParkedNotification> parked() {
    return reading(() -> outbox.parked());
  }

  @Override
  public boolean unpark(String idempotencyKey) {
    requireNonNull(idempotencyKey, "idempotencyKey");
    return writing(() -> outbox.unpark(idempotencyKey));
  }

  /** Forgets the failures of entries an append took out of the due index. */
  private void forgetFailuresOf(Collection<DueEntry> old, Collection<DueEntry> replacement) {
    if (failures.isEmpty()) {
      return;
    }
    for (DueEntry entry : old) {
      if (!replacement.contains(entry)) {
        failures.remove(entry);
      }
    }
  }

  /** A query under the read lock. */
  private <T> T reading(Supplier<T> query) {
    readLock.lock();
    try {
      return query.get();
    } finally {
      readLock.unlock();
    }
  }

  /** A change under the write lock. */
  private <T> T writing(Supplier<T> change) {
    writeLock.lock();
    try {
      return change.get();
    } finally {
      writeLock.unlock();
    }
  }

  private static void checkLimit(int limit) {
    checkArgument(limit > 0, "limit must be positive: %s", limit);
  }
}
