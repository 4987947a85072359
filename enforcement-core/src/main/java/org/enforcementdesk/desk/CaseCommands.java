package org.enforcementdesk.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.enforcementdesk.desk.event.CaseEvent;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.store.CaseAppend;
import org.enforcementdesk.store.ConcurrencyConflictException;
import org.enforcementdesk.store.RequestLedger;

/**
 * The path of commands on an enforcement case's own record: check the actor, fold the case, decide the event, and
 * write it; for a contact or a petition, also let the rules review the case's latest order in the same write, since
 * a third visit within 30 days or an open petition is a risk trigger. A concurrent change is met by reading again.
 */
final class CaseCommands {

  private final RequestLedger ledger;
  private final Clock clock;
  private final Orders orders;
  private final CommandRunner runner;

  CaseCommands(RequestLedger ledger, Clock clock, Orders orders, CommandRunner runner) {
    this.ledger = ledger;
    this.clock = clock;
    this.orders = orders;
    this.runner = runner;
  }

  /**
   * Records the event {@code decide} makes of the case as it stands.
   *
   * @param review whether the rules review the case's latest order afterwards (contacts and petitions)
   */
  CaseFile run(
      CaseNumber caseNumber,
      Actor actor,
      CommandKind command,
      boolean review,
      BiFunction<CaseFile, Instant, CaseEvent> decide) {
    Permissions.checkCaseCommand(actor, command, caseNumber);
    for (int attempt = 1; ; attempt++) {
      CaseFile file = orders.caseFile(caseNumber);
      Instant now = clock.instant();
      CaseEvent event = decide.apply(file, now);
      Optional<WorkOrder> reviewed = review ? latestReviewable(caseNumber) : Optional.empty();
      try {
        if (reviewed.isPresent()) {
          runner.commit(
              reviewed.get(), List.of(), List.of(event), file, ReviewSignal.CASE_ACTIVITY, now, List.of(), false);
        } else {
          CaseFile after = file.plus(List.of(event));
          ledger.appendCase(
              CaseAppend.of(caseNumber, file.version(), List.of(event), List.of(), CaseSide.labels(after)));
        }
        return orders.caseFile(caseNumber);
      } catch (ConcurrencyConflictException conflict) {
        if (attempt == CommandRunner.MAX_ATTEMPTS) {
          throw conflict;
        }
      }
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

  static IllegalCommandException refused(CaseNumber caseNumber, CommandKind command, Actor actor, String why) {
    return new IllegalCommandException(caseNumber, command, actor, why);
  }
}
