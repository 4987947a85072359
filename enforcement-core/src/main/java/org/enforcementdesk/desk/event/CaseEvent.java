package org.enforcementdesk.desk.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.policy.RiskFlag;

/**
 * Something that happened to an enforcement case as a whole rather than to one request: contacts that are not
 * requests, petitions the host reports, and the case's risk cases (风险案件). Each case has one stream of these, kept
 * beside its requests' streams; a risk case is the stretch of that stream from the first trigger after the last
 * closure to the next closure.
 */
public sealed interface CaseEvent {

  /** The enforcement case; not null. */
  CaseNumber caseNumber();

  /** When it happened; not null. */
  Instant at();

  /** Who recorded it; not null. */
  Actor actor();

  /** The event's kind as a stable name for logs and JSON, e.g. {@code RiskTriggered}. */
  default String kind() {
    return getClass().getSimpleName();
  }

  /**
   * 来访/来电: a party visited or called about the case without making a request.
   *
   * @param contact visit or call
   * @param partyId the host's id of the party who came; not blank
   * @param note what it was about; may be empty
   */
  record ContactRecorded(
      CaseNumber caseNumber, Instant at, Actor actor, ContactKind contact, String partyId, String note)
      implements CaseEvent {
    /** Validates the event. */
    public ContactRecorded {
      common(caseNumber, at, actor);
      requireNonNull(contact, "contact");
      partyId = Checks.text("partyId", partyId);
      note = requireNonNull(note, "note").strip();
    }
  }

  /**
   * 信访登记: the host reported a petition on the case, registered elsewhere; it stays open until concluded.
   *
   * @param reference the host's reference of the petition, unique within the case
   * @param note what it is about; may be empty
   */
  record PetitionReported(CaseNumber caseNumber, Instant at, Actor actor, String reference, String note)
      implements CaseEvent {
    /** Validates the event. */
    public PetitionReported {
      common(caseNumber, at, actor);
      reference = Checks.reference(reference);
      note = requireNonNull(note, "note").strip();
    }
  }

  /**
   * 信访办结: a reported petition was concluded.
   *
   * @param reference the petition's reference, as reported
   * @param note how it ended; not blank
   */
  record PetitionConcluded(CaseNumber caseNumber, Instant at, Actor actor, String reference, String note)
      implements CaseEvent {
    /** Validates the event. */
    public PetitionConcluded {
      common(caseNumber, at, actor);
      reference = Checks.reference(reference);
      note = Checks.text("note", note);
    }
  }

  /**
   * 风险触发: a risk trigger fired on the case. The first trigger after the last closure opens a risk case; later
   * ones append to it, so a case at risk is never opened twice.
   *
   * @param flag the trigger and its reason
   * @param source the request whose event raised it, or null when a contact or petition did
   * @param provenance the rules that decided it, or a person
   */
  record RiskTriggered(
      CaseNumber caseNumber, Instant at, Actor actor, RiskFlag flag, RequestId source, Provenance provenance)
      implements CaseEvent {
    /** Validates the event. */
    public RiskTriggered {
      common(caseNumber, at, actor);
      requireNonNull(flag, "flag");
      requireNonNull(provenance, "provenance");
    }

    /** The request whose event raised the trigger, if one did. */
    public Optional<RequestId> sourceRequest() {
      return Optional.ofNullable(source);
    }
  }

  /**
   * 风险维护: an upkeep action on the open risk case.
   *
   * @param upkeep what was done
   * @param note how it went; not blank
   */
  record RiskUpkeepRecorded(CaseNumber caseNumber, Instant at, Actor actor, UpkeepKind upkeep, String note)
      implements CaseEvent {
    /** Validates the event. */
    public RiskUpkeepRecorded {
      common(caseNumber, at, actor);
      requireNonNull(upkeep, "upkeep");
      note = Checks.text("note", note);
    }
  }

  /**
   * 风险化解: the open risk case was closed by a centre director or bureau leader, with the reason.
   *
   * @param reason why the risk is over; not blank
   */
  record RiskCaseClosed(CaseNumber caseNumber, Instant at, Actor actor, String reason) implements CaseEvent {
    /** Validates the event. */
    public RiskCaseClosed {
      common(caseNumber, at, actor);
      reason = Checks.text("reason", reason);
    }
  }

  private static void common(CaseNumber caseNumber, Instant at, Actor actor) {
    requireNonNull(caseNumber, "caseNumber");
    requireNonNull(at, "at");
    requireNonNull(actor, "actor");
  }
}
