package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.FreeText;
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

  /**
   * The event's kind as a stable name, written out in each event rather than taken from its Java class, so that it
   * survives a rename: e.g. {@code RiskTriggered}.
   */
  String kind();

  /**
   * Calls the visitor's method for this kind of event.
   *
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of case event, and no default: every interpretation of a case's stream handles all of them.
   *
   * @param <R> what each method returns
   */
  interface Visitor<R> {
    /** @return the visitor's answer for a contact */
    R contactRecorded(ContactRecorded event);

    /** @return the visitor's answer for a petition reported */
    R petitionReported(PetitionReported event);

    /** @return the visitor's answer for a petition concluded */
    R petitionConcluded(PetitionConcluded event);

    /** @return the visitor's answer for a risk trigger */
    R riskTriggered(RiskTriggered event);

    /** @return the visitor's answer for an upkeep action */
    R riskUpkeepRecorded(RiskUpkeepRecorded event);

    /** @return the visitor's answer for a closed risk case */
    R riskCaseClosed(RiskCaseClosed event);
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
    /**
     * Checks the event and strips its texts.
     *
     * @throws IllegalArgumentException if a text is blank where it must say something, or too long
     */
    public ContactRecorded {
      common(caseNumber, at, actor);
      requireNonNull(contact, "contact");
      partyId = FreeText.required("partyId", partyId);
      note = FreeText.optional("note", note);
    }

    @Override
    public String kind() {
      return "ContactRecorded";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.contactRecorded(this);
    }

    /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
    @Override
    public String toString() {
      return LogSafe.describe(this);
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
    /**
     * Checks the event and strips its texts.
     *
     * @throws IllegalArgumentException if a text is blank where it must say something, or too long
     */
    public PetitionReported {
      common(caseNumber, at, actor);
      reference = Checks.reference(reference);
      note = FreeText.optional("note", note);
    }

    @Override
    public String kind() {
      return "PetitionReported";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.petitionReported(this);
    }

    /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
    @Override
    public String toString() {
      return LogSafe.describe(this);
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
    /**
     * Checks the event and strips its texts.
     *
     * @throws IllegalArgumentException if a text is blank where it must say something, or too long
     */
    public PetitionConcluded {
      common(caseNumber, at, actor);
      reference = Checks.reference(reference);
      note = FreeText.required("note", note);
    }

    @Override
    public String kind() {
      return "PetitionConcluded";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.petitionConcluded(this);
    }

    /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
    @Override
    public String toString() {
      return LogSafe.describe(this);
    }
  }

  /**
   * 风险触发: a risk trigger fired on the case. The first trigger after the last closure opens a risk case; later
   * ones append to it, so a case at risk is never opened twice.
   *
   * @param flag the trigger and its reason
   * @param sourceRequest the request whose event raised it; empty when a contact or petition did
   * @param provenance the rules that decided it, or a person
   */
  record RiskTriggered(
      CaseNumber caseNumber,
      Instant at,
      Actor actor,
      RiskFlag flag,
      Optional<RequestId> sourceRequest,
      Provenance provenance)
      implements CaseEvent {
    /** Checks that nothing is missing. */
    public RiskTriggered {
      common(caseNumber, at, actor);
      requireNonNull(flag, "flag");
      requireNonNull(sourceRequest, "sourceRequest");
      requireNonNull(provenance, "provenance");
    }

    @Override
    public String kind() {
      return "RiskTriggered";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.riskTriggered(this);
    }

    /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
    @Override
    public String toString() {
      return LogSafe.describe(this);
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
    /**
     * Checks the event and strips its texts.
     *
     * @throws IllegalArgumentException if a text is blank where it must say something, or too long
     */
    public RiskUpkeepRecorded {
      common(caseNumber, at, actor);
      requireNonNull(upkeep, "upkeep");
      note = FreeText.required("note", note);
    }

    @Override
    public String kind() {
      return "RiskUpkeepRecorded";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.riskUpkeepRecorded(this);
    }

    /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
    @Override
    public String toString() {
      return LogSafe.describe(this);
    }
  }

  /**
   * 风险化解: the open risk case was closed by a centre director or bureau leader, with the reason.
   *
   * @param reason why the risk is over; not blank
   */
  record RiskCaseClosed(CaseNumber caseNumber, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Checks the event and strips its texts.
     *
     * @throws IllegalArgumentException if a text is blank where it must say something, or too long
     */
    public RiskCaseClosed {
      common(caseNumber, at, actor);
      reason = FreeText.required("reason", reason);
    }

    @Override
    public String kind() {
      return "RiskCaseClosed";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.riskCaseClosed(this);
    }

    /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
    @Override
    public String toString() {
      return LogSafe.describe(this);
    }
  }

  private static void common(CaseNumber caseNumber, Instant at, Actor actor) {
    requireNonNull(caseNumber, "caseNumber");
    requireNonNull(at, "at");
    requireNonNull(actor, "actor");
  }
}
