package org.enforcementdesk.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.enforcementdesk.privacy.PartyKeyStore;
import org.enforcementdesk.privacy.WrappedKey;
import org.enforcementdesk.store.LedgerUnavailableException;

/**
 * The parties' wrapped data keys in {@code ed_party_keys}, beside the events they seal, for one court. A key is added
 * in a transaction of its own before the events it seals are appended, so an append never waits for a second
 * connection; a key left by an append that then failed seals nothing and costs one row. The ledger's erasure deletes
 * the row. Thread-safe.
 */
public final class JdbcPartyKeys implements PartyKeyStore {

  private final String court;
  private final Sql sql;

  private JdbcPartyKeys(Transactions transactions, String court) {
    this.court = court;
    this.sql = new Sql(transactions);
  }

  /**
   * The key store of one court.
   *
   * @param transactions how to reach the database; not null
   * @param court the court; not null
   * @return the court's key store
   */
  public static JdbcPartyKeys of(Transactions transactions, String court) {
    return new JdbcPartyKeys(requireNonNull(transactions, "transactions"), requireNonNull(court, "court"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws LedgerUnavailableException if the database cannot be reached
   */
  @Override
  public Optional<WrappedKey> find(String partyId) {
    requireNonNull(partyId, "partyId");
    return sql.read("read a party's key", c -> Sql.query(c, "SELECT key_id, master_key_id, wrapped_key"
        + " FROM ed_party_keys WHERE court = ? AND party_id = ?",
        row -> new WrappedKey(row.getString(1), row.getString(2), row.getBytes(3)), court, partyId))
        .stream().findFirst();
  }

  /**
   * {@inheritDoc}
   *
   * @throws LedgerUnavailableException if the database cannot be reached
   */
  @Override
  public WrappedKey addIfAbsent(String partyId, WrappedKey key) {
    requireNonNull(partyId, "partyId");
    requireNonNull(key, "key");
    sql.run("store a party's key", c -> Sql.update(c, "INSERT INTO ed_party_keys (court, party_id, key_id,"
        + " master_key_id, wrapped_key) VALUES (?, ?, ?, ?, ?) ON CONFLICT (court, party_id) DO NOTHING", court,
        partyId, key.id(), key.masterKeyId(), key.wrapped()));
    return find(partyId).orElseThrow(() -> new LedgerUnavailableException("the key of party " + partyId
        + " was deleted as it was stored: the party was erased at that moment; retry", null));
  }
}
