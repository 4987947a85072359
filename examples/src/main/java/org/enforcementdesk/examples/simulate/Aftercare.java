package org.enforcementdesk.examples.simulate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.RectificationItem;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.sla.SlaTarget;

/**
 * What follows a resolution: the party's evaluation (in the app, or given during the officer's satisfaction
 * callback), the rectification of each dissatisfied aspect (一项一策), now and then a reopening, and the closing.
 */
final class Aftercare {

  private final Courtroom room;
  private final CaseWatch cases;
  private final Handling handling;
  /** Orders reopened once: a second round is not reopened again. Only asked, never iterated. */
  private final Set<RequestId> reopened = new HashSet<>();

  Aftercare(Courtroom room, CaseWatch cases, Handling handling) {
    this.room = room;
    this.cases = cases;
    this.handling = handling;
  }

  /** The order was just resolved: plan its evaluation and callback. */
  void resolved(RequestId id) {
    WorkOrder order = room.order(id);
    Instant resolvedAt = room.now();
    Actor officer = room.anyOfficer();
    Actor party = Actor.party(order.request().requester().id());
    OffsetDateTime callbackDue =
        order.due(SlaTarget.CALLBACK).orElse(OffsetDateTime.ofInstant(room.time.afterWorkingDays(resolvedAt, 3), room.clock.getZone()));
    Instant callbackAt = room.time.wayTo(resolvedAt, callbackDue, room.between(0.1, 0.9), false);
    if (room.chance(BehaviourModel.EVALUATES_IN_APP)) {
      Instant evaluatedAt = room.time.wayTo(resolvedAt, callbackDue, room.between(0.02, 0.1), false);
      room.agenda.at(evaluatedAt, () -> evaluate(id, party));
      room.agenda.at(latest(evaluatedAt, callbackAt), () -> callback(id, officer, false));
    } else {
      room.agenda.at(callbackAt, () -> callback(id, officer, true));
    }
  }

  private void callback(RequestId id, Actor officer, boolean evaluateDuringCall) {
    WorkOrder order = room.order(id);
    if (order.state() != WorkOrderState.RESOLVED && order.state() != WorkOrderState.EVALUATED) {
      return;
    }
    CallbackOutcome outcome = callbackOutcome();
    room.unlessOvertaken(() -> room.desk.feedback().recordCallback(id, officer, outcome, "满意度回访"));
    if (evaluateDuringCall && outcome == CallbackOutcome.REACHED) {
      // The officer records the party's answers during the call.
      evaluate(id, officer);
    } else if (room.order(id).state() == WorkOrderState.CALLED_BACK || room.order(id).state() == WorkOrderState.EVALUATED) {
      closeLater(id);
    }
  }

  private CallbackOutcome callbackOutcome() {
    if (room.chance(BehaviourModel.CALLBACK_REACHED)) {
      return CallbackOutcome.REACHED;
    }
    return room.chance(1.0 / 3) ? CallbackOutcome.DECLINED : CallbackOutcome.UNREACHABLE;
  }

  private void evaluate(RequestId id, Actor by) {
    WorkOrder before = room.order(id);
    if (before.state() != WorkOrderState.RESOLVED && before.state() != WorkOrderState.CALLED_BACK) {
      return;
    }
    // A party evaluates in the app, through their own desk; an officer takes the answers down during a call.
    WorkOrder order = room.unlessOvertaken(() -> by.role() == ActorRole.PARTY
        ? room.asParty(by, id, party -> party.evaluate(id, evaluation()))
        : room.desk.feedback().evaluate(id, by, evaluation()));
    if (order == null) {
      return;
    }
    cases.afterActivity(order.request());
    for (RectificationItem item : order.rectificationItems()) {
      if (!item.isClosed()) {
        rectify(id, item);
      }
    }
    if (order.state() == WorkOrderState.OPEN) {
      // The rules reopened it themselves.
      handling.scheduleResolution(id);
    } else if (order.evaluation().map(e -> !e.dissatisfiedAspects().isEmpty()).orElse(false)
        && !reopened.contains(id)
        && room.chance(BehaviourModel.REOPENED_AFTER_DISSATISFACTION)) {
      reopened.add(id);
      room.agenda.at(room.time.someWorkingDaysAfter(room.now(), 0.3, 2, room.random), () -> {
        if (room.unlessOvertaken(() -> room.desk.feedback().reopen(id, room.court.director(), "当事人不满意，重新办理")) != null) {
          handling.scheduleResolution(id);
        }
      });
    } else if (order.state() == WorkOrderState.EVALUATED && order.callbackOutcome().isPresent()) {
      closeLater(id);
    }
  }

  private Evaluation evaluation() {
    if (room.chance(BehaviourModel.EVALUATION_DECLINED)) {
      return Evaluation.declinedBy("当事人不愿评价");
    }
    Map<EvaluationAspect, Rating> ratings = new EnumMap<>(EvaluationAspect.class);
    for (EvaluationAspect aspect : EvaluationAspect.values()) {
      ratings.put(aspect, Rating.SATISFIED);
    }
    if (room.chance(BehaviourModel.EVALUATION_DISSATISFIED)) {
      int aspects = room.chance(0.7) ? 1 : 2;
      for (int i = 0; i < aspects; i++) {
        ratings.put(BehaviourModel.DISSATISFIED_ASPECTS.draw(room.random), Rating.DISSATISFIED);
      }
      return Evaluation.of(ratings, "对办理情况不满意");
    }
    if (room.chance(BehaviourModel.EVALUATION_BASICALLY_SATISFIED)) {
      ratings.put(EvaluationAspect.values()[room.random.nextInt(EvaluationAspect.values().length)], Rating.BASICALLY_SATISFIED);
      return Evaluation.of(ratings, "基本满意");
    }
    return Evaluation.of(ratings, "满意");
  }

  /** 一项一策: an officer records the measure, the director verifies and closes the item. */
  private void rectify(RequestId id, RectificationItem item) {
    boolean late = room.chance(BehaviourModel.RECTIFICATION_LATE);
    Instant measureAt = room.time.someWorkingDaysAfter(room.now(), late ? 6 : 1, late ? 9 : 4, room.random);
    Actor officer = room.anyOfficer();
    room.agenda.at(measureAt, () -> {
      if (room.unlessOvertaken(() ->
              room.desk.rectification().recordMeasure(id, item.item(), officer, "约谈承办人，改进" + item.aspect().chineseName()))
          != null) {
        Instant closeAt = room.time.someWorkingDaysAfter(room.now(), 0.5, 2, room.random);
        room.agenda.at(closeAt, () -> room.unlessOvertaken(() ->
            room.desk.rectification().close(id, item.item(), room.court.director(), "整改到位，验收通过")));
      }
    });
  }

  private void closeLater(RequestId id) {
    room.agenda.at(room.time.someWorkingDaysAfter(room.now(), 0.2, 1.5, room.random), () -> {
      WorkOrderState state = room.order(id).state();
      if (state == WorkOrderState.CALLED_BACK || state == WorkOrderState.EVALUATED) {
        room.unlessOvertaken(() -> room.desk.feedback().close(id, room.anyOfficer(), "闭环结单"));
      }
    });
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
