package org.enforcementdesk.store;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.enforcementdesk.model.LogSafe;

/**
 * Something the host set that keeps a party's personal data from being erased: a legal hold (诉讼保全, an appeal, an
 * audit) until it is released, or a retention period until it ends. Erasure is refused while any hold on the party
 * is in force.
 *
 * @param partyId the party whose data is held; not blank
 * @param name names the hold among the party's holds, so that it can be released: a case number, a file reference;
 *     not blank, at most 128 characters
 * @param reason why, in words a data-protection officer reads in the refusal; not blank, at most 300 characters
 * @param until when a retention period ends; empty for a hold that lasts until it is released
 */
public record ErasureHold(String partyId, String name, String reason, Optional<Instant> until) {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException if a field is blank or too long
   */
  public ErasureHold {
    requireNonNull(partyId, "partyId");
    requireNonNull(name, "name");
    requireNonNull(reason, "reason");
    requireNonNull(until, "until");
    checkArgument(!partyId.isBlank() && partyId.length() <= 128, "partyId must be 1 to 128 characters");
    checkArgument(!name.isBlank() && name.length() <= 128, "name must be 1 to 128 characters");
    checkArgument(!reason.isBlank() && reason.length() <= 300, "reason must be 1 to 300 characters");
  }

  /** A legal hold, in force until released. */
  public static ErasureHold legalHold(String partyId, String name, String reason) {
    return new ErasureHold(partyId, name, reason, Optional.empty());
  }

  /** A retention period, in force until {@code until}. */
  public static ErasureHold retainedUntil(String partyId, String name, String reason, Instant until) {
    return new ErasureHold(partyId, name, reason, Optional.of(requireNonNull(until, "until")));
  }

  /** Whether the hold still blocks erasure at {@code now}: a legal hold always, a retention period before its end. */
  public boolean inForceAt(Instant now) {
    return until.map(now::isBefore).orElse(true);
  }

  /** The hold as a refusal quotes it: its name, reason and end, never any personal data. */
  public String describe() {
    return name + " (" + reason + ")" + until.map(u -> " until " + u).orElse(", until released");
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
