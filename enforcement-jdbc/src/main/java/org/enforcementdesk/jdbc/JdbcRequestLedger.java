package org.enforcementdesk.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.enforcementdesk.json.EnforcementJson;
import org.enforcementdesk.json.EventJson;
import org.enforcementdesk.json.Sealer;
import org.enforcementdesk.json.StoredEvent;
import org.enforcementdesk.privacy.EncryptingSealer;
import org.enforcementdesk.privacy.KeyProvider;
import org.enforcementdesk.privacy.PersonalDataCipher;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.ParkedNotification;
import org.enforcementdesk.order.DueEntry;
import org.enforcementdesk.order.RecordedCaseEvent;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.store.CaseAppend;
import org.enforcementdesk.store.ConcurrencyConflictException;
import org.enforcementdesk.store.DueEntryFailure;
import org.enforcementdesk.store.LedgerAppend;
import org.enforcementdesk.store.LedgerUnavailableException;
import org.enforcementdesk.store.PersonalDataLedger;
import org.enforcementdesk.store.RequestLedger;

/**
 * A {@link RequestLedger} on PostgreSQL and the compatible databases, for one court of a database that may serve many.
 * Plain JDBC over the host's {@link Transactions}: every append (events, projection, notifications, the case's part)
 * is one transaction; the stream's head row is the optimistic-concurrency check; due entries and notifications are
 * claimed by one node at a time under leases judged by the database's clock, so several host nodes share the work;
 * a duplicate-group key is held by one order at a time, enforced by a unique index. Nothing is loaded at start: a
 * desk over a million orders serves its first command at once. docs/ledger.md has the schema and what a DBA needs.
 *
 * <pre>{@code
 * Transactions transactions = Transactions.of(dataSource);      // the host's pool
 * SchemaMigrations.of(transactions).migrate();
 * RequestLedger ledger = JdbcRequestLedger.builder().transactions(transactions).court("FJ-0322").build();
 * EnforcementDesk desk = EnforcementDesk.builder().ledger(ledger)...build();
 * }</pre>
 *
 * <p>Every method may throw {@link LedgerUnavailableException} when the database fails or cannot be reached; nothing
 * is written then. Thread-safe.
 */
public final class JdbcRequestLedger implements RequestLedger {

  private final String court;
  private final String node;
  private final Sql sql;
  private final StreamRows streams;
  private final Duration lease;
  private final boolean databaseClock;
  private final JdbcPersonalData personalData;

  private JdbcRequestLedger(Builder b) {
    this.court = b.court;
    this.node = b.node;
    this.sql = new Sql(b.transactions);
    this.streams = new StreamRows(b.court, b.events);
    this.lease = b.lease;
    this.databaseClock = b.dueJudgedByDatabase;
    this.personalData = new JdbcPersonalData(b.court, sql, b.events);
  }

  /** A builder; the transactions and the court are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The court this ledger reads and writes. */
  public String court() {
    return court;
  }

  /** The name this node claims work under. */
  public String node() {
    return node;
  }

  @Override
  public long append(LedgerAppend append) {
    requireNonNull(append, "append");
    List<StoredEvent> storedCase = append.caseAppend().map(streams::stored).orElse(List.of());
    // Sealed for the projection's party, which is the requester in every append the desk makes; an append naming
    // another is sealed again for the requester the stream names, once.
    try {
      return appendSealedFor(append, append.projection().partyId(), storedCase);
    } catch (StreamRows.SealedForAnotherParty other) {
      return appendSealedFor(append, other.requester, storedCase);
    }
  }

  private long appendSealedFor(LedgerAppend append, String partyId, List<StoredEvent> storedCase) {
    String what = "append to work order " + append.requestId();
    String id = append.requestId().value();
    List<StoredEvent> stored = streams.stored(append, partyId);
    try {
      return sql.transactions().inTransaction(c -> {
        long[] written = streams.appendWorkOrder(c, append, stored, partyId);
        boolean fresh = append.expectedVersion() == 0;
        LabelRows.replace(c, court, StreamRows.WORK_ORDER, id, written[1], append.projection().labels(), fresh);
        DueRows.replace(c, court, id, append.projection().dues(), fresh);
        OutboxRows.insertAll(c, court, append.notifications());
        if (append.caseAppend().isPresent()) {
          writeCase(c, append.caseAppend().get(), storedCase, append.notifications());
        }
        return written[0];
      });
    } catch (SQLException e) {
      throw translated(e, append, what);
    }
  }

  /**
   * Opens many new work orders at once, batched in one transaction: for a court moving its orders from an earlier
   * system, or a bulk fill. Each append must open its order (expected version 0, a submission first) and carry no
   * case part. All or nothing.
   *
   * @param appends the new orders; not null
   * @throws IllegalArgumentException if an append does not open a new order or names one twice, or an order exists
   *     already or holds a duplicate-group key another holds; nothing is written
   * @throws LedgerUnavailableException if the database fails; nothing is written
   */
  public void importNew(List<LedgerAppend> appends) {
    requireNonNull(appends, "appends");
    BulkImport.check(appends);
    List<List<StoredEvent>> stored = appends.stream().map(a -> streams.stored(a, a.projection().partyId())).toList();
    try {
      sql.transactions().inTransaction(c -> {
        new BulkImport(court).write(c, appends, stored);
        return null;
      });
    } catch (SQLException e) {
      if (SqlErrors.isUniqueViolation(e)) {
        throw new IllegalArgumentException("an order of the import exists already, or holds a duplicate-group key"
            + " another order holds (" + SqlErrors.constraint(e).orElse("a unique constraint") + "); nothing was"
            + " written", e);
      }
      throw new LedgerUnavailableException("the ledger could not import " + appends.size() + " orders: "
          + e.getSQLState() + "; nothing was written", e);
    }
  }

  /** A unique violation in a race is a conflict; anything else the database's failure. */
  private RuntimeException translated(SQLException e, LedgerAppend append, String what) {
    if (SqlErrors.isUniqueViolation(e)) {
      String constraint = SqlErrors.constraint(e).orElse("");
      if (constraint.equals("ed_streams_duplicate_key_uq")) {
        String key = append.projection().duplicateKey().orElse("");
        Optional<String> holder = sql.read("find the holder of a duplicate key", c -> streams.holderOf(c, key));
        return ConcurrencyConflictException.duplicateOf(append.requestId(),
            RequestId.of(holder.orElse(append.requestId().value())));
      }
      if (constraint.startsWith("ed_streams") || constraint.startsWith("ed_events")) {
        long actual = version(append.requestId());
        return new ConcurrencyConflictException(append.requestId(), append.expectedVersion(), actual);
      }
    }
    return new LedgerUnavailableException("the ledger could not " + what + ": " + e.getSQLState() + " "
        + e.getClass().getSimpleName() + "; nothing was written", e);
  }

  private void writeCase(Connection c, CaseAppend part, List<StoredEvent> stored, List<Notification> orderNotifications)
      throws SQLException {
    for (Notification n : part.notifications()) {
      checkArgument(orderNotifications.stream().noneMatch(o -> o.idempotencyKey().equals(n.idempotencyKey())),
          "notification key %s appears twice in one append; nothing was written", n.idempotencyKey());
    }
    long[] written = streams.appendCase(c, part, stored);
    LabelRows.replace(c, court, StreamRows.CASE, part.caseNumber().toString(), written[1], part.labels());
    OutboxRows.insertAll(c, court, part.notifications());
  }

  @Override
  public List<RecordedEvent> read(RequestId requestId) {
    requireNonNull(requestId, "requestId");
    return sql.read("read work order " + requestId, c -> streams.readWorkOrder(c, requestId));
  }

  @Override
  public long version(RequestId requestId) {
    requireNonNull(requestId, "requestId");
    return sql.read("read the version of " + requestId, c -> streams.workOrderVersion(c, requestId.value()));
  }

  @Override
  public List<RequestId> workOrdersOfCase(CaseNumber caseNumber) {
    requireNonNull(caseNumber, "caseNumber");
    return ids(sql.read("list the orders of a case", c -> Sql.query(c, "SELECT stream_id FROM ed_streams"
        + " WHERE court = ? AND case_number = ? ORDER BY sequence", row -> row.getString(1), court,
        caseNumber.toString())));
  }

  @Override
  public List<RequestId> workOrdersOfParty(String partyId) {
    requireNonNull(partyId, "partyId");
    return ids(sql.read("list the orders of a party", c -> Sql.query(c, "SELECT stream_id FROM ed_streams"
        + " WHERE court = ? AND party_id = ? ORDER BY sequence", row -> row.getString(1), court, partyId)));
  }

  /**
   * The court's events after a global position, in that order, at most {@code limit}: for rebuilds, catch-up and
   * reports. Never passes an event still being committed: it reads only events whose transaction is older than every
   * transaction still running, so an event that took an earlier position but commits later is read in its place, not
   * skipped. Positions have gaps where an append rolled back.
   *
   * @param position the position after which to read; 0 for the beginning
   * @param limit how many at most; positive
   * @return the events, in position order, not null
   */
  public List<PositionedEvent> eventsAfter(long position, int limit) {
    checkLimit(limit);
    return sql.read("read the events after " + position, c -> Sql.query(c, "SELECT global_position, stream_kind,"
        + " stream_id, stream_version, event_type, schema_version, payload::text FROM ed_events WHERE court = ?"
        + " AND global_position > ? AND tx_id < txid_snapshot_xmin(txid_current_snapshot())"
        + " ORDER BY global_position LIMIT ?",
        row -> new PositionedEvent(row.getLong(1), row.getString(2).equals("W"), row.getString(3), row.getLong(4),
            new StoredEvent(row.getString(5), row.getInt(6), row.getString(7))),
        court, position, limit));
  }

  @Override
  public List<DueEntry> dueBefore(Instant before, int limit) {
    requireNonNull(before, "before");
    checkLimit(limit);
    return sql.read("read the due queue", c -> DueRows.before(c, court, before, limit));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Claims the entries for this node for the lease ({@link Builder#lease}), with {@code FOR UPDATE SKIP LOCKED}:
   * another node's claim in the same instant takes others. Unless built to judge by the tick ({@link
   * Builder#dueJudgedByTheTick}), an entry is due only once the database's clock has passed it too.
   */
  @Override
  public List<DueEntry> claimDue(Instant before, int limit) {
    requireNonNull(before, "before");
    checkLimit(limit);
    if (!sql.read("look at the due queue", c -> DueRows.anyDue(c, court, before))) {
      return List.of(); // the usual tick: nothing due, one indexed look and no transaction
    }
    return sql.run("claim due entries", c -> DueRows.claim(c, court, node, before, limit, lease, databaseClock));
  }

  @Override
  public List<RequestId> workOrdersLabelled(String label) {
    requireNonNull(label, "label");
    return ids(sql.read("list a label", c -> LabelRows.listed(c, court, StreamRows.WORK_ORDER, label)));
  }

  @Override
  public List<RequestId> workOrderIds() {
    return ids(sql.read("list the orders", c -> Sql.query(c, "SELECT stream_id FROM ed_streams WHERE court = ?"
        + " ORDER BY sequence", row -> row.getString(1), court)));
  }

  @Override
  public long appendCase(CaseAppend append) {
    requireNonNull(append, "append");
    List<StoredEvent> stored = streams.stored(append);
    try {
      return sql.transactions().inTransaction(c -> {
        long[] written = streams.appendCase(c, append, stored);
        LabelRows.replace(c, court, StreamRows.CASE, append.caseNumber().toString(), written[1], append.labels());
        OutboxRows.insertAll(c, court, append.notifications());
        return written[0];
      });
    } catch (SQLException e) {
      if (SqlErrors.isUniqueViolation(e)) {
        return failCaseConflict(append);
      }
      throw new LedgerUnavailableException("the ledger could not append to case " + append.caseNumber() + ": "
          + e.getSQLState() + "; nothing was written", e);
    }
  }

  private long failCaseConflict(CaseAppend append) {
    throw new ConcurrencyConflictException(append.caseNumber(), append.expectedVersion(),
        caseVersion(append.caseNumber()));
  }

  @Override
  public List<RecordedCaseEvent> readCase(CaseNumber caseNumber) {
    requireNonNull(caseNumber, "caseNumber");
    return sql.read("read case " + caseNumber, c -> streams.readCase(c, caseNumber));
  }

  @Override
  public long caseVersion(CaseNumber caseNumber) {
    requireNonNull(caseNumber, "caseNumber");
    return sql.read("read the version of case " + caseNumber, c -> streams.caseVersion(c, caseNumber.toString()));
  }

  @Override
  public List<CaseNumber> casesLabelled(String label) {
    requireNonNull(label, "label");
    return sql.read("list a case label", c -> LabelRows.listed(c, court, StreamRows.CASE, label)).stream()
        .map(CaseNumber::parse).toList();
  }

  @Override
  public List<CaseNumber> caseNumbers() {
    return sql.read("list the cases", c -> Sql.query(c, "SELECT case_number FROM ed_case_streams WHERE court = ?"
        + " ORDER BY sequence", row -> CaseNumber.parse(row.getString(1)), court));
  }

  @Override
  public int size() {
    return sql.read("count the orders", c -> Sql.query(c, "SELECT count(*) FROM ed_streams WHERE court = ?",
        row -> row.getInt(1), court).get(0));
  }

  @Override
  public <T> Optional<T> exclusively(String name, Supplier<T> work) {
    requireNonNull(name, "name");
    requireNonNull(work, "work");
    boolean held = sql.run("take the lease " + name, c -> Sql.update(c, "INSERT INTO ed_leases (court, name, holder,"
        + " locked_until) VALUES (?, ?, ?, now() + CAST(? AS integer) * INTERVAL '1 millisecond')"
        + " ON CONFLICT (court, name) DO UPDATE SET holder = EXCLUDED.holder, locked_until = EXCLUDED.locked_until"
        + " WHERE ed_leases.locked_until < now() OR ed_leases.holder = EXCLUDED.holder", court, name, node,
        (int) EXCLUSIVE_LEASE.toMillis()) > 0);
    if (!held) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(work.get());
    } finally {
      sql.run("release the lease " + name, c -> Sql.update(c, "DELETE FROM ed_leases WHERE court = ? AND name = ?"
          + " AND holder = ?", court, name, node));
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>With personal data encrypted ({@link Builder#personalData}) an erasure deletes the party's key; with plain
   * personal data it rewrites the party's stored events without it.
   */
  @Override
  public PersonalDataLedger personalData() {
    return personalData;
  }

  /** How long a node holds run-once work before another may take it over, should it die meanwhile. */
  private static final Duration EXCLUSIVE_LEASE = Duration.ofMinutes(10);

  @Override
  public void recordDueEntryFailure(DueEntryFailure failure, Optional<Notification> notice) {
    requireNonNull(failure, "failure");
    requireNonNull(notice, "notice");
    sql.run("record a due entry's failure", c -> {
      DueRows.recordFailure(c, court, failure);
      OutboxRows.insertAll(c, court, notice.map(List::of).orElse(List.of()));
      return null;
    });
  }

  @Override
  public Optional<DueEntryFailure> dueEntryFailure(DueEntry entry) {
    requireNonNull(entry, "entry");
    return sql.read("read a due entry's failure", c -> DueRows.failure(c, court, entry));
  }

  @Override
  public boolean clearDueEntryFailure(DueEntry entry) {
    requireNonNull(entry, "entry");
    return sql.run("clear a due entry's failure", c -> DueRows.clear(c, court, entry));
  }

  @Override
  public List<DueEntryFailure> dueEntryFailures() {
    return sql.read("list the due entries' failures", c -> DueRows.failures(c, court));
  }

  @Override
  public List<Notification> pending(int limit) {
    checkLimit(limit);
    return sql.read("read the outbox", c -> OutboxRows.pending(c, court, limit));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Claims the notifications for this node's dispatcher for the lease, with {@code FOR UPDATE SKIP LOCKED}.
   */
  @Override
  public List<Notification> claimPending(int limit) {
    checkLimit(limit);
    if (!sql.read("look at the outbox", c -> OutboxRows.anyPending(c, court))) {
      return List.of();
    }
    return sql.run("claim notifications", c -> OutboxRows.claim(c, court, node, limit, lease));
  }

  @Override
  public void markDelivered(String idempotencyKey) {
    requireNonNull(idempotencyKey, "idempotencyKey");
    sql.run("mark a notification delivered", c -> {
      OutboxRows.markDelivered(c, court, idempotencyKey);
      return null;
    });
  }

  @Override
  public Map<NotificationKind, Long> deliveredByKind() {
    return sql.read("count the deliveries", c -> OutboxRows.deliveredByKind(c, court));
  }

  @Override
  public int recordFailure(String idempotencyKey) {
    requireNonNull(idempotencyKey, "idempotencyKey");
    return sql.run("record a delivery failure", c -> OutboxRows.recordFailure(c, court, idempotencyKey));
  }

  @Override
  public boolean park(String idempotencyKey, String reason, Optional<Notification> notice) {
    requireNonNull(idempotencyKey, "idempotencyKey");
    requireNonNull(reason, "reason");
    requireNonNull(notice, "notice");
    return sql.run("park a notification", c -> {
      if (!OutboxRows.park(c, court, idempotencyKey, reason)) {
        return false;
      }
      OutboxRows.insertAll(c, court, notice.map(List::of).orElse(List.of()));
      return true;
    });
  }

  @Override
  public List<ParkedNotification> parked() {
    return sql.read("list the parked notifications", c -> OutboxRows.parked(c, court));
  }

  @Override
  public boolean unpark(String idempotencyKey) {
    requireNonNull(idempotencyKey, "idempotencyKey");
    return sql.run("unpark a notification", c -> OutboxRows.unpark(c, court, idempotencyKey));
  }

  private static List<RequestId> ids(List<String> values) {
    return values.stream().map(RequestId::of).toList();
  }

  private static void checkLimit(int limit) {
    checkArgument(limit > 0, "limit must be positive: %s", limit);
  }

  /**
   * The only mutable way to a {@link JdbcRequestLedger}: the transactions and the court are required.
   */
  public static final class Builder {

    private Transactions transactions;
    private String court;
    private String node = "node-" + UUID.randomUUID();
    private EventJson events = EventJson.of(EnforcementJson.defaults(), Sealer.PLAIN);
    private Duration lease = Duration.ofMinutes(2);
    private boolean dueJudgedByDatabase = true;
    private Function<Transactions, EventJson> encryption;

    private Builder() {}

    /**
     * How the ledger reaches the database; required.
     *
     * @param transactions {@link Transactions#of} the host's pool, or the host's own
     * @return this builder
     */
    public Builder transactions(Transactions transactions) {
      this.transactions = requireNonNull(transactions, "transactions");
      return this;
    }

    /**
     * The court whose streams this ledger reads and writes; required. One database may serve many courts: every row
     * carries its court, every query names one.
     *
     * @throws IllegalArgumentException if the court is blank or longer than 64 characters
     */
    public Builder court(String court) {
      requireNonNull(court, "court");
      checkArgument(!court.isBlank() && court.length() <= 64, "court must be 1 to 64 characters: \"%s\"", court);
      this.court = court;
      return this;
    }

    /**
     * The name this node claims work under; default a random one per ledger. It must be unique per running process:
     * a claim takes back whatever its name already holds, so two processes with one name would take each other's.
     *
     * @param node 1 to 128 characters, such as the host name and the process id
     * @return this builder
     */
    public Builder node(String node) {
      requireNonNull(node, "node");
      checkArgument(!node.isBlank() && node.length() <= 128, "node must be 1 to 128 characters: \"%s\"", node);
      this.node = node;
      return this;
    }

    /**
     * The stored format of events, with the court's taxonomy and how personal data is kept; default the shipped
     * taxonomy and channels, personal data as plain text. A host that encrypts with settings of its own (the key
     * cache's lifetime, say) builds its {@code EventJson} over its own {@code EncryptingSealer} and passes it here.
     *
     * @param events the stored format; not null
     * @return this builder
     */
    public Builder events(EventJson events) {
      this.events = requireNonNull(events, "events");
      this.encryption = null;
      return this;
    }

    /**
     * Encrypts personal data at rest with a key per party, wrapped by the host's key provider and kept in this
     * court's {@code ed_party_keys}; the court's taxonomy and channels as {@code json} gives them. Replaces {@link
     * #events}. Erasing a party then destroys its key.
     *
     * @param json the court's JSON (taxonomy, channels); not null
     * @param keys the host's key provider; not null
     * @param cipher {@link PersonalDataCipher#AES_GCM}, or {@link PersonalDataCipher#sm4Gcm()}; not null
     */
    public Builder personalData(EnforcementJson json, KeyProvider keys, PersonalDataCipher cipher) {
      requireNonNull(json, "json");
      requireNonNull(keys, "keys");
      requireNonNull(cipher, "cipher");
      this.encryption = transactions -> EventJson.of(json, EncryptingSealer.builder().keys(keys).cipher(cipher)
          .store(JdbcPartyKeys.of(transactions, court)).build());
      return this;
    }

    /**
     * How long a node holds the due entries and notifications it claims: long enough for a tick's or a dispatch's
     * batch, short enough that a node that dies gives its claims up soon. Default two minutes.
     *
     * @throws IllegalArgumentException if not between one second and one hour
     */
    public Builder lease(Duration lease) {
      requireNonNull(lease, "lease");
      checkArgument(lease.compareTo(Duration.ofSeconds(1)) >= 0 && lease.compareTo(Duration.ofHours(1)) <= 0,
          "lease must be between 1 second and 1 hour: %s", lease);
      this.lease = lease;
      return this;
    }

    /**
     * Judge due entries by the tick's instant alone, not also by the database's clock: for a simulation that runs a
     * clock of its own. In production, leave the default.
     */
    public Builder dueJudgedByTheTick() {
      this.dueJudgedByDatabase = false;
      return this;
    }

    /**
     * The ledger.
     *
     * @throws NullPointerException if the transactions or the court are missing
     */
    public JdbcRequestLedger build() {
      requireNonNull(transactions, "transactions are required: how the ledger reaches the database");
      requireNonNull(court, "court is required: the court whose streams this ledger keeps");
      if (encryption != null) {
        events = encryption.apply(transactions);
      }
      return new JdbcRequestLedger(this);
    }
  }
}
