package org.enforcementdesk.metrics;

import java.time.Instant;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.RecordedCaseEvent;

/**
 * What the indicators need to remember about one enforcement case's own stream: the open risk case, if any, with
 * the trigger that opened it and the windows it was screened in.
 */
final class CaseTrack implements CaseEvent.Visitor<Void> {

  private final Windows windows;
  long version;

  private RiskKind openedBy;
  private int openedMask;

  CaseTrack(Windows windows) {
    this.windows = windows;
  }

  void apply(RecordedCaseEvent recorded) {
    recorded.event().accept(this);
    version = recorded.version();
  }

  @Override
  public Void contactRecorded(CaseEvent.ContactRecorded e) {
    int mask = windows.at(e.at());
    windows.add(mask, IndicatorId.VISITS, 1, 0);
    windows.addBy(mask, IndicatorId.VISITS, "source", "CONTACT_" + e.contact().name(), 1, 0);
    return null;
  }

  @Override
  public Void petitionReported(CaseEvent.PetitionReported e) {
    windows.add(windows.at(e.at()), IndicatorId.PETITIONS, 1, 0);
    return null;
  }

  @Override
  public Void riskTriggered(CaseEvent.RiskTriggered e) {
    if (openedBy == null) {
      // The first trigger after the last closure opens (screens) a risk case; later ones join it.
      openedBy = e.flag().kind();
      openedMask = windows.at(e.at());
      String trigger = openedBy.name();
      windows.add(openedMask, IndicatorId.RISK_CASES_SCREENED, 1, 0);
      windows.addBy(openedMask, IndicatorId.RISK_CASES_SCREENED, "trigger", trigger, 1, 0);
      windows.add(openedMask, IndicatorId.RISK_RESOLUTION_RATE, 0, 1);
      windows.addBy(openedMask, IndicatorId.RISK_RESOLUTION_RATE, "trigger", trigger, 0, 1);
    }
    return null;
  }

  @Override
  public Void riskCaseClosed(CaseEvent.RiskCaseClosed e) {
    if (openedBy != null) {
      closed(e.at());
    }
    return null;
  }

  // Petition conclusions and risk upkeep change no indicator.

  @Override
  public Void petitionConcluded(CaseEvent.PetitionConcluded e) {
    return null;
  }

  @Override
  public Void riskUpkeepRecorded(CaseEvent.RiskUpkeepRecorded e) {
    return null;
  }

  private void closed(Instant at) {
    String trigger = openedBy.name();
    int mask = windows.at(at);
    windows.add(mask, IndicatorId.RISK_CASES_RESOLVED, 1, 0);
    windows.addBy(mask, IndicatorId.RISK_CASES_RESOLVED, "trigger", trigger, 1, 0);
    int cohort = windows.outcomeWithin(openedMask, at);
    windows.add(cohort, IndicatorId.RISK_RESOLUTION_RATE, 1, 0);
    windows.addBy(cohort, IndicatorId.RISK_RESOLUTION_RATE, "trigger", trigger, 1, 0);
    openedBy = null;
    openedMask = 0;
  }
}
