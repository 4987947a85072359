package org.enforcementdesk.desk;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.desk.event.Provenance;
import org.enforcementdesk.desk.event.WorkOrderEvent;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Tier;
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
   * The items an evaluation among {@code events} opens on {@code order} (the order after those events).
   *
   * @param decision the rules' review of the evaluation, or null if they were not asked
   */
  static List<WorkOrderEvent> opened(
      WorkOrder order, List<WorkOrderEvent> events, ReviewDecision decision, Instant now, WorkingCalendar calendar) {
    Optional<WorkOrderEvent.Evaluated> evaluated =
        events.stream()
            .filter(WorkOrderEvent.Evaluated.class::isInstance)
            .map(WorkOrderEvent.Evaluated.class::cast)
            .reduce((first, second) -> second);
    if (evaluated.isEmpty()) {
      return List.of();
    }
    List<WorkOrderEvent> opened = new ArrayList<>();
    int next = order.rectificationItems().size() + 1;
    OffsetDateTime from = now.atZone(calendar.zone()).toOffsetDateTime();
    for (EvaluationAspect aspect : evaluated.get().evaluation().dissatisfiedAspects()) {
      Optional<ReviewAction.OpenRectification> rule = ruleFor(decision, aspect);
      Tier owner = rule.map(ReviewAction.OpenRectification::owner).orElse(Tier.CENTER_DIRECTOR);
      Period within = rule.map(ReviewAction.OpenRectification::within).orElse(DEFAULT_PERIOD);
      Provenance provenance = rule.isPresent() ? Provenance.of(decision) : Provenance.DESK;
      // A named owner only where the item stays with the tier that holds the order and it has a handler.
      String ownerId = owner == order.tier() ? order.handlerId().orElse(null) : null;
      OffsetDateTime due = calendar.due(from, within).dueAt();
      opened.add(new WorkOrderEvent.RectificationOpened(
          order.id(), now, Actor.SYSTEM, next++, aspect, owner, ownerId, due, provenance));
    }
    return opened;
  }

  private static Optional<ReviewAction.OpenRectification> ruleFor(ReviewDecision decision, EvaluationAspect aspect) {
    if (decision == null) {
      return Optional.empty();
    }
    return decision.actions().stream()
        .filter(ReviewAction.OpenRectification.class::isInstance)
        .map(ReviewAction.OpenRectification.class::cast)
        .filter(action -> action.aspect() == aspect)
        .findFirst();
  }
}
