package org.enforcementdesk.privacy;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A party key store in a map, for tests: {@link #destroy} is what a ledger's erasure does to its table. */
public final class MapPartyKeyStore implements PartyKeyStore {

  private final ConcurrentHashMap<String, WrappedKey> keys = new ConcurrentHashMap<>();

  @Override
  public Optional<WrappedKey> find(String partyId) {
    return Optional.ofNullable(keys.get(partyId));
  }

  @Override
  public WrappedKey addIfAbsent(String partyId, WrappedKey key) {
    WrappedKey before = keys.putIfAbsent(partyId, key);
    return before == null ? key : before;
  }

  /** Deletes the party's key. */
  public void destroy(String partyId) {
    keys.remove(partyId);
  }

  /** How many parties have keys. */
  public int size() {
    return keys.size();
  }
}
