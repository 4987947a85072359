package org.enforcementdesk.desk;

import java.time.Instant;
import java.util.Optional;
import org.enforcementdesk.model.PersonalData;
import org.enforcementdesk.order.Accepted;
import org.enforcementdesk.order.Assigned;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.CallbackRecorded;
import org.enforcementdesk.order.CallbackRequested;
import org.enforcementdesk.order.Closed;
import org.enforcementdesk.order.DeadlineKind;
import org.enforcementdesk.order.DeadlineRevised;
import org.enforcementdesk.order.Delegated;
import org.enforcementdesk.order.DelegationOverdue;
import org.enforcementdesk.order.DelegationReturned;
import org.enforcementdesk.order.Escalated;
import org.enforcementdesk.order.Evaluated;
import org.enforcementdesk.order.NoteAudience;
import org.enforcementdesk.order.Paused;
import org.enforcementdesk.order.ProgressNoted;
import org.enforcementdesk.order.RectificationClosed;
import org.enforcementdesk.order.RectificationMeasureRecorded;
import org.enforcementdesk.order.RectificationOpened;
import org.enforcementdesk.order.Rejected;
import org.enforcementdesk.order.Reopened;
import org.enforcementdesk.order.Resolved;
import org.enforcementdesk.order.Resumed;
import org.enforcementdesk.order.RiskFlagged;
import org.enforcementdesk.order.SlaBreached;
import org.enforcementdesk.order.SlaWarned;
import org.enforcementdesk.order.Submitted;
import org.enforcementdesk.order.Urged;
import org.enforcementdesk.order.UrgencyChanged;
import org.enforcementdesk.order.Withdrawn;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.view.PartyEntry;
import org.enforcementdesk.view.PartyEntryKind;

/**
 * Which events the party sees, and with which words: one decision per kind of event, so a new kind does not compile
 * until someone has decided whether the party may see it. The internal kinds (assignment, escalation, urgency, risk,
 * delegation, warnings and breaches, the callback's instruction, rectification) give null and stay with the court.
 */
final class PartyTimeline implements WorkOrderEvent.Visitor<PartyEntry> {

  static final PartyTimeline INSTANCE = new PartyTimeline();

  private PartyTimeline() {}

  private static PartyEntry entry(Instant at, PartyEntryKind kind) {
    return new PartyEntry(at, kind, Optional.empty());
  }

  private static PartyEntry entry(Instant at, PartyEntryKind kind, String text) {
    return new PartyEntry(at, kind, text.isEmpty() ? Optional.empty() : Optional.of(PersonalData.maskText(text)));
  }

  @Override
  public PartyEntry submitted(Submitted e) {
    return entry(e.at(), PartyEntryKind.SUBMITTED);
  }

  @Override
  public PartyEntry accepted(Accepted e) {
    return entry(e.at(), PartyEntryKind.ACCEPTED);
  }

  @Override
  public PartyEntry rejected(Rejected e) {
    return entry(e.at(), PartyEntryKind.REJECTED, e.reasonToParty());
  }

  @Override
  public PartyEntry assigned(Assigned e) {
    return null;
  }

  @Override
  public PartyEntry progressNoted(ProgressNoted e) {
    return e.audience() == NoteAudience.PARTY ? entry(e.at(), PartyEntryKind.PROGRESS, e.note()) : null;
  }

  @Override
  public PartyEntry paused(Paused e) {
    return entry(e.at(), PartyEntryKind.PAUSED);
  }

  @Override
  public PartyEntry resumed(Resumed e) {
    return entry(e.at(), PartyEntryKind.RESUMED);
  }

  @Override
  public PartyEntry urged(Urged e) {
    return entry(e.at(), PartyEntryKind.URGED, e.text());
  }

  @Override
  public PartyEntry escalated(Escalated e) {
    return null;
  }

  @Override
  public PartyEntry urgencyChanged(UrgencyChanged e) {
    return null;
  }

  @Override
  public PartyEntry riskFlagged(RiskFlagged e) {
    return null;
  }

  @Override
  public PartyEntry delegated(Delegated e) {
    return null;
  }

  @Override
  public PartyEntry delegationOverdue(DelegationOverdue e) {
    return null;
  }

  @Override
  public PartyEntry delegationReturned(DelegationReturned e) {
    return null;
  }

  @Override
  public PartyEntry resolved(Resolved e) {
    return entry(e.at(), PartyEntryKind.RESOLVED, e.result());
  }

  @Override
  public PartyEntry callbackRequested(CallbackRequested e) {
    return null;
  }

  @Override
  public PartyEntry callbackRecorded(CallbackRecorded e) {
    // A call that reached the party is one they took; the officer's note on it is the court's.
    return e.outcome() == CallbackOutcome.REACHED ? entry(e.at(), PartyEntryKind.CALLED_BACK) : null;
  }

  @Override
  public PartyEntry evaluated(Evaluated e) {
    return entry(e.at(), PartyEntryKind.EVALUATED);
  }

  @Override
  public PartyEntry closed(Closed e) {
    return entry(e.at(), PartyEntryKind.CLOSED);
  }

  @Override
  public PartyEntry withdrawn(Withdrawn e) {
    return entry(e.at(), PartyEntryKind.WITHDRAWN, e.reason());
  }

  @Override
  public PartyEntry reopened(Reopened e) {
    // Why a leader reopened it (often an officer's conduct) is the court's; that it is handled again is the party's.
    return entry(e.at(), PartyEntryKind.REOPENED);
  }

  @Override
  public PartyEntry rectificationOpened(RectificationOpened e) {
    return null;
  }

  @Override
  public PartyEntry rectificationMeasureRecorded(RectificationMeasureRecorded e) {
    return null;
  }

  @Override
  public PartyEntry rectificationClosed(RectificationClosed e) {
    return null;
  }

  @Override
  public PartyEntry slaWarned(SlaWarned e) {
    return null;
  }

  @Override
  public PartyEntry slaBreached(SlaBreached e) {
    return null;
  }

  @Override
  public PartyEntry deadlineRevised(DeadlineRevised e) {
    boolean theirs = e.which() == DeadlineKind.RESPONSE || e.which() == DeadlineKind.RESOLUTION;
    return theirs ? entry(e.at(), PartyEntryKind.DEADLINE_REVISED) : null;
  }
}
