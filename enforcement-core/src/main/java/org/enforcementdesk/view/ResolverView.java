package org.enforcementdesk.view;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RequestType;

/**
 * A work order as the resolver it is delegated to sees it (a village mediation director, a department liaison, the
 * pre-enforcement team): what the delegation needs, and nothing of the court's internal record. No risk flags or
 * assessments, no officers' notes, no earlier delegations, no rectification.
 *
 * <p>The party's details are masked except the one contact the resolver must use: the phone number, shown whole,
 * because the resolver's work is to call the party. The name is masked to its first character ({@code 张*}, enough
 * to address {@code 张先生} on the phone) and the identity number is never shown: a resolver outside the court has no
 * need of it, and a leak from a village office is the one a court cannot call back.
 *
 * @param id the request's id; not null
 * @param caseNumber the case it is on; empty before the case is filed
 * @param type what the party asked for; not null
 * @param receivedAt when the court received it; not null
 * @param text what the party said, phone and identity numbers masked; not null
 * @param partyName the party's name, masked; not null
 * @param partyRole whether the party applies for enforcement or is the debtor; not null
 * @param partyPhone the party's phone, whole: the contact the resolver must use; empty if none was given
 * @param village the party's village, for a village mediator; empty if not known
 * @param causeOfAction the underlying case's cause of action; empty if not known
 * @param amountAtStake the amount at stake in yuan; empty if not known
 * @param instructions what the court asked the resolver to do, numbers masked; may be empty, not null
 * @param delegatedAt when it was handed over; not null
 * @param due when the resolver must have resolved or returned it; not null
 * @param overdue whether that deadline passed while it was theirs
 * @param pending whether it is still theirs (false in the answer to their return or resolution)
 */
public record ResolverView(
    RequestId id,
    Optional<CaseNumber> caseNumber,
    RequestType type,
    OffsetDateTime receivedAt,
    String text,
    String partyName,
    PartyRole partyRole,
    Optional<String> partyPhone,
    Optional<String> village,
    Optional<String> causeOfAction,
    Optional<BigDecimal> amountAtStake,
    String instructions,
    Instant delegatedAt,
    OffsetDateTime due,
    boolean overdue,
    boolean pending) {

  /**
   * Checks that nothing is missing.
   *
   * @throws NullPointerException if a component is null
   */
  public ResolverView {
    requireNonNull(id, "id");
    requireNonNull(caseNumber, "caseNumber");
    requireNonNull(type, "type");
    requireNonNull(receivedAt, "receivedAt");
    requireNonNull(text, "text");
    requireNonNull(partyName, "partyName");
    requireNonNull(partyRole, "partyRole");
    requireNonNull(partyPhone, "partyPhone");
    requireNonNull(village, "village");
    requireNonNull(causeOfAction, "causeOfAction");
    requireNonNull(amountAtStake, "amountAtStake");
    requireNonNull(instructions, "instructions");
    requireNonNull(delegatedAt, "delegatedAt");
    requireNonNull(due, "due");
  }

  /** A description safe for logs: texts by their length, the phone masked. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
