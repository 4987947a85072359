package org.enforcementdesk.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The in-memory ledger's holds and erasures. Its events are objects in the heap, so erasure replaces them by copies
 * without the party's personal data ({@link org.enforcementdesk.order.PersonalDataErasure}): nothing of it is left to
 * read. The audit trail of reads is a list in the heap, as everything else here. Every method runs under the
 * ledger's lock, so an erasure and an append never interleave.
 */
final class InMemoryPersonalData implements PersonalDataLedger {

  /** What the ledger does, under its write lock, to erase a party: returns the number of orders erased. */
  interface Eraser {
    int erase(String partyId);
  }

  private final Map<String, TreeMap<String, ErasureHold>> holds = new HashMap<>();
  private final Map<String, Instant> erasures = new HashMap<>();
  private final List<RecordedRead> reads = new ArrayList<>();
  private final LockedRunner writing;
  private final LockedRunner reading;
  private final Eraser eraser;

  /** Runs a change or a query under one of the ledger's locks. */
  interface LockedRunner {
    <T> T run(Supplier<T> work);
  }

  InMemoryPersonalData(LockedRunner writing, LockedRunner reading, Eraser eraser) {
    this.writing = writing;
    this.reading = reading;
    this.eraser = eraser;
  }

  @Override
  public void placeHold(ErasureHold hold) {
    requireNonNull(hold, "hold");
    writing.run(() -> holds.computeIfAbsent(hold.partyId(), any -> new TreeMap<>()).put(hold.name(), hold));
  }

  @Override
  public boolean releaseHold(String partyId, String name) {
    requireNonNull(partyId, "partyId");
    requireNonNull(name, "name");
    return writing.run(() -> {
      TreeMap<String, ErasureHold> ofParty = holds.get(partyId);
      return ofParty != null && ofParty.remove(name) != null;
    });
  }

  @Override
  public List<ErasureHold> holds(String partyId) {
    requireNonNull(partyId, "partyId");
    return reading.run(() -> List.copyOf(holds.getOrDefault(partyId, new TreeMap<>()).values()));
  }

  @Override
  public int erase(String partyId, Instant now) {
    requireNonNull(partyId, "partyId");
    requireNonNull(now, "now");
    return writing.run(() -> {
      List<ErasureHold> inForce = holds.getOrDefault(partyId, new TreeMap<>()).values().stream()
          .filter(h -> h.inForceAt(now)).toList();
      if (!inForce.isEmpty()) {
        throw new ErasureRefusedException(partyId, inForce);
      }
      erasures.put(partyId, now);
      return eraser.erase(partyId);
    });
  }

  @Override
  public Optional<Instant> erasedAt(String partyId) {
    requireNonNull(partyId, "partyId");
    return reading.run(() -> Optional.ofNullable(erasures.get(partyId)));
  }

  @Override
  public void recordRead(PersonalDataRead read) {
    requireNonNull(read, "read");
    writing.run(() -> reads.add(new RecordedRead(reads.size() + 1L, read)));
  }

  @Override
  public List<RecordedRead> reads(Instant from, Instant to, long afterPosition, int limit) {
    PersonalDataLedger.checkReadsPage(from, to, afterPosition, limit);
    return reading.run(() -> {
      List<RecordedRead> page = new ArrayList<>();
      // Positions are 1, 2, ... in list order, so the page starts at index afterPosition.
      for (int i = (int) Math.min(afterPosition, reads.size()); i < reads.size() && page.size() < limit; i++) {
        Instant at = reads.get(i).read().at();
        if (!at.isBefore(from) && at.isBefore(to)) {
          page.add(reads.get(i));
        }
      }
      return List.copyOf(page);
    });
  }
}
