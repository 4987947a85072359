package org.enforcementdesk.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.order.Provenance;
import org.enforcementdesk.order.RectificationOpened;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.policy.ReviewAction;
import org.enforcementdesk.policy.ReviewDecision;

/**
 * 一项一策: every dissatisfied aspect of an evaluation opens one rectification item. The rules set each item's owner
 * and deadline ({@link ReviewAction.OpenRectification}); an aspect they say nothing about still gets its item, owned
 * by the centre director within {@link #DEFAULT_PERIOD}, so no dissatisfaction goes untracked whatever a court's
 * rule book says.
 */
final class Rectifications {

  /** The deadline of an item the rules gave none: the default rule book's own. */
  static final Period DEFAULT_PERIOD = Period.workingDays(5);

  private Rectifications() {}

  /**
   * The items an evaluation opens on {@code order} (the order after the evaluation).
   *
   * @param evaluation the evaluation the command recorded, if it recorded one
   * @param decision the rules' review of the evaluation, if they were asked
   */
  static List<WorkOrderEvent> opened(
      WorkOrder order,
      Optional<Evaluation> evaluation,
      Optional<ReviewDecision> decision,
      Instant now,
      Deadlines deadlines) {
    if (evaluation.isEmpty()) {
      return List.of();
    }
    List<WorkOrderEvent> opened = new ArrayList<>();
    int next = order.rectificationItems().size() + 1;
    for (EvaluationAspect aspect : evaluation.get().dissatisfiedAspects()) {
      Optional<ReviewAction.OpenRectification> rule = decision.flatMap(d -> ruleFor(d, aspect));
      Tier owner = rule.map(ReviewAction.OpenRectification::owner).orElse(Tier.CENTER_DIRECTOR);
      Period within = rule.map(ReviewAction.OpenRectification::within).orElse(DEFAULT_PERIOD);
      Provenance provenance = rule.isPresent() ? Provenance.of(decision.get()) : Provenance.DESK;
      // A named owner only where the item stays with the tier that holds the order and it has a handler.
      Optional<String> ownerId = owner == order.tier() ? order.handlerId() : Optional.empty();
      opened.add(new RectificationOpened(
          order.id(), now, Actor.SYSTEM, next++, aspect, owner, ownerId, within, deadlines.after(now, within),
          provenance));
    }
    return opened;
  }

  private static Optional<ReviewAction.OpenRectification> ruleFor(ReviewDecision decision, EvaluationAspect aspect) {
    RuleFor rule = new RuleFor(aspect);
    return decision.actions().stream().map(action -> action.accept(rule)).flatMap(Optional::stream).findFirst();
  }

  /** The rules' rectification action for one aspect. */
  private static final class RuleFor implements ReviewAction.Visitor<Optional<ReviewAction.OpenRectification>> {
    private final EvaluationAspect aspect;

    RuleFor(EvaluationAspect aspect) {
      this.aspect = aspect;
    }

    @Override
    public Optional<ReviewAction.OpenRectification> openRectification(ReviewAction.OpenRectification action) {
      return action.aspect() == aspect ? Optional.of(action) : Optional.empty();
    }

    @Override
    public Optional<ReviewAction.OpenRectification> warnHandler(ReviewAction.WarnHandler action) {
      return Optional.empty();
    }

    @Override
    public Optional<ReviewAction.OpenRectification> escalate(ReviewAction.Escalate action) {
      return Optional.empty();
    }

    @Override
    public Optional<ReviewAction.OpenRectification> raiseUrgency(ReviewAction.RaiseUrgency action) {
      return Optional.empty();
    }

    @Override
    public Optional<ReviewAction.OpenRectification> flagRisk(ReviewAction.FlagRisk action) {
      return Optional.empty();
    }

    @Override
    public Optional<ReviewAction.OpenRectification> requestCallback(ReviewAction.RequestCallback action) {
      return Optional.empty();
    }

    @Override
    public Optional<ReviewAction.OpenRectification> reopen(ReviewAction.Reopen action) {
      return Optional.empty();
    }
  }
}
