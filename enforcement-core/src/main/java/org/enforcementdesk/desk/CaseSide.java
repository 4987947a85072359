package org.enforcementdesk.desk;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.enforcementdesk.desk.event.CaseEvent;
import org.enforcementdesk.desk.event.Provenance;
import org.enforcementdesk.desk.event.UpkeepKind;
import org.enforcementdesk.desk.event.WorkOrderEvent;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.RiskFlag;

/**
 * What a work order's events mean for its enforcement case: every risk flag on the order is a trigger of the case's
 * risk case (opening one if none is open), and while a risk case is open, escalations and callbacks on the case's
 * orders are its upkeep (提级办理, 回访). These case events are written in the same append as the order's events, so
 * the two never disagree.
 */
final class CaseSide {

  /** The label of a case whose risk case is open, by which the desk lists open risk cases without a scan. */
  static final String RISK_OPEN = "risk:open";

  private CaseSide() {}

  /** Whether any of these events could change the case, so that its stream must be read at all. */
  static boolean touches(List<WorkOrderEvent> events) {
    for (WorkOrderEvent event : events) {
      if (event instanceof WorkOrderEvent.RiskFlagged
          || event instanceof WorkOrderEvent.Escalated
          || event instanceof WorkOrderEvent.CallbackRecorded
          || (event instanceof WorkOrderEvent.Accepted accepted && !accepted.decision().riskFlags().isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The case events that {@code events} on one of the case's orders cause, given the case as it stands.
   *
   * @param file the case, including any events the same command records on it directly
   */
  static List<CaseEvent> derived(CaseFile file, List<WorkOrderEvent> events) {
    CaseNumber caseNumber = file.caseNumber();
    boolean atRisk = file.openRiskCase().isPresent();
    List<CaseEvent> derived = new ArrayList<>();
    for (WorkOrderEvent event : events) {
      if (event instanceof WorkOrderEvent.RiskFlagged e) {
        derived.add(trigger(caseNumber, e, e.flag(), e.provenance()));
        atRisk = true;
      } else if (event instanceof WorkOrderEvent.Accepted e) {
        IntakeDecision decision = e.decision();
        for (RiskFlag flag : decision.riskFlags()) {
          derived.add(trigger(caseNumber, e, flag, Provenance.of(decision.firedRules(), decision.ruleBookVersion())));
          atRisk = true;
        }
      } else if (atRisk && event instanceof WorkOrderEvent.Escalated e) {
        String note = "工单 " + e.requestId() + " 提级至 " + e.to() + "：" + e.reason();
        derived.add(new CaseEvent.RiskUpkeepRecorded(caseNumber, e.at(), e.actor(), UpkeepKind.ESCALATED_HANDLING, note));
      } else if (atRisk && event instanceof WorkOrderEvent.CallbackRecorded e) {
        String note = "工单 " + e.requestId() + " 回访 " + e.outcome() + (e.note().isEmpty() ? "" : "：" + e.note());
        derived.add(new CaseEvent.RiskUpkeepRecorded(caseNumber, e.at(), e.actor(), UpkeepKind.CALLBACK, note));
      }
    }
    return derived;
  }

  private static CaseEvent.RiskTriggered trigger(
      CaseNumber caseNumber, WorkOrderEvent cause, RiskFlag flag, Provenance provenance) {
    return new CaseEvent.RiskTriggered(caseNumber, cause.at(), cause.actor(), flag, cause.requestId(), provenance);
  }

  /** The case's labels when it stands as {@code file}. */
  static ImmutableSet<String> labels(CaseFile file) {
    return file.openRiskCase().isPresent() ? ImmutableSet.of(RISK_OPEN) : ImmutableSet.of();
  }
}
