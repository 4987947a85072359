package org.enforcementdesk.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.policy.IntakeFacts;

/**
 * DOMAIN.md section 10's intake table written out in plain Java, independently of the rule files: the oracle the
 * property test holds the Drools decisions to.
 */
final class Section10Oracle {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final List<String> THREATS = List.of("上访", "信访", "媒体", "曝光", "跳楼", "自杀", "同归于尽");
  private static final List<String> LIVELIHOOD =
      List.of("追索劳动报酬", "劳动报酬", "人身损害赔偿", "机动车交通事故责任", "赡养费", "抚养费", "扶养费");

  /** What section 10 expects. */
  record Expected(
      Urgency urgency,
      String response,
      String resolution,
      String callback,
      Tier tier,
      Set<String> requirements,
      Set<RiskKind> risks,
      DelegationKind delegation,
      String village,
      OffsetDateTime limit) {}

  private Section10Oracle() {}

  static Expected expect(IntakeFacts intake) {
    Request request = intake.request();
    RequestFacts facts = request.facts();
    String type = request.type().code();
    Urgency urgency = Urgency.NORMAL;
    String response = "1 working day";
    String resolution = "5 working days";
    String callback = "2 working days";
    Tier tier = Tier.OFFICER;
    Set<String> requirements = new TreeSet<>();
    Set<RiskKind> risks = EnumSet.noneOf(RiskKind.class);
    OffsetDateTime limit = null;
    LocalDate received = request.receivedAt().atZoneSameInstant(SHANGHAI).toLocalDate();
    switch (type) {
      case "PROGRESS_QUERY" -> {
        response = "4 working hours";
        resolution = "1 working day";
      }
      case "CHASE_PROGRESS" -> resolution = "3 working days";
      case "SEIZURE_RENEWAL" -> {
        urgency = Urgency.PRIORITY;
        response = "4 working hours";
        resolution = "3 working days";
        if (facts.seizureExpiresOn().isPresent()) {
          LocalDate expiry = facts.seizureExpiresOn().get();
          limit = expiry.atStartOfDay(SHANGHAI).toOffsetDateTime();
          if (ChronoUnit.DAYS.between(received, expiry) <= 7) {
            urgency = Urgency.URGENT;
            response = "30 natural minutes";
            resolution = "2 natural hours";
            callback = "1 working day";
            requirements.add("在查封期限届满前办结");
          } else {
            requirements.add("最迟于查封期限届满前一日办结");
          }
        }
      }
      case "COERCIVE_MEASURE" -> {
        if (facts.isDebtorLocatedNow()) {
          urgency = Urgency.URGENT;
          response = "30 natural minutes";
          resolution = "2 natural hours";
          callback = "1 working day";
        }
      }
      case "PROPERTY_LEAD" -> {
        urgency = Urgency.PRIORITY;
        resolution = facts.areAssetsAboutToMove() ? "3 natural days" : "7 natural days";
      }
      case "FUNDS_PAYOUT" -> {
        urgency = Urgency.PRIORITY;
        resolution = "10 working days";
      }
      case "OBJECTION_GUIDANCE" -> {
        resolution = "1 working day";
        requirements.add("一次性书面告知需补正的全部材料");
      }
      case "CONDUCT_COMPLAINT" -> {
        urgency = Urgency.PRIORITY;
        tier = Tier.CENTER_DIRECTOR;
      }
      case "PETITION" -> {
        urgency = Urgency.PRIORITY;
        response = "15 natural days";
        resolution = "60 natural days";
        tier = Tier.BUREAU_LEADER;
        requirements.add("书面告知信访人是否受理");
        risks.add(RiskKind.PETITION_UNRESOLVED);
      }
      default -> {
        // the default row
      }
    }
    if (intake.history().visitsWithin30Days() >= 3) {
      risks.add(RiskKind.REPEATED_VISITS);
    }
    if (intake.history().openPetitions() > 0) {
      risks.add(RiskKind.PETITION_UNRESOLVED);
    }
    if (THREATS.stream().anyMatch(request.unmaskedText()::contains)) {
      risks.add(RiskKind.PETITION_THREATENED);
      tier = Tier.BUREAU_LEADER;
    }
    DelegationKind delegation = null;
    String village = null;
    boolean livelihood =
        facts.isLivelihood()
            || facts.causeOfAction().map(c -> LIVELIHOOD.stream().anyMatch(c::contains)).orElse(false);
    if (facts.isCaseNotYetFiled()) {
      delegation = DelegationKind.PRE_ENFORCEMENT_TEAM;
    } else if (livelihood
        && facts.partyVillage().isPresent()
        && facts.amountAtStake().map(a -> a.compareTo(new BigDecimal("50000")) <= 0).orElse(false)) {
      delegation = DelegationKind.VILLAGE_MEDIATOR;
      village = facts.partyVillage().get();
    }
    return new Expected(
        urgency, response, resolution, callback, tier, requirements, risks, delegation, village, limit);
  }
}
