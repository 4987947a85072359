package org.enforcementdesk.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.RiskFlag;

/**
 * What a work order's events mean for its enforcement case: every risk flag on the order is a trigger of the case's
 * risk case (opening one if none is open), and while a risk case is open, escalations and callbacks on the case's
 * orders are its upkeep (提级办理, 回访). These case events are written in the same append as the order's events, so
 * the two never disagree.
 */
public final class CaseSide {

  private CaseSide() {}

  /**
   * Whether these events on one of the case's orders could change the case, so that its stream must be read at all:
   * whether they would cause a case event were the case at risk.
   */
  public static boolean touches(CaseNumber caseNumber, List<WorkOrderEvent> events) {
    return !derive(caseNumber, true, events).isEmpty();
  }

  /**
   * The case events that {@code events} on one of the case's orders cause, given the case as it stands.
   *
   * @param file the case, including any events the same command records on it directly
   */
  public static List<CaseEvent> derived(CaseFile file, List<WorkOrderEvent> events) {
    return derive(file.caseNumber(), file.openRiskCase().isPresent(), events);
  }

  private static List<CaseEvent> derive(CaseNumber caseNumber, boolean atRisk, List<WorkOrderEvent> events) {
    Derivation derivation = new Derivation(caseNumber, atRisk);
    for (WorkOrderEvent event : events) {
      event.accept(derivation);
    }
    return derivation.derived;
  }

  /** The case events one order event causes, given whether the case is at risk when it comes. */
  private static final class Derivation implements WorkOrderEvent.Visitor<Void> {
    private final CaseNumber caseNumber;
    private final List<CaseEvent> derived = new ArrayList<>();
    private boolean atRisk;

    Derivation(CaseNumber caseNumber, boolean atRisk) {
      this.caseNumber = caseNumber;
      this.atRisk = atRisk;
    }

    private Void trigger(WorkOrderEvent cause, RiskFlag flag, Provenance provenance) {
      derived.add(new CaseEvent.RiskTriggered(
          caseNumber, cause.at(), cause.actor(), flag, Optional.of(cause.requestId()), provenance));
      atRisk = true;
      return null;
    }

    private Void upkeep(WorkOrderEvent cause, UpkeepKind kind, String note) {
      if (atRisk) {
        derived.add(new CaseEvent.RiskUpkeepRecorded(caseNumber, cause.at(), cause.actor(), kind, note));
      }
      return null;
    }

    @Override
    public Void accepted(Accepted e) {
      IntakeDecision decision = e.decision();
      Provenance provenance = Provenance.of(decision.firedRules(), decision.ruleBookVersion());
      decision.riskFlags().forEach(flag -> trigger(e, flag, provenance));
      return null;
    }

    @Override
    public Void riskFlagged(RiskFlagged e) {
      return trigger(e, e.flag(), e.provenance());
    }

    @Override
    public Void escalated(Escalated e) {
      return upkeep(e, UpkeepKind.ESCALATED_HANDLING, "工单 " + e.requestId() + " 提级至 " + e.to() + "：" + e.reason());
    }

    @Override
    public Void callbackRecorded(CallbackRecorded e) {
      String note = "工单 " + e.requestId() + " 回访 " + e.outcome() + (e.note().isEmpty() ? "" : "：" + e.note());
      return upkeep(e, UpkeepKind.CALLBACK, note);
    }

    // The rest of a work order's life is its own, not its case's.

    @Override
    public Void submitted(Submitted e) {
      return null;
    }

    @Override
    public Void rejected(Rejected e) {
      return null;
    }

    @Override
    public Void assigned(Assigned e) {
      return null;
    }

    @Override
    public Void progressNoted(ProgressNoted e) {
      return null;
    }

    @Override
    public Void paused(Paused e) {
      return null;
    }

    @Override
    public Void resumed(Resumed e) {
      return null;
    }

    @Override
    public Void urged(Urged e) {
      return null;
    }

    @Override
    public Void urgencyChanged(UrgencyChanged e) {
      return null;
    }

    @Override
    public Void delegated(Delegated e) {
      return null;
    }

    @Override
    public Void delegationOverdue(DelegationOverdue e) {
      return null;
    }

    @Override
    public Void delegationReturned(DelegationReturned e) {
      return null;
    }

    @Override
    public Void resolved(Resolved e) {
      return null;
    }

    @Override
    public Void callbackRequested(CallbackRequested e) {
      return null;
    }

    @Override
    public Void evaluated(Evaluated e) {
      return null;
    }

    @Override
    public Void closed(Closed e) {
      return null;
    }

    @Override
    public Void withdrawn(Withdrawn e) {
      return null;
    }

    @Override
    public Void reopened(Reopened e) {
      return null;
    }

    @Override
    public Void rectificationOpened(RectificationOpened e) {
      return null;
    }

    @Override
    public Void rectificationMeasureRecorded(RectificationMeasureRecorded e) {
      return null;
    }

    @Override
    public Void rectificationClosed(RectificationClosed e) {
      return null;
    }

    @Override
    public Void slaWarned(SlaWarned e) {
      return null;
    }

    @Override
    public Void slaBreached(SlaBreached e) {
      return null;
    }

    @Override
    public Void deadlineRevised(DeadlineRevised e) {
      return null;
    }
  }
}
