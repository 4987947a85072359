package org.enforcementdesk.desk;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.order.CallbackRequested;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.Escalated;
import org.enforcementdesk.order.Provenance;
import org.enforcementdesk.order.Reopened;
import org.enforcementdesk.order.RiskFlagged;
import org.enforcementdesk.order.Transitions;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.order.WorkOrderState;
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

  private final DecisionPolicy policy;
  private final Deadlines deadlines;

  Reviews(DecisionPolicy policy, Deadlines deadlines) {
    this.policy = policy;
    this.deadlines = deadlines;
  }

  /** The outcome of one review: the events to record, how many escalate, and the decision they came from. */
  record Outcome(List<WorkOrderEvent> events, int escalations, Optional<ReviewDecision> decision) {
    static final Outcome NONE = new Outcome(List.of(), 0, Optional.empty());
  }

  /**
   * The rules' decision on an order for a signal, as events; none for an order not yet accepted or in a final state.
   *
   * @param riskSince when the case's last risk case was closed (flags before it no longer hold)
   */
  Outcome review(
      WorkOrder order, ReviewSignal signal, Instant at, CaseHistory history, Optional<Instant> riskSince, Actor actor) {
    if (order.urgency().isEmpty() || order.state().isFinal()) {
      return Outcome.NONE;
    }
    return translate(decide(order, signal, at, history, riskSince), order, at, riskSince, actor);
  }

  /** The rules' decision on an order for a signal. */
  ReviewDecision decide(
      WorkOrder order, ReviewSignal signal, Instant at, CaseHistory history, Optional<Instant> riskSince) {
    return policy.review(facts(order, signal, at, history, riskSince));
  }

  private ReviewFacts facts(
      WorkOrder order, ReviewSignal signal, Instant at, CaseHistory history, Optional<Instant> riskSince) {
    SlaStatus resolution = order.status(SlaTarget.RESOLUTION, at, deadlines.calendar()).orElse(null);
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

  /** The events a decision asks for on {@code order}. */
  Outcome translate(ReviewDecision decision, WorkOrder order, Instant at, Optional<Instant> riskSince, Actor actor) {
    Translation translation = new Translation(order, at, riskSince, actor, Provenance.of(decision));
    decision.actions().forEach(action -> action.accept(translation));
    return new Outcome(translation.events, translation.escalations, Optional.of(decision));
  }

  /** Whether the rules asked to warn the handler about a target. */
  static boolean warns(ReviewDecision decision, SlaTarget target) {
    return decision.actions().stream().anyMatch(action -> action.accept(new Warns(target)));
  }

  /** Each action as the events it asks for, given the order as the earlier actions left it. */
  private final class Translation implements ReviewAction.Visitor<Void> {
    private final WorkOrder order;
    private final Instant at;
    private final Actor actor;
    private final Provenance provenance;
    private final List<WorkOrderEvent> events = new ArrayList<>();
    private final Set<RiskKind> flagged = EnumSet.noneOf(RiskKind.class);
    private Tier tier;
    private WorkOrderState state;
    private int escalations;

    Translation(WorkOrder order, Instant at, Optional<Instant> riskSince, Actor actor, Provenance provenance) {
      this.order = order;
      this.at = at;
      this.actor = actor;
      this.provenance = provenance;
      this.tier = order.tier();
      this.state = order.state();
      this.flagged.addAll(order.riskFlagsSince(riskSince));
    }

    @Override
    public Void escalate(ReviewAction.Escalate action) {
      if (action.to().isAbove(tier) && Transitions.allows(state, CommandKind.ESCALATE)) {
        events.add(new Escalated(order.id(), at, actor, tier, action.to(), action.reason(), provenance));
        tier = action.to();
        escalations++;
      }
      return null;
    }

    @Override
    public Void flagRisk(ReviewAction.FlagRisk action) {
      if (flagged.add(action.flag().kind()) && Transitions.allows(state, CommandKind.FLAG_RISK)) {
        events.add(new RiskFlagged(order.id(), at, actor, action.flag(), provenance));
      }
      return null;
    }

    @Override
    public Void raiseUrgency(ReviewAction.RaiseUrgency action) {
      if (order.urgency().map(u -> action.to().isMoreUrgentThan(u)).orElse(false)
          && Transitions.allows(state, CommandKind.CHANGE_URGENCY)) {
        events.add(UrgencyChanges.event(
            order, at, actor, action.to(), action.targets(), action.reason(), provenance, deadlines));
      }
      return null;
    }

    @Override
    public Void reopen(ReviewAction.Reopen action) {
      if (Transitions.allows(state, CommandKind.REOPEN)) {
        events.add(new Reopened(
            order.id(), at, actor, action.reason(), provenance, deadlines.reopened(order, at)));
        state = WorkOrderState.OPEN;
      }
      return null;
    }

    @Override
    public Void requestCallback(ReviewAction.RequestCallback action) {
      events.add(new CallbackRequested(
          order.id(), at, actor, action.by(), deadlines.after(at, action.within()), action.reason(), provenance));
      return null;
    }

    @Override
    public Void warnHandler(ReviewAction.WarnHandler action) {
      return null; // carried by the clock event the caller records ({@link #warns})
    }

    @Override
    public Void openRectification(ReviewAction.OpenRectification action) {
      return null; // one item per dissatisfied aspect, opened by Rectifications
    }
  }

  /** Whether an action warns the handler about one target. */
  private static final class Warns implements ReviewAction.Visitor<Boolean> {
    private final SlaTarget target;

    Warns(SlaTarget target) {
      this.target = target;
    }

    @Override
    public Boolean warnHandler(ReviewAction.WarnHandler action) {
      return action.target() == target;
    }

    @Override
    public Boolean escalate(ReviewAction.Escalate action) {
      return false;
    }

    @Override
    public Boolean raiseUrgency(ReviewAction.RaiseUrgency action) {
      return false;
    }

    @Override
    public Boolean flagRisk(ReviewAction.FlagRisk action) {
      return false;
    }

    @Override
    public Boolean requestCallback(ReviewAction.RequestCallback action) {
      return false;
    }

    @Override
    public Boolean reopen(ReviewAction.Reopen action) {
      return false;
    }

    @Override
    public Boolean openRectification(ReviewAction.OpenRectification action) {
      return false;
    }
  }
}
