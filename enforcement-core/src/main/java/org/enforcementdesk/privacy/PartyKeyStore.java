package org.enforcementdesk.privacy;

import java.util.Optional;

/**
 * Where each party's wrapped data key is kept: beside the data it seals, in the ledger's database, so that a backup
 * holds both. Erasing the party deletes the key; that is the ledger's work, in the same transaction as the rest of
 * the erasure, so the store only finds and adds.
 */
public interface PartyKeyStore {

  /**
   * The party's key.
   *
   * @param partyId the party; not null
   * @return its key, or empty if it has none (never sealed, or erased)
   */
  Optional<WrappedKey> find(String partyId);

  /**
   * Stores a new key for the party unless it has one: when two nodes seal the same new party's data at once, both
   * use the key stored first.
   *
   * @param partyId the party; not null
   * @param key the new key; not null
   * @return the party's key: {@code key}, or the one stored before
   */
  WrappedKey addIfAbsent(String partyId, WrappedKey key);
}
