package org.enforcementdesk.store;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.ReadPurpose;

/**
 * One read of parties' personal data, as the audit trail keeps it (等保: who, what, when, why): a query that
 * answered a member of staff, or a resolver, with the names, numbers or texts of these parties. It holds the parties'
 * ids, never their data.
 *
 * @param at when the desk answered; not null
 * @param reader who read; not null
 * @param query the query, e.g. {@code workOrder} or {@code openWorkOrders}; not blank
 * @param subject what the query was asked about: a request id, a case number, a tier, a party id; not blank
 * @param partyIds the parties whose personal data the answer held, each once, in the answer's order; not empty
 * @param purpose why, as the host stated it; not null
 */
public record PersonalDataRead(
    Instant at, Actor reader, String query, String subject, List<String> partyIds, ReadPurpose purpose) {

  /**
   * Checks the fields and copies the party ids.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the query or subject is blank, or no party is named
   */
  public PersonalDataRead {
    requireNonNull(at, "at");
    requireNonNull(reader, "reader");
    requireNonNull(query, "query");
    requireNonNull(subject, "subject");
    requireNonNull(purpose, "purpose");
    checkArgument(!query.isBlank(), "read query must not be blank");
    checkArgument(!subject.isBlank(), "read subject must not be blank");
    partyIds = List.copyOf(partyIds);
    checkArgument(!partyIds.isEmpty(), "a read of personal data names at least one party");
  }

  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
