package org.enforcementdesk.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.IntakeFacts;

/**
 * Requests of every type of the default taxonomy with facts drawn from a seed: a seizure expiring within two weeks
 * (both sides of the 7-day line), amounts on both sides of the village mediator's limit, livelihood causes, villages,
 * threatening words, case histories with repeated visits and open petitions. The same seed gives the same requests,
 * so every benchmark and the agreement test see one reproducible mix.
 */
public final class GeneratedRequests {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final List<RequestType> TYPES = TaxonomyFile.defaults().types();
  private static final List<String> CAUSES =
      List.of("民间借贷", "追索劳动报酬纠纷", "买卖合同纠纷", "机动车交通事故责任纠纷", "赡养费纠纷", "人身损害赔偿纠纷");
  private static final List<String> TEXTS =
      List.of("", "请尽快续封车辆。", "执行款什么时候发放？", "再不处理我就去上访", "我要找媒体曝光你们", "Debtor seen at the market now!");
  private static final List<String> VILLAGES = List.of("榜头镇后沁村", "园庄村", "Liyuan village");
  private static final List<String> AMOUNTS = List.of("0", "49999.99", "50000", "50000.01", "120000");
  private static final List<Channel> CHANNELS =
      List.of(Channel.WINDOW, Channel.HOTLINE, Channel.APP, Channel.MINI_PROGRAM);

  private final SplittableRandom random;
  private final OffsetDateTime first;
  private final int spreadMinutes;
  private int serial;

  private GeneratedRequests(long seed, OffsetDateTime first, int spreadMinutes) {
    this.random = new SplittableRandom(seed);
    this.first = first;
    this.spreadMinutes = spreadMinutes;
  }

  /**
   * Requests received within {@code spreadMinutes} after {@code first}.
   *
   * @param seed the seed; the same seed gives the same requests
   * @param first the earliest instant of receipt; not null
   * @param spreadMinutes how many minutes after it requests are received; positive
   */
  public static GeneratedRequests from(long seed, OffsetDateTime first, int spreadMinutes) {
    return new GeneratedRequests(seed, first, spreadMinutes);
  }

  /**
   * The same generator numbering its requests, parties and cases from {@code first} on (the default is 1), so that
   * two series on one desk never share an id.
   *
   * @param first the number of the next request; positive
   * @return this generator
   */
  public GeneratedRequests numberedFrom(int first) {
    serial = first - 1;
    return this;
  }

  /** Requests received in 2025 and 2026 (a quarter of them at UTC, the rest at +08:00). */
  public static GeneratedRequests overTwoYears(long seed) {
    return from(seed, OffsetDateTime.of(LocalDateTime.of(2025, 1, 1, 0, 0), ZoneOffset.ofHours(8)), 600 * 24 * 60);
  }

  /** The next intake: a request of a random type, and its case history. */
  public IntakeFacts nextIntake() {
    Request request = nextRequest();
    CaseHistory history = new CaseHistory(random.nextInt(0, 6), random.nextInt(0, 3), random.nextInt(4) == 0 ? 1 : 0);
    return new IntakeFacts(request, history);
  }

  /** The next request: its own id, its own party and its own case, so no two are duplicates of each other. */
  public Request nextRequest() {
    return nextRequest(TYPES.get(random.nextInt(TYPES.size())));
  }

  /** The next request of the given type. */
  public Request nextRequest(RequestType type) {
    int n = ++serial;
    OffsetDateTime received = first.plusMinutes(random.nextLong(spreadMinutes));
    if (random.nextInt(4) == 0) {
      received = received.withOffsetSameInstant(ZoneOffset.UTC);
    }
    RequestFacts facts = facts(received);
    Request.Builder request =
        Request.builder()
            .id(RequestId.of("R-" + n))
            .channel(CHANNELS.get(random.nextInt(CHANNELS.size())))
            .type(type)
            .receivedAt(received)
            .requester(Party.of("P-" + n, PartyRole.APPLICANT, "张三"))
            .text(TEXTS.get(random.nextInt(TEXTS.size())))
            .facts(facts);
    if (!facts.isCaseNotYetFiled()) {
      // A case serial has at most six digits: the year counts how often they ran out.
      request.caseNumber(CaseNumber.parse("（" + (2010 + n / 999_999) + "）闽0322执" + (n % 999_999 + 1) + "号"));
    }
    return request.build();
  }

  private RequestFacts facts(OffsetDateTime received) {
    RequestFacts.Builder facts = RequestFacts.builder();
    if (random.nextInt(4) != 0) {
      LocalDate receivedInShanghai = received.atZoneSameInstant(SHANGHAI).toLocalDate();
      facts.seizureExpiresOn(receivedInShanghai.plusDays(random.nextInt(-2, 15)));
    }
    if (random.nextBoolean()) {
      facts.amountAtStake(new BigDecimal(AMOUNTS.get(random.nextInt(AMOUNTS.size()))));
    }
    if (random.nextBoolean()) {
      facts.causeOfAction(CAUSES.get(random.nextInt(CAUSES.size())));
    }
    if (random.nextBoolean()) {
      facts.partyVillage(VILLAGES.get(random.nextInt(VILLAGES.size())));
    }
    return facts
        .livelihood(random.nextInt(4) == 0)
        .debtorLocatedNow(random.nextInt(3) == 0)
        .assetsAboutToMove(random.nextInt(3) == 0)
        .caseNotYetFiled(random.nextInt(12) == 0)
        .build();
  }
}
