package org.enforcementdesk.order;

import java.time.Instant;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.RequestId;

/**
 * Something that happened to a work order: the request it concerns, when, who did it, and the specifics of each
 * kind. Events are immutable facts; a work order's current state is their fold, and replaying a stored stream always
 * gives the same work order. Every deadline an event causes was counted when its command ran and is recorded in it,
 * with the calendar's version, so the fold never counts time. Texts people write are held to {@link FreeText}.
 *
 * <p>Whoever interprets events does it through a {@link Visitor}, which has one method per kind and no defaults: a
 * new kind of event does not compile until every interpretation (the fold, notifications, the case side, the
 * indicators) handles it.
 */
public sealed interface WorkOrderEvent
    permits Submitted,
        Accepted,
        Rejected,
        Assigned,
        ProgressNoted,
        Paused,
        Resumed,
        Urged,
        Escalated,
        UrgencyChanged,
        RiskFlagged,
        Delegated,
        DelegationOverdue,
        DelegationReturned,
        Resolved,
        CallbackRequested,
        CallbackRecorded,
        Evaluated,
        Closed,
        Withdrawn,
        Reopened,
        RectificationOpened,
        RectificationMeasureRecorded,
        RectificationClosed,
        SlaWarned,
        SlaBreached,
        DeadlineRevised {

  /** The request (and so the work order) the event concerns; not null. */
  RequestId requestId();

  /** When it happened; not null. */
  Instant at();

  /** Who did it; not null. */
  Actor actor();

  /**
   * The event's kind as a stable name, written out in each event rather than taken from its Java class, so that it
   * survives a rename: e.g. {@code Escalated}.
   */
  String kind();

  /**
   * Calls the visitor's method for this kind of event.
   *
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of event, and no default: every interpretation of a work order's events handles all of them.
   *
   * @param <R> what each method returns
   */
  interface Visitor<R> {
    /** @return the visitor's answer for a submission */
    R submitted(Submitted event);

    /** @return the visitor's answer for an acceptance */
    R accepted(Accepted event);

    /** @return the visitor's answer for a rejection */
    R rejected(Rejected event);

    /** @return the visitor's answer for an assignment */
    R assigned(Assigned event);

    /** @return the visitor's answer for a progress note */
    R progressNoted(ProgressNoted event);

    /** @return the visitor's answer for a pause */
    R paused(Paused event);

    /** @return the visitor's answer for a resume */
    R resumed(Resumed event);

    /** @return the visitor's answer for an urge */
    R urged(Urged event);

    /** @return the visitor's answer for an escalation */
    R escalated(Escalated event);

    /** @return the visitor's answer for a change of urgency */
    R urgencyChanged(UrgencyChanged event);

    /** @return the visitor's answer for a risk flag */
    R riskFlagged(RiskFlagged event);

    /** @return the visitor's answer for a delegation */
    R delegated(Delegated event);

    /** @return the visitor's answer for an overdue delegation */
    R delegationOverdue(DelegationOverdue event);

    /** @return the visitor's answer for a returned delegation */
    R delegationReturned(DelegationReturned event);

    /** @return the visitor's answer for a resolution */
    R resolved(Resolved event);

    /** @return the visitor's answer for a callback the rules asked for */
    R callbackRequested(CallbackRequested event);

    /** @return the visitor's answer for a callback made */
    R callbackRecorded(CallbackRecorded event);

    /** @return the visitor's answer for an evaluation */
    R evaluated(Evaluated event);

    /** @return the visitor's answer for a closing */
    R closed(Closed event);

    /** @return the visitor's answer for a withdrawal */
    R withdrawn(Withdrawn event);

    /** @return the visitor's answer for a reopening */
    R reopened(Reopened event);

    /** @return the visitor's answer for a rectification item opened */
    R rectificationOpened(RectificationOpened event);

    /** @return the visitor's answer for a rectification measure */
    R rectificationMeasureRecorded(RectificationMeasureRecorded event);

    /** @return the visitor's answer for a rectification item closed */
    R rectificationClosed(RectificationClosed event);

    /** @return the visitor's answer for an at-risk warning */
    R slaWarned(SlaWarned event);

    /** @return the visitor's answer for a breach */
    R slaBreached(SlaBreached event);

    /** @return the visitor's answer for a provisional deadline revised when its year's notice arrived */
    R deadlineRevised(DeadlineRevised event);
  }
}
