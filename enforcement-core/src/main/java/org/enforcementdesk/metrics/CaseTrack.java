package org.enforcementdesk.metrics;

import java.time.Instant;
import org.enforcementdesk.desk.event.CaseEvent;
import org.enforcementdesk.model.RiskKind;

/**
 * What the indicators need to remember about one enforcement case's own stream: the open risk case, if any, with
 * the trigger that opened it and the windows it was screened in.
 */
final class CaseTrack {

  private final Windows windows;
  long version;

  private RiskKind openedBy;
  private int openedMask;

  CaseTrack(Windows windows) {
    this.windows = windows;
  }

  void apply(CaseEvent event) {
    if (event instanceof CaseEvent.ContactRecorded e) {
      int mask = windows.at(e.at());
      windows.add(mask, IndicatorId.VISITS, 1, 0);
      windows.addBy(mask, IndicatorId.VISITS, "source", "CONTACT_" + e.contact().name(), 1, 0);
    } else if (event instanceof CaseEvent.PetitionReported e) {
      windows.add(windows.at(e.at()), IndicatorId.PETITIONS, 1, 0);
    } else if (event instanceof CaseEvent.RiskTriggered e) {
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
    } else if (event instanceof CaseEvent.RiskCaseClosed e) {
      if (openedBy != null) {
        closed(e.at());
      }
    }
    // Petition conclusions and risk upkeep change no indicator.
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
