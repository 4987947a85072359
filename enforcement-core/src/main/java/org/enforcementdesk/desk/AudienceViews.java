package org.enforcementdesk.desk;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PersonalData;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.order.Delegation;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.sla.RecordedClock;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.view.PartyEntry;
import org.enforcementdesk.view.PartyStatus;
import org.enforcementdesk.view.PartyView;
import org.enforcementdesk.view.ResolverView;

/**
 * The views outside audiences get, made from the whole work order: the one place that decides what leaves the
 * court's record, and masks it on the way out.
 */
final class AudienceViews {

  private AudienceViews() {}

  /**
   * The order as its requester sees it at {@code now}: while the resolution clock stands still (paused, or delegated
   * with the pause), its deadline is the one it would have if it ran again now, as the urge receipt tells them.
   */
  static PartyView party(WorkOrder order, WorkingCalendar calendar, Instant now) {
    Request request = order.request();
    Party requester = request.requester();
    List<PartyEntry> timeline = new ArrayList<>();
    for (RecordedEvent recorded : order.history()) {
      PartyEntry entry = recorded.event().accept(PartyTimeline.INSTANCE);
      if (entry != null) {
        timeline.add(entry);
      }
    }
    PartyStatus status = status(order);
    boolean open = status == PartyStatus.IN_HANDLING;
    return new PartyView(
        order.id(),
        request.caseNumber(),
        request.type(),
        request.channel(),
        request.receivedAt(),
        PersonalData.maskName(requester.unmaskedName()),
        requester.unmaskedPhone().map(PersonalData::maskPhone),
        PersonalData.maskText(request.unmaskedText()),
        status,
        open ? order.due(SlaTarget.RESPONSE) : Optional.empty(),
        open ? resolutionDue(order, calendar, now) : Optional.empty(),
        open && (provisional(order, SlaTarget.RESPONSE) || provisional(order, SlaTarget.RESOLUTION)),
        order.result().map(PersonalData::maskText),
        order.evaluation().map(e -> new Evaluation(e.ratings(), PersonalData.maskText(e.comment()), e.declined())),
        order.urgeCount(),
        timeline);
  }

  /**
   * The order as the resolver sees it: their latest delegation of it.
   *
   * @throws IllegalStateException if the order was never delegated to them (the caller checked it was)
   */
  static ResolverView resolver(WorkOrder order, Actor resolver) {
    Delegation delegation = order.delegations().stream()
        .filter(d -> Permissions.isDelegatedTo(d.target(), resolver))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new IllegalStateException("work order " + order.id() + " was never delegated to " + resolver));
    Request request = order.request();
    Party party = request.requester();
    return new ResolverView(
        order.id(),
        request.caseNumber(),
        request.type(),
        request.receivedAt(),
        PersonalData.maskText(request.unmaskedText()),
        PersonalData.maskName(party.unmaskedName()),
        party.role(),
        party.unmaskedPhone(),
        request.facts().partyVillage(),
        request.facts().causeOfAction(),
        request.facts().amountAtStake(),
        PersonalData.maskText(delegation.note()),
        delegation.delegatedAt(),
        delegation.due(),
        delegation.overdue(),
        delegation.isPending());
  }

  private static PartyStatus status(WorkOrder order) {
    return switch (order.state()) {
      case SUBMITTED -> PartyStatus.RECEIVED;
      case OPEN, PAUSED, DELEGATED -> PartyStatus.IN_HANDLING;
      case RESOLVED, CALLED_BACK, EVALUATED -> PartyStatus.RESOLVED;
      case CLOSED -> PartyStatus.CLOSED;
      case REJECTED -> PartyStatus.REJECTED;
      case WITHDRAWN -> PartyStatus.WITHDRAWN;
    };
  }

  private static Optional<OffsetDateTime> resolutionDue(WorkOrder order, WorkingCalendar calendar, Instant now) {
    return order.due(SlaTarget.RESOLUTION)
        .or(() -> order.status(SlaTarget.RESOLUTION, now, calendar).map(status -> status.dueAt()));
  }

  private static boolean provisional(WorkOrder order, SlaTarget target) {
    return order.clock(target).flatMap(RecordedClock::deadline).map(d -> d.provisional()).orElse(false);
  }
}
