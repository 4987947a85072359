package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ReadPurpose;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.CaseFile;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.order.Labels;
import org.enforcementdesk.order.RiskCase;
import org.enforcementdesk.order.UpkeepKind;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.store.CaseAppend;
import org.enforcementdesk.store.ConcurrencyConflictException;
import org.enforcementdesk.store.LedgerUnavailableException;
import org.enforcementdesk.store.RequestLedger;

/**
 * The desk's commands and queries on an enforcement case's own record ({@code desk.cases()}): contacts that are not
 * requests, petitions the host reports, and the case's risk cases. Court staff only. A contact or a petition also
 * lets the rules review the case's latest order in the same write, since a third visit within 30 days or an open
 * petition is a risk trigger. Thread-safe.
 *
 * <p>Every command throws {@link PermissionDeniedException} if the actor's role may not issue it, {@link
 * IllegalCommandException} if the case's record does not allow it, {@link InvalidInputException} for bad input,
 * {@link ConcurrencyConflictException} if other writers kept changing the case, and {@link
 * LedgerUnavailableException} if the ledger failed; whichever it is, nothing was recorded.
 */
public final class CaseDesk {

  private final RequestLedger ledger;
  private final Clock clock;
  private final WorkOrders orders;
  private final CommandRunner runner;
  private final ReadAudit audit;

  CaseDesk(RequestLedger ledger, Clock clock, WorkOrders orders, CommandRunner runner, ReadAudit audit) {
    this.ledger = ledger;
    this.audit = audit;
    this.clock = clock;
    this.orders = orders;
    this.runner = runner;
  }

  /**
   * 来访/来电登记: a party visited or called about a case without making a request. It counts as a visit: the rules
   * review the case's latest order (three visits within 30 days are a repeated-visits risk).
   *
   * @param partyId the host's id of the party
   * @param note what it was about; may be empty
   * @throws InvalidInputException if the party id is blank or a text too long
   * @throws PermissionDeniedException if the actor may not record contacts on the case
   * @throws ConcurrencyConflictException if other writers kept changing the case or its latest order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public CaseFile recordContact(CaseNumber caseNumber, Actor actor, ContactKind contact, String partyId, String note) {
    requireNonNull(caseNumber, "caseNumber");
    requireNonNull(contact, "contact");
    return run(caseNumber, actor, CommandKind.RECORD_CONTACT, true, (file, now) ->
        new CaseEvent.ContactRecorded(caseNumber, now, actor, contact, partyId, note));
  }

  /**
   * 信访登记: the host reports a petition on a case, registered in its own system; it stays open until concluded, and
   * the rules review the case's latest order (an open petition is a risk).
   *
   * @param reference the host's reference, unique among the case's open petitions
   * @param note what it is about; may be empty
   * @throws IllegalCommandException if a petition with this reference is open already
   * @throws InvalidInputException if the reference is malformed or the note too long
   * @throws PermissionDeniedException if the actor may not record petitions
   * @throws ConcurrencyConflictException if other writers kept changing the case or its latest order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public CaseFile reportPetition(CaseNumber caseNumber, Actor actor, String reference, String note) {
    requireNonNull(caseNumber, "caseNumber");
    return run(caseNumber, actor, CommandKind.REPORT_PETITION, true, (file, now) -> {
      CaseEvent.PetitionReported event = new CaseEvent.PetitionReported(caseNumber, now, actor, reference, note);
      if (file.openPetitions().containsKey(event.reference())) {
        throw refused(caseNumber, CommandKind.REPORT_PETITION, actor, "petition " + event.reference() + " is open already");
      }
      return event;
    });
  }

  /**
   * 信访办结: a reported petition was concluded.
   *
   * @throws IllegalCommandException if no open petition has this reference
   * @throws InvalidInputException if the reference is malformed or the note blank or too long
   * @throws PermissionDeniedException if the actor may not record petitions
   * @throws ConcurrencyConflictException if other writers kept changing the case or its latest order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public CaseFile concludePetition(CaseNumber caseNumber, Actor actor, String reference, String note) {
    requireNonNull(caseNumber, "caseNumber");
    return run(caseNumber, actor, CommandKind.CONCLUDE_PETITION, false, (file, now) -> {
      CaseEvent.PetitionConcluded event = new CaseEvent.PetitionConcluded(caseNumber, now, actor, reference, note);
      if (!file.openPetitions().containsKey(event.reference())) {
        throw refused(caseNumber, CommandKind.CONCLUDE_PETITION, actor,
            "no open petition " + event.reference() + "; open: " + file.openPetitions().keySet());
      }
      return event;
    });
  }

  /**
   * 风险维护: records an upkeep action (a callback, a visit, escalated handling) on the case's open risk case.
   * Escalations and callbacks on the case's orders are recorded as upkeep by themselves while it is open.
   *
   * @throws IllegalCommandException if the case has no open risk case
   * @throws InvalidInputException if the note is blank or too long
   * @throws PermissionDeniedException if the actor may not keep risk cases
   * @throws ConcurrencyConflictException if other writers kept changing the case or its latest order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public CaseFile recordRiskUpkeep(CaseNumber caseNumber, Actor actor, UpkeepKind upkeep, String note) {
    requireNonNull(caseNumber, "caseNumber");
    requireNonNull(upkeep, "upkeep");
    return run(caseNumber, actor, CommandKind.RECORD_RISK_UPKEEP, false, (file, now) -> {
      requireOpenRiskCase(file, actor, CommandKind.RECORD_RISK_UPKEEP);
      return new CaseEvent.RiskUpkeepRecorded(caseNumber, now, actor, upkeep, note);
    });
  }

  /**
   * 风险销号: a centre director or bureau leader closes the case's open risk case, with the reason. A later trigger
   * opens a new risk case.
   *
   * @throws PermissionDeniedException if the actor is not a centre director or bureau leader
   * @throws IllegalCommandException if the case has no open risk case
   * @throws InvalidInputException if the reason is blank or too long
   * @throws ConcurrencyConflictException if other writers kept changing the case or its latest order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public CaseFile closeRiskCase(CaseNumber caseNumber, Actor actor, String reason) {
    requireNonNull(caseNumber, "caseNumber");
    return run(caseNumber, actor, CommandKind.CLOSE_RISK_CASE, false, (file, now) -> {
      requireOpenRiskCase(file, actor, CommandKind.CLOSE_RISK_CASE);
      return new CaseEvent.RiskCaseClosed(caseNumber, now, actor, reason);
    });
  }

  /**
   * A case's own record: contacts, petitions and risk cases. Its contacts name parties and carry notes about them,
   * so the read is recorded in the audit trail, with an unstated purpose.
   *
   * @throws PermissionDeniedException if the viewer is not court staff
   */
  public CaseFile caseFile(CaseNumber caseNumber, Actor viewer) {
    return caseFile(caseNumber, viewer, ReadPurpose.UNSTATED);
  }

  /**
   * A case's own record, read for a stated purpose.
   *
   * @throws PermissionDeniedException if the viewer is not court staff
   */
  public CaseFile caseFile(CaseNumber caseNumber, Actor viewer, ReadPurpose purpose) {
    requireNonNull(caseNumber, "caseNumber");
    requireNonNull(viewer, "viewer");
    requireNonNull(purpose, "purpose");
    Permissions.checkCaseRead(viewer, "case " + caseNumber);
    runner.court().check(viewer, "case " + caseNumber);
    audit.checkPurpose(purpose, "caseFile");
    return audit.caseFile(viewer, caseNumber, purpose, orders.caseFile(caseNumber));
  }

  /**
   * The risk cases open now, in the order their cases' streams began; read from the ledger's index.
   *
   * @throws PermissionDeniedException if the viewer is not court staff
   */
  public List<RiskCase> openRiskCases(Actor viewer) {
    requireNonNull(viewer, "viewer");
    Permissions.checkCaseRead(viewer, "the open risk cases");
    runner.court().check(viewer, "the open risk cases");
    return orders.casesLabelled(Labels.RISK_OPEN).stream().flatMap(file -> file.openRiskCase().stream()).toList();
  }

  /**
   * Records the event {@code decide} makes of the case as it stands, retrying on a conflict.
   *
   * @param review whether the rules review the case's latest order in the same write (contacts and petitions)
   */
  private CaseFile run(
      CaseNumber caseNumber,
      Actor actor,
      CommandKind command,
      boolean review,
      BiFunction<CaseFile, Instant, CaseEvent> decide) {
    Permissions.checkCaseCommand(actor, command, caseNumber);
    runner.court().check(actor, command);
    return runner.attempt(() -> {
      CaseFile file = orders.caseFile(caseNumber);
      Instant now = clock.instant();
      CaseEvent event = decided(decide, file, now);
      Optional<WorkOrder> reviewed = review ? latestReviewable(caseNumber) : Optional.empty();
      if (reviewed.isPresent()) {
        runner.commit(Commit.of(reviewed.get(), now, List.of())
            .onCase(file, List.of(event))
            .reviewedFor(ReviewSignal.CASE_ACTIVITY));
      } else {
        CaseFile after = file.plus(List.of(event));
        ledger.appendCase(CaseAppend.of(caseNumber, file.version(), List.of(event), List.of(), Labels.of(after)));
      }
      return orders.caseFile(caseNumber);
    });
  }

  private static CaseEvent decided(BiFunction<CaseFile, Instant, CaseEvent> decide, CaseFile file, Instant now) {
    try {
      return decide.apply(file, now);
    } catch (IllegalArgumentException badInput) {
      throw new InvalidInputException(badInput);
    }
  }

  /**
   * The order the rules review for activity on its case: the latest one accepted and not rejected or withdrawn
   * (resolved and closed orders count: a risk on the case outlives the request). A case with none has nothing the
   * rules could review; its contacts still count towards the next request's visits.
   */
  private Optional<WorkOrder> latestReviewable(CaseNumber caseNumber) {
    List<WorkOrder> ofCase = orders.ofCase(caseNumber);
    for (int i = ofCase.size() - 1; i >= 0; i--) {
      WorkOrder order = ofCase.get(i);
      if (order.urgency().isPresent() && !order.state().isFinal()) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }

  private static void requireOpenRiskCase(CaseFile file, Actor actor, CommandKind command) {
    if (file.openRiskCase().isEmpty()) {
      throw refused(file.caseNumber(), command, actor, "the case has no open risk case");
    }
  }

  private static IllegalCommandException refused(CaseNumber caseNumber, CommandKind command, Actor actor, String why) {
    return new IllegalCommandException(caseNumber, command, actor, why);
  }
}
