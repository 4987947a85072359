package org.enforcementdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Erasure of a party's personal data (PIPL Art. 47) and the holds that block it, kept where the events are. After an
 * erasure every read of the party's orders and visits shows {@link
 * org.enforcementdesk.order.PersonalDataErasure#ERASED} in place of the party's name and texts, without the numbers;
 * the events stay, so the history still folds and the indicators still count it. Pending notifications to the party
 * are parked, since there is no one to send them to. A ledger that encrypts personal data erases by destroying the
 * party's key; one that keeps objects rewrites them. A party erased can still submit again; its new data is kept
 * until it is erased in turn, and erasing again erases it.
 */
public interface PersonalDataLedger {

  /** The reason a party's pending notifications are parked with when the party is erased. */
  String PARKED_ON_ERASURE = "the party's personal data was erased; there is no one to send it to";

  /**
   * Places a hold, or replaces the party's hold of the same name.
   *
   * @param hold the hold; not null
   * @throws LedgerUnavailableException if the ledger cannot be reached; nothing was written
   */
  void placeHold(ErasureHold hold);

  /**
   * Releases a hold.
   *
   * @param partyId the party; not null
   * @param name the hold's name; not null
   * @return true if there was such a hold
   * @throws LedgerUnavailableException if the ledger cannot be reached; nothing was written
   */
  boolean releaseHold(String partyId, String name);

  /**
   * The party's holds, in force or ended, by name.
   *
   * @param partyId the party; not null
   * @return the holds, not null
   * @throws LedgerUnavailableException if the ledger cannot be reached
   */
  List<ErasureHold> holds(String partyId);

  /**
   * Erases the party's personal data, unless a hold is in force at {@code now}.
   *
   * @param partyId the party; not null
   * @param now the instant the holds are judged at, and recorded as the erasure's; not null
   * @return the number of the party's work orders whose personal data it erased
   * @throws ErasureRefusedException if a hold is in force; nothing was changed
   * @throws LedgerUnavailableException if the ledger cannot be reached; nothing was changed
   */
  int erase(String partyId, Instant now);

  /**
   * When the party's personal data was last erased.
   *
   * @param partyId the party; not null
   * @return the instant, or empty if never
   * @throws LedgerUnavailableException if the ledger cannot be reached
   */
  Optional<Instant> erasedAt(String partyId);
}
