package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.AbstractIterator;
import com.google.common.collect.Streams;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.store.ErasureHold;
import org.enforcementdesk.store.ErasureRefusedException;
import org.enforcementdesk.store.LedgerUnavailableException;
import org.enforcementdesk.store.PersonalDataLedger;
import org.enforcementdesk.store.PersonalDataRead;
import org.enforcementdesk.store.RecordedRead;

/**
 * A party's right to erasure (PIPL Art. 47) and the holds that defer it, and the audit trail of who read parties'
 * personal data (等保), for the centre's leaders. An erasure keeps
 * the party's orders and their history, which still count in every indicator, and takes out the party's name,
 * numbers and texts: reads show {@link org.enforcementdesk.order.PersonalDataErasure#ERASED} in their place.
 *
 * <pre>{@code
 * desk.personalData().placeHold(ErasureHold.legalHold("P-1", "(2026)闽0322执1234号", "执行异议审查中"), director);
 * desk.personalData().erase("P-1", director);   // ErasureRefusedException: names the hold
 * desk.personalData().releaseHold("P-1", "(2026)闽0322执1234号", director);
 * desk.personalData().erase("P-1", director);   // erased; the orders remain, countable
 * }</pre>
 */
public final class PersonalDataDesk {

  private static final String WHAT = "personal-data erasure";
  private static final String READS = "the audit trail of reads of personal data";
  private static final int READS_PAGE = 500;

  private final PersonalDataLedger ledger;
  private final Clock clock;
  private final CourtGate court;

  PersonalDataDesk(PersonalDataLedger ledger, Clock clock, CourtGate court) {
    this.court = court;
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Erases the party's personal data now, unless a hold is in force.
   *
   * @param partyId the party; not null
   * @param actor the centre director or the bureau leader; not null
   * @return how many of the party's work orders it erased
   * @throws PermissionDeniedException if the actor does not lead the centre
   * @throws ErasureRefusedException if a hold is in force; it names each, and nothing was changed
   * @throws LedgerUnavailableException if the ledger cannot be reached; nothing was changed, retry
   */
  public int erase(String partyId, Actor actor) {
    requireNonNull(partyId, "partyId");
    Permissions.checkLeader(actor, WHAT);
    court.check(actor, WHAT);
    return ledger.erase(partyId, clock.instant());
  }

  /**
   * Places a hold, or replaces the party's hold of the same name.
   *
   * @param hold the hold; not null
   * @param actor the centre director or the bureau leader; not null
   * @throws PermissionDeniedException if the actor does not lead the centre
   * @throws LedgerUnavailableException if the ledger cannot be reached; nothing was written
   */
  public void placeHold(ErasureHold hold, Actor actor) {
    requireNonNull(hold, "hold");
    Permissions.checkLeader(actor, WHAT);
    court.check(actor, WHAT);
    ledger.placeHold(hold);
  }

  /**
   * Releases a hold.
   *
   * @param partyId the party; not null
   * @param name the hold's name; not null
   * @param actor the centre director or the bureau leader; not null
   * @return true if there was such a hold
   * @throws PermissionDeniedException if the actor does not lead the centre
   * @throws LedgerUnavailableException if the ledger cannot be reached; nothing was written
   */
  public boolean releaseHold(String partyId, String name, Actor actor) {
    requireNonNull(partyId, "partyId");
    requireNonNull(name, "name");
    Permissions.checkLeader(actor, WHAT);
    court.check(actor, WHAT);
    return ledger.releaseHold(partyId, name);
  }

  /**
   * The party's holds, in force or ended.
   *
   * @param partyId the party; not null
   * @param actor the centre director or the bureau leader; not null
   * @return the holds by name, not null
   * @throws PermissionDeniedException if the actor does not lead the centre
   * @throws LedgerUnavailableException if the ledger cannot be reached
   */
  public List<ErasureHold> holds(String partyId, Actor actor) {
    requireNonNull(partyId, "partyId");
    Permissions.checkLeader(actor, WHAT);
    court.check(actor, WHAT);
    return ledger.holds(partyId);
  }

  /**
   * The audit trail of reads of personal data in {@code [from, to)}: who read which parties' data, when, through
   * which query, and why. The stream pages through the ledger as it is consumed, so a year's trail never sits in
   * memory at once; close it, or consume it whole. Write it out with {@code org.enforcementdesk.json.ReadAuditCsv}.
   *
   * @param from the first instant, inclusive; not null
   * @param to the last instant, exclusive; not before {@code from}
   * @param actor the centre director or the bureau leader; not null
   * @return the reads, in the order they were recorded, not null
   * @throws PermissionDeniedException if the actor does not lead the centre (checked at once)
   * @throws InvalidInputException if {@code to} is before {@code from}
   * @throws LedgerUnavailableException if the ledger cannot be reached, at once or while the stream is consumed
   */
  public Stream<PersonalDataRead> reads(Instant from, Instant to, Actor actor) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    Permissions.checkLeader(actor, READS);
    court.check(actor, READS);
    if (to.isBefore(from)) {
      throw new InvalidInputException("to: the end of the window " + to + " is before its start " + from);
    }
    Iterator<PersonalDataRead> pages = new AbstractIterator<>() {
      private long after;
      private Iterator<RecordedRead> page = List.<RecordedRead>of().iterator();
      private boolean last;

      @Override
      protected PersonalDataRead computeNext() {
        if (!page.hasNext() && !last) {
          List<RecordedRead> next = ledger.reads(from, to, after, READS_PAGE);
          last = next.size() < READS_PAGE;
          page = next.iterator();
        }
        if (!page.hasNext()) {
          return endOfData();
        }
        RecordedRead read = page.next();
        after = read.position();
        return read.read();
      }
    };
    return Streams.stream(pages);
  }
}
