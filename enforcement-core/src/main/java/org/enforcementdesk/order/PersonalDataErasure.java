package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.order.CaseEvent.ContactRecorded;
import org.enforcementdesk.order.CaseEvent.PetitionConcluded;
import org.enforcementdesk.order.CaseEvent.PetitionReported;
import org.enforcementdesk.order.CaseEvent.RiskCaseClosed;
import org.enforcementdesk.order.CaseEvent.RiskTriggered;
import org.enforcementdesk.order.CaseEvent.RiskUpkeepRecorded;

/**
 * A party's personal data taken out of recorded events (PIPL Art. 47), everything else kept, so that an erased
 * party's history still folds and counts. The personal data are the ones the stored format seals for the party: the
 * requester's name, phone and identity numbers, the text of a request and of an urge, progress notes, the delegation
 * note, the result, the callback note, the evaluation's comment, and a visit's note. Each non-empty one reads
 * {@link #ERASED} afterwards; the numbers are gone. A ledger that keeps events as objects erases with this; one that
 * keeps them encrypted destroys the party's key, and its reads give the same events.
 */
public final class PersonalDataErasure {

  /** What a read shows in place of personal data whose party was erased. */
  public static final String ERASED = "［已删除 erased］";

  private PersonalDataErasure() {}

  /**
   * The event without its party's personal data.
   *
   * @param event an event of a work order whose requester is the erased party; not null
   * @return the event with its personal data erased, or the same event if it holds none
   */
  public static WorkOrderEvent erased(WorkOrderEvent event) {
    return requireNonNull(event, "event").accept(ORDERS);
  }

  /**
   * The case event without {@code partyId}'s personal data.
   *
   * @param event a case event; not null
   * @param partyId the erased party; not null
   * @return the event with that party's personal data erased, or the same event if it holds none of it
   */
  public static CaseEvent erased(CaseEvent event, String partyId) {
    requireNonNull(partyId, "partyId");
    return requireNonNull(event, "event").accept(new CaseErasure(partyId));
  }

  /** The request without its requester's name, numbers and text. */
  public static Request erased(Request request) {
    Party was = request.requester();
    return request.toBuilder().requester(Party.of(was.id(), was.role(), ERASED)).text(text(request.unmaskedText())).build();
  }

  /** Empty text stays empty: there is nothing personal in it, and the stored format does not seal it. */
  static String text(String text) {
    return text.isEmpty() ? text : ERASED;
  }

  private static final WorkOrderEvent.Visitor<WorkOrderEvent> ORDERS = new WorkOrderEvent.Visitor<>() {
    @Override
    public WorkOrderEvent submitted(Submitted e) {
      return new Submitted(e.requestId(), e.at(), e.actor(), erased(e.request()), e.history());
    }

    @Override
    public WorkOrderEvent accepted(Accepted e) {
      return e;
    }

    @Override
    public WorkOrderEvent rejected(Rejected e) {
      return e;
    }

    @Override
    public WorkOrderEvent assigned(Assigned e) {
      return e;
    }

    @Override
    public WorkOrderEvent progressNoted(ProgressNoted e) {
      return new ProgressNoted(e.requestId(), e.at(), e.actor(), text(e.note()), e.firstContact(), e.audience());
    }

    @Override
    public WorkOrderEvent paused(Paused e) {
      return e;
    }

    @Override
    public WorkOrderEvent resumed(Resumed e) {
      return e;
    }

    @Override
    public WorkOrderEvent urged(Urged e) {
      return new Urged(e.requestId(), e.at(), e.actor(), text(e.text()),
          e.duplicate().map(PersonalDataErasure::erased));
    }

    @Override
    public WorkOrderEvent escalated(Escalated e) {
      return e;
    }

    @Override
    public WorkOrderEvent urgencyChanged(UrgencyChanged e) {
      return e;
    }

    @Override
    public WorkOrderEvent riskFlagged(RiskFlagged e) {
      return e;
    }

    @Override
    public WorkOrderEvent delegated(Delegated e) {
      return new Delegated(e.requestId(), e.at(), e.actor(), e.target(), text(e.note()), e.period(), e.due(),
          e.pausesResolution());
    }

    @Override
    public WorkOrderEvent delegationOverdue(DelegationOverdue e) {
      return e;
    }

    @Override
    public WorkOrderEvent delegationReturned(DelegationReturned e) {
      return e;
    }

    @Override
    public WorkOrderEvent resolved(Resolved e) {
      return new Resolved(e.requestId(), e.at(), e.actor(), text(e.result()), e.how(), e.resolution(), e.callback());
    }

    @Override
    public WorkOrderEvent callbackRequested(CallbackRequested e) {
      return e;
    }

    @Override
    public WorkOrderEvent callbackRecorded(CallbackRecorded e) {
      return new CallbackRecorded(e.requestId(), e.at(), e.actor(), e.outcome(), text(e.note()));
    }

    @Override
    public WorkOrderEvent evaluated(Evaluated e) {
      Evaluation was = e.evaluation();
      return new Evaluated(e.requestId(), e.at(), e.actor(),
          new Evaluation(was.ratings(), text(was.comment()), was.declined()));
    }

    @Override
    public WorkOrderEvent closed(Closed e) {
      return e;
    }

    @Override
    public WorkOrderEvent withdrawn(Withdrawn e) {
      return e;
    }

    @Override
    public WorkOrderEvent reopened(Reopened e) {
      return e;
    }

    @Override
    public WorkOrderEvent rectificationOpened(RectificationOpened e) {
      return e;
    }

    @Override
    public WorkOrderEvent rectificationMeasureRecorded(RectificationMeasureRecorded e) {
      return e;
    }

    @Override
    public WorkOrderEvent rectificationClosed(RectificationClosed e) {
      return e;
    }

    @Override
    public WorkOrderEvent slaWarned(SlaWarned e) {
      return e;
    }

    @Override
    public WorkOrderEvent slaBreached(SlaBreached e) {
      return e;
    }

    @Override
    public WorkOrderEvent deadlineRevised(DeadlineRevised e) {
      return e;
    }
  };

  /** Only a visit's note is personal on a case, and only the visiting party's. */
  private record CaseErasure(String partyId) implements CaseEvent.Visitor<CaseEvent> {
    @Override
    public CaseEvent contactRecorded(ContactRecorded e) {
      return !e.partyId().equals(partyId) ? e
          : new ContactRecorded(e.caseNumber(), e.at(), e.actor(), e.contact(), e.partyId(), text(e.note()));
    }

    @Override
    public CaseEvent petitionReported(PetitionReported e) {
      return e;
    }

    @Override
    public CaseEvent petitionConcluded(PetitionConcluded e) {
      return e;
    }

    @Override
    public CaseEvent riskTriggered(RiskTriggered e) {
      return e;
    }

    @Override
    public CaseEvent riskUpkeepRecorded(RiskUpkeepRecorded e) {
      return e;
    }

    @Override
    public CaseEvent riskCaseClosed(RiskCaseClosed e) {
      return e;
    }
  }
}
