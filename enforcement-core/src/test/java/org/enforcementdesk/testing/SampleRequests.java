package org.enforcementdesk.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RequestType;

/** Requests for tests: one realistic fixed sample, and random valid ones driven by a seed. */
public final class SampleRequests {

  private static final List<Channel> CHANNELS =
      List.of(Channel.WINDOW, Channel.HOTLINE, Channel.APP, Channel.MINI_PROGRAM);
  private static final List<String> COURTS = List.of("闽0322", "闽03", "闽", "京0105", "粤0304", "最高法");
  private static final List<String> CASE_TYPES = List.of("执", "执恢", "执保", "执异", "执复", "执监", "执协", "执他");
  private static final List<String> CAUSES = List.of("民间借贷", "追索劳动报酬", "买卖合同纠纷", "机动车交通事故责任纠纷");
  private static final List<String> NAMES = List.of("张三", "李四", "王五", "陈六", "林某某", "福建某某有限公司");
  private static final List<String> TEXTS =
      List.of("", "请尽快续封车辆，查封下周到期。", "执行款什么时候发放？", "Debtor seen at the market now!", "  多次催办无果  ");

  private SampleRequests() {}

  /** A seizure-renewal request by hotline, with every typed fact the rules read and one fact of the court's own. */
  public static Request seizureRenewal() {
    return Request.builder()
        .id(RequestId.of("R-2026-000123"))
        .caseNumber(CaseNumber.parse("（2025）闽0322执1234号"))
        .channel(Channel.HOTLINE)
        .type(TaxonomyFile.defaults().type("SEIZURE_RENEWAL"))
        .receivedAt(OffsetDateTime.parse("2026-03-02T09:15+08:00"))
        .requester(
            Party.of("P-778", PartyRole.APPLICANT, "张三")
                .withPhone("13800000000")
                .withIdNumber("35032219900101123X"))
        .text("车辆查封3月6日到期，请尽快续封。")
        .facts(
            RequestFacts.builder()
                .seizureExpiresOn(LocalDate.parse("2026-03-06"))
                .amountAtStake(new BigDecimal("86000.5"))
                .causeOfAction("民间借贷")
                .partyVillage("榜头镇后沁村")
                .other("hostPriorityFlag", "\"amber\"")
                .build())
        .build();
  }

  /** A random valid request; the same seed gives the same request. */
  public static Request random(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<RequestType> types = TaxonomyFile.defaults().types();
    RequestFacts facts = randomFacts(random);
    Request.Builder request =
        Request.builder()
            .id(RequestId.of("R-" + random.nextInt(1, 1_000_000)))
            .channel(pick(random, CHANNELS))
            .type(pick(random, types))
            .receivedAt(randomInstant(random))
            .requester(randomParty(random))
            .text(pick(random, TEXTS))
            .facts(facts);
    if (!facts.isCaseNotYetFiled() || random.nextBoolean()) {
      request.caseNumber(randomCaseNumber(random));
    }
    return request.build();
  }

  private static CaseNumber randomCaseNumber(SplittableRandom random) {
    String suffix = random.nextInt(5) == 0 ? "之" + pick(random, List.of("一", "二", "十一")) : "";
    return CaseNumber.parse(
        "（"
            + random.nextInt(2016, 2027)
            + "）"
            + pick(random, COURTS)
            + pick(random, CASE_TYPES)
            + random.nextInt(1, 100_000)
            + "号"
            + suffix);
  }

  private static OffsetDateTime randomInstant(SplittableRandom random) {
    LocalDateTime local =
        LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(random.nextLong(3L * 366 * 24 * 60)).plusSeconds(
            random.nextBoolean() ? 0 : random.nextInt(60));
    ZoneOffset offset = random.nextInt(4) == 0 ? ZoneOffset.UTC : ZoneOffset.ofHours(8);
    return OffsetDateTime.of(local, offset);
  }

  private static Party randomParty(SplittableRandom random) {
    Party party =
        Party.of("P-" + random.nextInt(1, 100_000), pick(random, List.of(PartyRole.values())), pick(random, NAMES));
    if (random.nextBoolean()) {
      party = party.withPhone("1" + (3 + random.nextInt(7)) + String.valueOf(random.nextLong(100_000_000L, 1_000_000_000L)));
    }
    if (random.nextBoolean()) {
      party = party.withIdNumber("350322" + random.nextInt(1950, 2005) + "0101" + random.nextInt(100, 1000) + "X");
    }
    return party;
  }

  private static RequestFacts randomFacts(SplittableRandom random) {
    RequestFacts.Builder facts = RequestFacts.builder();
    if (random.nextBoolean()) {
      facts.seizureExpiresOn(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1200)));
    }
    if (random.nextBoolean()) {
      facts.amountAtStake(BigDecimal.valueOf(random.nextLong(0, 100_000_000_00L), 2));
    }
    if (random.nextBoolean()) {
      facts.causeOfAction(pick(random, CAUSES));
    }
    facts.livelihood(random.nextInt(4) == 0);
    facts.debtorLocatedNow(random.nextInt(8) == 0);
    facts.assetsAboutToMove(random.nextInt(8) == 0);
    facts.caseNotYetFiled(random.nextInt(6) == 0);
    if (random.nextBoolean()) {
      facts.partyVillage(pick(random, List.of("后沁村", "园庄村", "Liyuan village")));
    }
    if (random.nextInt(3) == 0) {
      facts.other("courtFlag" + random.nextInt(3), pick(random, List.of("true", "42", "\"x\"", "[1,2]", "{\"a\":{\"b\":null}}")));
    }
    return facts.build();
  }

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
