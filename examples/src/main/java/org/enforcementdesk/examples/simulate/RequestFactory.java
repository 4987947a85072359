package org.enforcementdesk.examples.simulate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.SplittableRandom;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Taxonomy;

/**
 * Writes the requests parties make: the type, what they say, and the facts the rules read (cause of action, amount,
 * village, a seizure's expiry, a debtor located now), on a case of the court's caseload or on one not yet filed.
 */
final class RequestFactory {

  /** What a party says, by request type: plain words, none of them a threat. */
  private static final Map<String, String> TEXTS =
      Map.ofEntries(
          Map.entry("PROGRESS_QUERY", "请问案件执行到哪一步了？"),
          Map.entry("CHASE_PROGRESS", "案件很久没有进展，请尽快执行。"),
          Map.entry("FUNDS_PAYOUT", "执行款已到账，请尽快发放。"),
          Map.entry("PROPERTY_LEAD", "发现被执行人名下有车辆，提供财产线索。"),
          Map.entry("CREDIT_RESTRICTION", "申请对被执行人限制消费、纳入失信名单。"),
          Map.entry("SEIZURE_REQUEST", "申请查封被执行人的房产。"),
          Map.entry("SEIZURE_RENEWAL", "车辆查封即将到期，请尽快续封。"),
          Map.entry("COERCIVE_MEASURE", "被执行人拒不履行，申请拘留。"),
          Map.entry("ONSITE_ENFORCEMENT", "申请现场执行，腾退房屋。"),
          Map.entry("AUCTION_PROGRESS", "请问房产拍卖进度如何？"),
          Map.entry("POST_SALE_DELIVERY", "拍卖成交后请尽快交付。"),
          Map.entry("FUNDS_CONFIRMATION", "请确认执行款是否到账。"),
          Map.entry("FEES_AND_AID", "申请退还执行费。"),
          Map.entry("CASE_RESTORATION", "发现新的财产，申请恢复执行。"),
          Map.entry("SETTLEMENT_AND_RELIEF", "双方已达成和解，申请解除措施。"),
          Map.entry("OBJECTION_GUIDANCE", "对执行行为有异议，咨询如何提出。"),
          Map.entry("CONDUCT_COMPLAINT", "反映承办人态度不好。"),
          Map.entry("PETITION", "对执行结果不服，提出申诉。"),
          Map.entry("SUGGESTION_OTHER", "对执行工作提一点建议。"));

  /** Words a party threatening to petition might add; the rule book's phrase list catches them. */
  private static final String THREAT = "再不处理我就去上访。";

  private final Taxonomy taxonomy = TaxonomyFile.defaults();
  private final ZoneId zone;
  private final Parties parties;
  private final String idPrefix;
  private int issued;

  RequestFactory(Court court, int year, ZoneId zone, Parties parties) {
    this.zone = zone;
    this.parties = parties;
    this.idPrefix = "R-" + court.digits() + "-" + year + "-";
  }

  /** A request about a case of the court. */
  Request onCase(EnforcementCase onCase, Instant at, Channel channel, SplittableRandom random) {
    String type = BehaviourModel.TYPES.draw(random);
    Party requester = random.nextDouble() < BehaviourModel.BY_APPLICANT ? onCase.applicant() : onCase.respondent();
    LocalDate today = at.atZone(zone).toLocalDate();
    RequestFacts.Builder facts =
        RequestFacts.builder().causeOfAction(onCase.cause()).amountAtStake(onCase.amount());
    if (onCase.village() != null) {
      facts.partyVillage(onCase.village());
    }
    if (type.equals("SEIZURE_RENEWAL")) {
      // Most parties ask in good time; some only in the last week, which makes it urgent.
      facts.seizureExpiresOn(today.plusDays(random.nextDouble() < 0.3 ? random.nextInt(2, 8) : random.nextInt(10, 60)));
    }
    if (type.equals("COERCIVE_MEASURE")) {
      facts.debtorLocatedNow(random.nextDouble() < 0.3);
    }
    if (type.equals("PROPERTY_LEAD")) {
      facts.assetsAboutToMove(random.nextDouble() < 0.15);
    }
    return build(type, requester, at, channel, random, facts.build(), onCase);
  }

  /** A request about a case not yet filed for enforcement (执前): a new party, no case number. */
  Request notYetFiled(Instant at, Channel channel, SplittableRandom random) {
    String cause = BehaviourModel.CAUSES.draw(random);
    RequestFacts facts =
        RequestFacts.builder()
            .caseNotYetFiled(true)
            .causeOfAction(cause)
            .amountAtStake(Caseload.amount(random, false))
            .build();
    Party requester = parties.next(PartyRole.APPLICANT, random, false);
    return build("CHASE_PROGRESS", requester, at, channel, random, facts, null);
  }

  /** The same request made again by the same party (a duplicate the desk links to the open one as an urge). */
  Request again(Request original, Instant at, Channel channel) {
    Request.Builder copy =
        Request.builder()
            .id(nextId())
            .channel(channel)
            .type(original.type())
            .receivedAt(OffsetDateTime.ofInstant(at, zone))
            .requester(original.requester())
            .text("再次反映：" + original.unmaskedText())
            .facts(original.facts());
    original.caseNumber().ifPresent(copy::caseNumber);
    return copy.build();
  }

  private Request build(
      String type,
      Party requester,
      Instant at,
      Channel channel,
      SplittableRandom random,
      RequestFacts facts,
      EnforcementCase onCase) {
    String text = TEXTS.get(type);
    if (random.nextDouble() < BehaviourModel.THREAT_IN_TEXT) {
      text = text + THREAT;
    }
    Request.Builder request =
        Request.builder()
            .id(nextId())
            .channel(channel)
            .type(taxonomy.type(type))
            .receivedAt(OffsetDateTime.ofInstant(at, zone))
            .requester(requester)
            .text(text)
            .facts(facts);
    if (onCase != null) {
      request.caseNumber(onCase.number());
    }
    return request.build();
  }

  private RequestId nextId() {
    issued++;
    return RequestId.of(idPrefix + issued);
  }
}
