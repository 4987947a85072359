package org.enforcementdesk.benchmarks;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.policy.DelegationSuggestion;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewFacts;
import org.enforcementdesk.policy.RiskFlag;
import org.enforcementdesk.sla.SlaTargets;

/**
 * The default rule book's intake decisions written by hand in plain Java, as an engineer would write them without a
 * rule engine: one map lookup for the type's row, the exceptions, risk triggers and delegation as plain conditions,
 * periods parsed once. It makes the same decision, word for word, as the Drools rule book with the default files
 * (the agreement test holds it to that), including the names of the rules that fired, so the two cost the same
 * output. The settings of {@code rule-settings.properties} are constants here: that is what the rule book's
 * editability buys back.
 *
 * <p>The baseline of the intake and submission benchmarks; it decides intake only.
 */
public final class PlainJavaIntakePolicy implements DecisionPolicy {

  /** The version its decisions name: it is no rule book. */
  public static final String VERSION = "plain-java-baseline";

  private static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");
  private static final int REPEATED_VISITS = 3;
  private static final BigDecimal VILLAGE_MEDIATOR_MAX_YUAN = new BigDecimal("50000");
  // The default phrases have no letter case, so a plain contains() is the rule book's case-insensitive match.
  private static final List<String> THREAT_PHRASES = List.of("上访", "信访", "媒体", "曝光", "跳楼", "自杀", "同归于尽");
  private static final List<String> LIVELIHOOD_CAUSES =
      List.of("追索劳动报酬", "劳动报酬", "人身损害赔偿", "机动车交通事故责任", "赡养费", "抚养费", "扶养费");

  private static final Period ONE_WORKING_DAY = Period.workingDays(1);
  private static final Period THIRTY_MINUTES = Period.naturalMinutes(30);
  private static final Period TWO_HOURS = Period.naturalHours(2);
  private static final Period THREE_NATURAL_DAYS = Period.naturalDays(3);

  private static final String ANY_TYPE_RULE =
      "Any request is normal and is answered within 1 working day and resolved within 5 working days";
  private static final Row ANY_TYPE =
      new Row(Urgency.NORMAL, ONE_WORKING_DAY, Period.workingDays(5), Period.workingDays(2), Tier.OFFICER, null, "");

  private static final ImmutableMap<String, Row> ROWS = rows();

  /** One row of the per-type table, with the any-type row's values filled in where the table leaves a cell blank. */
  private record Row(
      Urgency urgency, Period response, Period resolution, Period callback, Tier tier, String requirement,
      String rule) {

    Row with(String rule, Urgency urgency, String response, String resolution, Tier tier, String requirement) {
      return new Row(
          urgency == null ? this.urgency : urgency,
          response == null ? this.response : Period.parse(response),
          resolution == null ? this.resolution : Period.parse(resolution),
          callback,
          tier == null ? this.tier : tier,
          requirement,
          rule);
    }
  }

  private static ImmutableMap<String, Row> rows() {
    ImmutableMap.Builder<String, Row> rows = ImmutableMap.builder();
    rows.put("CHASE_PROGRESS", ANY_TYPE.with(
        "A complaint of slow progress is resolved within 3 working days",
        null, "1 working day", "3 working days", null, null));
    rows.put("CREDIT_RESTRICTION", ANY_TYPE.with(
        "A request for a consumption ban or blacklisting takes the default targets", null, null, null, null, null));
    rows.put("COERCIVE_MEASURE", ANY_TYPE.with(
        "A request for summons or detention takes the default targets unless the debtor is located now",
        null, null, null, null, null));
    rows.put("ONSITE_ENFORCEMENT", ANY_TYPE.with(
        "A request for on-site enforcement takes the default targets", null, null, null, null, null));
    rows.put("PROGRESS_QUERY", ANY_TYPE.with(
        "A progress query is answered within 4 working hours and resolved within 1 working day",
        Urgency.NORMAL, "4 working hours", "1 working day", Tier.OFFICER, null));
    rows.put("PROPERTY_LEAD", ANY_TYPE.with(
        "A property lead is a priority and is verified within 7 natural days",
        Urgency.PRIORITY, "1 working day", "7 natural days", Tier.OFFICER, null));
    rows.put("SEIZURE_REQUEST", ANY_TYPE.with(
        "A request to seize or freeze takes the default targets", null, null, null, null, null));
    rows.put("SEIZURE_RENEWAL", ANY_TYPE.with(
        "A seizure renewal is a priority and is resolved within 3 working days",
        Urgency.PRIORITY, "4 working hours", "3 working days", Tier.OFFICER, null));
    rows.put("AUCTION_PROGRESS", ANY_TYPE.with(
        "A question on valuation or auction takes the default targets", null, null, null, null, null));
    rows.put("POST_SALE_DELIVERY", ANY_TYPE.with(
        "A delivery after sale takes the default targets", null, null, null, null, null));
    rows.put("FUNDS_PAYOUT", ANY_TYPE.with(
        "A payout of collected money is a priority and is resolved within 10 working days",
        Urgency.PRIORITY, "1 working day", "10 working days", Tier.OFFICER, null));
    rows.put("FUNDS_CONFIRMATION", ANY_TYPE.with(
        "A confirmation of received money takes the default targets", null, null, null, null, null));
    rows.put("FEES_AND_AID", ANY_TYPE.with(
        "A question on fees or judicial aid takes the default targets", null, null, null, null, null));
    rows.put("CASE_RESTORATION", ANY_TYPE.with(
        "A request to restore a case takes the default targets", null, null, null, null, null));
    rows.put("SETTLEMENT_AND_RELIEF", ANY_TYPE.with(
        "A request on settlement or relief takes the default targets", null, null, null, null, null));
    rows.put("OBJECTION_GUIDANCE", ANY_TYPE.with(
        "An objection is guided within 1 working day with a one-time notice of all missing materials",
        Urgency.NORMAL, "1 working day", "1 working day", Tier.OFFICER,
        "一次性书面告知需补正的全部材料"));
    rows.put("CONDUCT_COMPLAINT", ANY_TYPE.with(
        "A complaint about an officer's conduct is a priority and starts with the centre director",
        Urgency.PRIORITY, "1 working day", "5 working days", Tier.CENTER_DIRECTOR, null));
    rows.put("PETITION", ANY_TYPE.with(
        "A petition is a priority acknowledged in writing within 15 natural days and finished within 60 natural days"
            + " by the bureau leader",
        Urgency.PRIORITY, "15 natural days", "60 natural days", Tier.BUREAU_LEADER,
        "书面告知信访人是否受理"));
    rows.put("SUGGESTION_OTHER", ANY_TYPE.with(
        "A suggestion or other request takes the default targets", null, null, null, null, null));
    return rows.build();
  }

  @Override
  public IntakeDecision intake(IntakeFacts intake) {
    Request request = intake.request();
    RequestFacts facts = request.facts();
    String type = request.type().code();
    Row row = ROWS.getOrDefault(type, ANY_TYPE);
    IntakeDecision.Builder decision = IntakeDecision.builder().ruleBookVersion(VERSION).fired(ANY_TYPE_RULE);
    if (row != ANY_TYPE) {
      decision.fired(row.rule());
    }
    Urgency urgency = row.urgency();
    Period response = row.response();
    Period resolution = row.resolution();
    Period callback = row.callback();
    Tier tier = row.tier();
    if (row.requirement() != null) {
      decision.requirement(row.requirement());
    }

    if (type.equals("SEIZURE_RENEWAL") && facts.seizureExpiresOn().isPresent()) {
      LocalDate expiry = facts.seizureExpiresOn().get();
      LocalDate received = request.receivedAt().atZoneSameInstant(COURT_ZONE).toLocalDate();
      if (ChronoUnit.DAYS.between(received, expiry) <= 7) {
        decision.fired("A seizure renewal expiring within 7 days is urgent and must finish before the seizure expires");
        urgency = Urgency.URGENT;
        response = THIRTY_MINUTES;
        resolution = TWO_HOURS;
        callback = ONE_WORKING_DAY;
        decision.requirement("在查封期限届满前办结");
      } else {
        decision.fired(
            "A seizure renewal expiring later must finish no later than the day before the seizure expires");
        decision.requirement("最迟于查封期限届满前一日办结");
      }
      decision.resolveNoLaterThan(expiry.atStartOfDay(COURT_ZONE).toOffsetDateTime());
    } else if (type.equals("COERCIVE_MEASURE") && facts.isDebtorLocatedNow()) {
      decision.fired("A request for coercive measures is urgent while the debtor is located now");
      urgency = Urgency.URGENT;
      response = THIRTY_MINUTES;
      resolution = TWO_HOURS;
      callback = ONE_WORKING_DAY;
    } else if (type.equals("PROPERTY_LEAD") && facts.areAssetsAboutToMove()) {
      decision.fired("A property lead is verified within 3 natural days when assets are about to be moved");
      resolution = THREE_NATURAL_DAYS;
    }

    CaseHistory history = intake.history();
    int visits = history.visitsWithin30Days();
    if (visits >= REPEATED_VISITS) {
      decision.fired("Visits on one case within 30 days reaching the repeated-visits threshold are repeated visits");
      decision.riskFlag(
          new RiskFlag(
              RiskKind.REPEATED_VISITS,
              "本案30日内来访" + visits + "次（" + visitsInWords(history) + "）"));
    }
    int openPetitions = intake.history().openPetitions();
    if (type.equals("PETITION")) {
      decision.fired("A petition keeps its case a risk case while it is open");
      decision.riskFlag(new RiskFlag(RiskKind.PETITION_UNRESOLVED, "本案信访尚未办结"));
      if (openPetitions > 0) {
        decision.fired("A request on a case with an open petition is a risk case");
      }
    } else if (openPetitions > 0) {
      decision.fired("A request on a case with an open petition is a risk case");
      decision.riskFlag(
          new RiskFlag(RiskKind.PETITION_UNRESOLVED, "本案有" + openPetitions + "件信访尚未办结"));
    }
    String threat = threatPhraseIn(request.unmaskedText());
    if (threat != null) {
      decision.fired(
          "Words threatening petition, media exposure or extreme acts flag a threatened petition for the bureau"
              + " leader");
      decision.riskFlag(new RiskFlag(RiskKind.PETITION_THREATENED, "当事人称\u201c" + threat + "\u201d"));
      tier = Tier.BUREAU_LEADER;
    }

    if (facts.isCaseNotYetFiled()) {
      decision.fired(
          "A request on a case not yet filed for enforcement goes to the pre-enforcement resolution team");
      decision.delegation(
          DelegationSuggestion.to(DelegationKind.PRE_ENFORCEMENT_TEAM, "案件尚未执行立案"));
    } else if (isSmallLivelihoodCase(facts)) {
      String village = facts.partyVillage().get();
      BigDecimal amount = facts.amountAtStake().get();
      decision.fired("A small livelihood case is suggested for the mediator of the party's village");
      decision.delegation(
          DelegationSuggestion.toVillageMediator(
              village, "涉民生小额案件，标的额" + amount.toPlainString() + "元，当事人所在村：" + village));
    }
    return decision
        .urgency(urgency)
        .targets(new SlaTargets(response, resolution, callback))
        .startTier(tier)
        .build();
  }

  /** "诉求2件、其他来访来电1次", as the rule book words a repeated visit. */
  private static String visitsInWords(CaseHistory history) {
    String requests = "诉求" + history.requestsWithin30Days() + "件";
    if (history.contactsWithin30Days() == 0) {
      return requests;
    }
    return requests + "、其他来访来电" + history.contactsWithin30Days() + "次";
  }

  private static boolean isSmallLivelihoodCase(RequestFacts facts) {
    if (facts.partyVillage().isEmpty() || facts.amountAtStake().isEmpty()) {
      return false;
    }
    if (facts.amountAtStake().get().compareTo(VILLAGE_MEDIATOR_MAX_YUAN) > 0) {
      return false;
    }
    return facts.isLivelihood() || isLivelihoodCause(facts.causeOfAction().orElse(null));
  }

  private static boolean isLivelihoodCause(String cause) {
    if (cause == null) {
      return false;
    }
    for (String livelihood : LIVELIHOOD_CAUSES) {
      if (cause.contains(livelihood)) {
        return true;
      }
    }
    return false;
  }

  private static String threatPhraseIn(String text) {
    for (String phrase : THREAT_PHRASES) {
      if (text.contains(phrase)) {
        return phrase;
      }
    }
    return null;
  }

  /**
   * Not part of the baseline: reviews are measured through the rule book alone.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public ReviewDecision review(ReviewFacts facts) {
    throw new UnsupportedOperationException("the plain-Java baseline decides intake only");
  }
}
