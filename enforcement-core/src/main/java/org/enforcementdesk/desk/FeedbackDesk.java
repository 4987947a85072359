package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.CallbackRecorded;
import org.enforcementdesk.order.Closed;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.Evaluated;
import org.enforcementdesk.order.Guards;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.order.Provenance;
import org.enforcementdesk.order.Reopened;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.store.ConcurrencyConflictException;
import org.enforcementdesk.store.LedgerUnavailableException;

/**
 * 回访与评价 ({@code desk.feedback()}): what follows a resolution: the satisfaction callback, the party's evaluation
 * (each dissatisfied aspect opening a rectification item), closing the loop, and reopening after a dissatisfied
 * evaluation. Thread-safe; whatever a command throws, it recorded nothing.
 */
public final class FeedbackDesk {

  private final CommandRunner runner;

  FeedbackDesk(CommandRunner runner) {
    this.runner = runner;
  }

  /**
   * 回访: the satisfaction callback was made; the note may be empty.
   *
   * @throws PermissionDeniedException if the actor may not record callbacks
   * @throws IllegalCommandException if the order is not resolved or evaluated
   * @throws InvalidInputException if the note is too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder recordCallback(RequestId id, Actor actor, CallbackOutcome outcome, String note) {
    requireNonNull(outcome, "outcome");
    return runner.runOne(id, actor, CommandKind.RECORD_CALLBACK, (order, now) ->
        new CallbackRecorded(id, now, actor, outcome, note));
  }

  /**
   * 评价: the party's evaluation; the rules review it (a dissatisfied aspect is a negative-feedback risk), and each
   * dissatisfied aspect opens a rectification item.
   *
   * @throws PermissionDeniedException if the actor may not evaluate, or the order is not theirs
   * @throws IllegalCommandException if the order is not resolved or called back
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder evaluate(RequestId id, Actor actor, Evaluation evaluation) {
    requireNonNull(evaluation, "evaluation");
    return runner.run(id, actor, CommandKind.EVALUATE, ReviewSignal.EVALUATION, (order, now) ->
        List.of(new Evaluated(id, now, actor, evaluation)));
  }

  /**
   * 结单: closes the loop, with a remark that may be empty.
   *
   * @throws PermissionDeniedException if the actor may not close
   * @throws IllegalCommandException if the order is neither called back nor evaluated
   * @throws InvalidInputException if the remark is too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder close(RequestId id, Actor actor, String remark) {
    return runner.runOne(id, actor, CommandKind.CLOSE, (order, now) ->
        new Closed(id, now, actor, remark));
  }

  /**
   * 重新办理: reopens an evaluated or closed order after a dissatisfied evaluation of the current round.
   *
   * @throws PermissionDeniedException if the actor is not a centre director or bureau leader
   * @throws IllegalCommandException if the order is neither evaluated nor closed, or its evaluation is not dissatisfied
   * @throws InvalidInputException if the reason is blank or too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder reopen(RequestId id, Actor actor, String reason) {
    return runner.runOne(id, actor, CommandKind.REOPEN, (order, now) -> {
      Guards.dissatisfied(order, CommandKind.REOPEN, actor);
      return new Reopened(
          id, now, actor, reason, Provenance.PERSON, runner.deadlines().reopened(order, now));
    });
  }
}
