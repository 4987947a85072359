package org.enforcementdesk.desk;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.enforcementdesk.desk.event.Provenance;
import org.enforcementdesk.desk.event.WorkOrderEvent;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.ReviewAction;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewFacts;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.sla.SlaState;
import org.enforcementdesk.sla.SlaStatus;
import org.enforcementdesk.sla.SlaTarget;

/**
 * Asking the rules about an open work order, and turning their answer into events. Actions that would change
 * nothing (a risk already flagged, an escalation to a tier not above the current one, reopening an order that is not
 * evaluated or closed) are dropped, so reviews are idempotent.
 */
final class Reviews {

  private Reviews() {}

  /** The outcome of one review: the events to record and the callbacks the rules asked for. */
  record Outcome(List<WorkOrderEvent> events, List<ReviewAction.RequestCallback> callbacks, ReviewDecision decision) {}

  /**
   * The facts the rules review.
   *
   * @param riskSince when the case's last risk case was closed (flags before it no longer hold), or null
   */
  static ReviewFacts facts(WorkOrder order, ReviewSignal signal, Instant at, CaseHistory history, Instant riskSince) {
    SlaStatus resolution = order.status(SlaTarget.RESOLUTION, at).orElse(null);
    return new ReviewFacts(
        signal,
        at,
        order.request().type(),
        order.urgency().orElseThrow(() -> new IllegalStateException("review of an order not yet accepted")),
        order.tier(),
        resolution == null ? SlaState.MET : resolution.state(),
        resolution == null ? 0 : resolution.usedShare(),
        order.urgeCount(),
        order.latestText(),
        order.isThreatMarkedSince(riskSince),
        order.evaluation().map(Evaluation::ratings).map(ImmutableMap::copyOf).orElse(ImmutableMap.of()),
        history,
        ImmutableSet.copyOf(order.riskFlagsSince(riskSince)),
        order.warned().contains(SlaTarget.RESOLUTION),
        order.breached().contains(SlaTarget.RESOLUTION));
  }

  static Outcome review(
      DecisionPolicy policy,
      WorkOrder order,
      ReviewSignal signal,
      Instant at,
      CaseHistory history,
      Instant riskSince,
      Actor actor) {
    if (order.urgency().isEmpty() || order.state().isFinal()) {
      return new Outcome(List.of(), List.of(), null);
    }
    ReviewDecision decision = policy.review(facts(order, signal, at, history, riskSince));
    return translate(decision, order, at, riskSince, actor);
  }

  /** The events and callbacks a decision asks for on {@code order}. */
  static Outcome translate(ReviewDecision decision, WorkOrder order, Instant at, Instant riskSince, Actor actor) {
    return new Outcome(events(decision, order, at, riskSince, actor), callbacks(decision), decision);
  }

  private static List<WorkOrderEvent> events(
      ReviewDecision decision, WorkOrder order, Instant at, Instant riskSince, Actor actor) {
    Provenance provenance = Provenance.of(decision);
    List<WorkOrderEvent> events = new ArrayList<>();
    Tier tier = order.tier();
    Set<RiskKind> flagged = EnumSet.noneOf(RiskKind.class);
    flagged.addAll(order.riskFlagsSince(riskSince));
    WorkOrderState state = order.state();
    for (ReviewAction action : decision.actions()) {
      if (action instanceof ReviewAction.Escalate escalate) {
        if (escalate.to().isAbove(tier) && Transitions.allows(state, CommandKind.ESCALATE)) {
          events.add(new WorkOrderEvent.Escalated(order.id(), at, actor, tier, escalate.to(), escalate.reason(), provenance));
          tier = escalate.to();
        }
      } else if (action instanceof ReviewAction.FlagRisk flag) {
        if (flagged.add(flag.flag().kind()) && Transitions.allows(state, CommandKind.FLAG_RISK)) {
          events.add(new WorkOrderEvent.RiskFlagged(order.id(), at, actor, flag.flag(), provenance));
        }
      } else if (action instanceof ReviewAction.RaiseUrgency raise) {
        if (order.urgency().map(u -> raise.to().isMoreUrgentThan(u)).orElse(false)
            && Transitions.allows(state, CommandKind.CHANGE_URGENCY)) {
          events.add(UrgencyChanges.event(order, at, actor, raise.to(), raise.targets(), raise.reason(), provenance));
        }
      } else if (action instanceof ReviewAction.Reopen reopen) {
        if (Transitions.allows(state, CommandKind.REOPEN)) {
          events.add(new WorkOrderEvent.Reopened(order.id(), at, actor, reopen.reason(), provenance));
          state = WorkOrderState.OPEN;
        }
      }
      // WarnHandler and RequestCallback become notifications; the clock events that carry them are the caller's.
    }
    return events;
  }

  private static List<ReviewAction.RequestCallback> callbacks(ReviewDecision decision) {
    List<ReviewAction.RequestCallback> callbacks = new ArrayList<>();
    for (ReviewAction action : decision.actions()) {
      if (action instanceof ReviewAction.RequestCallback callback) {
        callbacks.add(callback);
      }
    }
    return callbacks;
  }

  /** Whether the rules asked to warn the handler about a target. */
  static boolean warns(ReviewDecision decision, SlaTarget target) {
    return decision != null
        && decision.actions().stream()
            .anyMatch(a -> a instanceof ReviewAction.WarnHandler w && w.target() == target);
  }
}
