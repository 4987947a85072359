package org.enforcementdesk.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.calendar.CountedDeadline;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.order.DeadlineKind;
import org.enforcementdesk.order.DeadlineRevised;
import org.enforcementdesk.order.DeadlineRevision;
import org.enforcementdesk.order.Delegation;
import org.enforcementdesk.order.OrderDeadline;
import org.enforcementdesk.order.RectificationItem;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.policy.EarlierStatutoryDeadline;
import org.enforcementdesk.sla.RecordedClock;
import org.enforcementdesk.sla.SlaDue;
import org.enforcementdesk.sla.SlaTarget;

/**
 * The revision of one work order's provisional deadlines on a calendar that has gained a year's notice: each
 * deadline in force that was counted provisionally is counted again, from the same start and period, and a
 * {@link DeadlineRevised} is recorded where the result differs (in date, or in the years still provisional). A later
 * date replaces the provisional one; an earlier one is kept as told or adopted, as the rule book says. Breached
 * clocks, overdue delegations, closed items, closed orders and orders in a final state are left as they are.
 */
final class Revisions {

  private Revisions() {}

  /** The revisions {@code order} needs on {@code next}; empty if none. */
  static List<DeadlineRevised> of(
      WorkOrder order, WorkingCalendar next, EarlierStatutoryDeadline earlier, Instant now, String reason) {
    List<DeadlineRevised> revised = new ArrayList<>();
    // Closed orders never change: a reopening counts its new round on the calendar then in force.
    if (order.state().isFinal() || order.state() == WorkOrderState.CLOSED) {
      return revised;
    }
    for (OrderDeadline inForce : order.deadlinesInForce()) {
      if (inForce.deadline().provisional()) {
        revision(order, inForce, next, earlier, now, reason).ifPresent(revised::add);
      }
    }
    return revised;
  }

  private static Optional<DeadlineRevised> revision(WorkOrder order, OrderDeadline inForce, WorkingCalendar next,
      EarlierStatutoryDeadline earlier, Instant now, String reason) {
    CountedDeadline was = inForce.deadline();
    Optional<SlaTarget> target = inForce.kind().clock();
    Optional<SlaDue> recounted = target.map(t -> clock(order, t).counting(next).schedule());
    CountedDeadline statutory = recounted.map(SlaDue::deadline).orElseGet(() -> recount(order, inForce, next));
    if (statutory.at().isEqual(was.at()) && statutory.provisionalYears().equals(was.provisionalYears())) {
      return Optional.empty(); // the new calendar changes nothing here (the year is still provisional, say)
    }
    DeadlineRevision outcome;
    int later = statutory.at().toInstant().compareTo(was.at().toInstant());
    if (later == 0) {
      outcome = DeadlineRevision.CONFIRMED;
    } else if (later > 0) {
      outcome = DeadlineRevision.LATER_REPLACES;
    } else {
      outcome = earlier == EarlierStatutoryDeadline.ADOPT
          ? DeadlineRevision.EARLIER_ADOPTED
          : DeadlineRevision.EARLIER_KEPT_AS_TOLD;
    }
    Optional<SlaDue> clock = recounted;
    if (outcome == DeadlineRevision.EARLIER_KEPT_AS_TOLD && target.isPresent()) {
      // The date as told stays, and so do its at-risk instant and its gross deadline.
      SlaDue before = clock(order, target.get()).recordedDue();
      CountedDeadline kept = new CountedDeadline(was.at(), was.calendarVersion(), statutory.provisionalYears());
      clock = Optional.of(new SlaDue(kept, before.atRisk(), before.withoutPauses()));
    }
    return Optional.of(new DeadlineRevised(
        order.id(), now, Actor.SYSTEM, inForce.kind(), inForce.item(), was, statutory, outcome, clock, reason));
  }

  private static RecordedClock clock(WorkOrder order, SlaTarget target) {
    return order.clock(target).orElseThrow();
  }

  /** A delegation's or an item's deadline counted again from its start and period. */
  private static CountedDeadline recount(WorkOrder order, OrderDeadline inForce, WorkingCalendar next) {
    if (inForce.kind() == DeadlineKind.DELEGATION) {
      Delegation pending = order.delegations().get(order.delegations().size() - 1);
      return next.due(pending.delegatedAt(), pending.period()).counted();
    }
    RectificationItem item = order.rectificationItem(inForce.item()).orElseThrow();
    return next.due(item.openedAt(), item.within()).counted();
  }
}
