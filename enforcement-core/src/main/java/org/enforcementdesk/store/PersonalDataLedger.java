package org.enforcementdesk.store;

import static java.util.Objects.requireNonNull;

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
 *
 * <p>It also keeps the audit trail of reads of personal data ({@link #recordRead}, {@link #reads}): the desk
 * records each query that answered staff or a resolver with a party's data before it answers, so no read goes
 * unrecorded, and a host exports the trail through {@code desk.personalData().exportReads}.
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

  /**
   * Records a read in the audit trail. The desk calls this before it answers, so a read the ledger cannot record
   * is not answered.
   *
   * @param read the read; not null
   * @throws LedgerUnavailableException if the ledger cannot be reached; nothing was written
   */
  void recordRead(PersonalDataRead read);

  /**
   * Reads recorded with an instant in {@code [from, to)}, by position, after {@code afterPosition}, at most {@code
   * limit}: an export asks again after the last position it got until a page comes back short. Reads recorded while
   * an export runs may be left out of it; export a window that has ended.
   *
   * @param from the first instant, inclusive; not null
   * @param to the last instant, exclusive; not null
   * @param afterPosition 0 for the first page, else the last position of the page before
   * @param limit how many at most; positive
   * @return the reads, by position, not null
   * @throws IllegalArgumentException if {@code limit} is not positive, {@code afterPosition} is negative or {@code
   *     to} is before {@code from}
   * @throws LedgerUnavailableException if the ledger cannot be reached
   */
  List<RecordedRead> reads(Instant from, Instant to, long afterPosition, int limit);

  /**
   * Checks the arguments of {@link #reads}, for implementations.
   *
   * @throws IllegalArgumentException as {@link #reads} documents
   */
  static void checkReadsPage(Instant from, Instant to, long afterPosition, int limit) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (limit <= 0 || afterPosition < 0 || to.isBefore(from)) {
      throw new IllegalArgumentException("a page of reads needs from <= to, afterPosition >= 0 and limit > 0: "
          + from + ", " + to + ", " + afterPosition + ", " + limit);
    }
  }
}
