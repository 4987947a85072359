package org.enforcementdesk.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.IntakeFacts;

/**
 * The fact intake rules match: a read-only view of a new request and its case history, in the vocabulary of the rule
 * files ({@code typeCode}, {@code daysUntilSeizureExpiry}, {@code visitsWithin30Days} ...). Missing optional facts
 * read as null, so a rule says {@code seizureExpiresOn != null}. Immutable: rules read it and never change it.
 *
 * <p>Days are counted in the court's zone, Asia/Shanghai, whatever offset the request arrived with.
 */
public final class IntakeRequest {

  /** The court's zone: the day a request arrives on and the day a seizure lapses are days there. */
  public static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

  private final Request request;
  private final RequestFacts facts;
  private final CaseHistory history;

  IntakeRequest(IntakeFacts facts) {
    this.request = facts.request();
    this.facts = request.facts();
    this.history = facts.history();
  }

  /** The request type's stable code, e.g. {@code SEIZURE_RENEWAL}. */
  public String getTypeCode() {
    return request.type().code();
  }

  /** The category's stable code, e.g. {@code INQUIRY_AND_CONTROL}. */
  public String getCategoryCode() {
    return request.type().category().code();
  }

  /** When the court received the request. */
  public OffsetDateTime getReceivedAt() {
    return request.receivedAt();
  }

  /** The day of receipt in the court's zone. */
  public LocalDate getReceivedOn() {
    return request.receivedAt().atZoneSameInstant(COURT_ZONE).toLocalDate();
  }

  /** The party's words; empty, never null. */
  public String getText() {
    return request.unmaskedText();
  }

  /** The day the seizure, freeze or detention lapses, or null. */
  public LocalDate getSeizureExpiresOn() {
    return facts.seizureExpiresOn().orElse(null);
  }

  /** Whole days from the day of receipt to the day the seizure lapses (0 = lapses today, negative = lapsed), or null. */
  public Long getDaysUntilSeizureExpiry() {
    return facts.seizureExpiresOn().map(expiry -> ChronoUnit.DAYS.between(getReceivedOn(), expiry)).orElse(null);
  }

  /**
   * The start (00:00, Asia/Shanghai) of the day the seizure lapses, or null: work that must finish before the
   * seizure lapses must finish before this instant.
   */
  public OffsetDateTime getSeizureExpiryDayStart() {
    return facts.seizureExpiresOn().map(d -> d.atStartOfDay(COURT_ZONE).toOffsetDateTime()).orElse(null);
  }

  /** The amount at stake in yuan, or null. */
  public BigDecimal getAmountAtStakeYuan() {
    return facts.amountAtStake().orElse(null);
  }

  /** The cause of action, or null. */
  public String getCauseOfAction() {
    return facts.causeOfAction().orElse(null);
  }

  /** Whether the host marks the case as a livelihood case. */
  public boolean isLivelihood() {
    return facts.isLivelihood();
  }

  /** Whether the debtor has just been located and can be reached now. */
  public boolean isDebtorLocatedNow() {
    return facts.isDebtorLocatedNow();
  }

  /** Whether assets are about to be moved or hidden. */
  public boolean isAssetsAboutToMove() {
    return facts.areAssetsAboutToMove();
  }

  /** The party's village, or null. */
  public String getPartyVillage() {
    return facts.partyVillage().orElse(null);
  }

  /** Whether the case has not yet been filed for enforcement. */
  public boolean isCaseNotYetFiled() {
    return facts.isCaseNotYetFiled();
  }

  /** Requests on the case within 30 days, this one included. */
  public int getRequestsWithin30Days() {
    return history.requestsWithin30Days();
  }

  /** Walk-in visits and calls about the case within 30 days that were not requests. */
  public int getContactsWithin30Days() {
    return history.contactsWithin30Days();
  }

  /** Visits of any kind on the case within 30 days: requests (this one included) and other contacts. */
  public int getVisitsWithin30Days() {
    return history.visitsWithin30Days();
  }

  /** How the visits are made up, in Chinese for a reason: {@code "诉求2件、其他来访来电1次"}. */
  public String getVisitsInWords() {
    return VisitWords.of(history);
  }

  /** Petitions on the case not yet finished. */
  public int getOpenPetitions() {
    return history.openPetitions();
  }

  @Override
  public String toString() {
    // The request's own toString masks personal data; rule traces may print facts.
    return "IntakeRequest[" + request + "]";
  }
}
