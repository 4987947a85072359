package org.enforcementdesk.store;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A read as the ledger holds it, with its position in the court's audit trail: positions grow with each read
 * recorded, so an export pages on from the last one it wrote ({@link PersonalDataLedger#reads}).
 *
 * @param position the read's position; positive
 * @param read the read; not null
 */
public record RecordedRead(long position, PersonalDataRead read) {

  /** Checks the fields. */
  public RecordedRead {
    checkArgument(position > 0, "read position must be positive: %s", position);
    requireNonNull(read, "read");
  }
}
