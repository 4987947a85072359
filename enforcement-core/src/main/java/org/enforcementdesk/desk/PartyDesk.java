package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.store.ConcurrencyConflictException;
import org.enforcementdesk.store.LedgerUnavailableException;
import org.enforcementdesk.view.PartySubmission;
import org.enforcementdesk.view.PartyView;

/**
 * One party's desk (from {@link EnforcementDesk#forParty}): what a party may do, on their own requests only, each
 * answered with a {@link PartyView} and never with the court's whole record. What to serve a party's own page from.
 *
 * <pre>{@code
 * PartyDesk mine = desk.forParty(session.partyId());
 * PartyView page = mine.request(RequestId.of(pathId));     // refused alike if missing or not theirs
 * mine.urge(page.id(), "怎么还没发放？");
 * }</pre>
 *
 * <p>A request that does not exist and one that is another party's are refused with the same message, naming the
 * id as given, so probing ids tells nothing. Thread-safe.
 */
public final class PartyDesk {

  private final AudienceCommands desk;
  private final Actor party;

  PartyDesk(AudienceCommands desk, Actor party) {
    this.desk = desk;
    this.party = party;
  }

  /** The party this desk acts for. */
  public Actor party() {
    return party;
  }

  /**
   * 提交: a request in the party's own name (see {@link EnforcementDesk#submit}).
   *
   * @throws PermissionDeniedException if the request is in another's name
   * @throws InvalidInputException if another request already has this id, or its {@code receivedAt} is before 2000
   *     or more than a day after the desk's clock
   * @throws ConcurrencyConflictException if other writers kept changing the party's open order or its case
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public PartySubmission submit(Request request) {
    Submission submission = desk.intake().submit(requireNonNull(request, "request"), party);
    return new PartySubmission(desk.partyView(submission.workOrder()), submission.linkedToOpenOrder());
  }

  /**
   * 催办: the party chases their request (see {@link EnforcementDesk#urge}).
   *
   * @throws PermissionDeniedException if there is no such request of theirs
   * @throws IllegalCommandException if it is resolved or ended
   * @throws InvalidInputException if the text is too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public PartyView urge(RequestId id, String text) {
    return desk.partyView(desk.commands().urge(requireNonNull(id, "id"), party, text));
  }

  /**
   * 评价: the party's evaluation of a resolved request (see {@link FeedbackDesk#evaluate}).
   *
   * @throws PermissionDeniedException if there is no such request of theirs
   * @throws IllegalCommandException if it is not resolved or called back
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public PartyView evaluate(RequestId id, Evaluation evaluation) {
    return desk.partyView(desk.feedback().evaluate(requireNonNull(id, "id"), party, evaluation));
  }

  /**
   * 撤回: the party withdraws their request (see {@link EnforcementDesk#withdraw}).
   *
   * @throws PermissionDeniedException if there is no such request of theirs
   * @throws IllegalCommandException if it is resolved or ended
   * @throws InvalidInputException if the reason is too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public PartyView withdraw(RequestId id, String reason) {
    return desk.partyView(desk.commands().withdraw(requireNonNull(id, "id"), party, reason));
  }

  /**
   * One of the party's requests as they may see it.
   *
   * @throws PermissionDeniedException if there is no such request of theirs
   * @throws LedgerUnavailableException if the ledger failed
   */
  public PartyView request(RequestId id) {
    return desk.partyView(desk.orders().loadOwnedBy(party, requireNonNull(id, "id")));
  }

  /**
   * The party's own requests as they may see them, in submission order.
   *
   * @throws LedgerUnavailableException if the ledger failed
   */
  public List<PartyView> requests() {
    return desk.orders().ofParty(party.id()).stream()
        .filter(order -> Permissions.owns(party, order))
        .map(desk::partyView)
        .toList();
  }
}
