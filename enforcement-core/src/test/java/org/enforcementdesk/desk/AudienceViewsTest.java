package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.desk.DeskFixtures.DIRECTOR;
import static org.enforcementdesk.desk.DeskFixtures.LEADER;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.OTHER_PARTY;
import static org.enforcementdesk.desk.DeskFixtures.PARTY;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.Recipient;
import org.enforcementdesk.order.NoteAudience;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.view.PartyEntryKind;
import org.enforcementdesk.view.PartyStatus;
import org.enforcementdesk.view.PartyView;
import org.enforcementdesk.view.ResolverView;
import org.junit.jupiter.api.Test;

/**
 * What each audience sees of one order that carries everything internal: an officer's risk assessment, an internal
 * note with the debtor's phone and identity number, a note meant for the party, the delegation's instructions. Every
 * kind of actor asks every query: the requester, another party, an unknown party, the mediator it is delegated to,
 * the pre-enforcement team, a former resolver, and the three staff tiers.
 */
class AudienceViewsTest {

  private static final RequestId ID = RequestId.of("R-1");
  private static final RequestId MISSING = RequestId.of("R-404");
  private static final Actor UNKNOWN_PARTY = Actor.party("P-0");

  private static final String RISK_REASON = "扬言上访（内部研判：情绪激动）";
  private static final String INTERNAL_NOTE = "已电话联系被执行人13911112222，身份证350322199001011234，称下周付款";
  private static final String PARTY_NOTE = "已联系银行核查到账，请耐心等待，电话0591-87654321";
  private static final String INSTRUCTIONS = "请督促被执行人（138-0000-1111）履行";

  /** An unmasked mobile, landline or identity number, in any of the forms people type. */
  private static final Pattern UNMASKED = Pattern.compile(
      "1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}|\\d{17}[\\dXx]|0\\d{2,3}[-)） ]?\\d{7,8}");

  private final DeskDriver driver = new DeskDriver();
  private final EnforcementDesk desk = driver.desk();

  AudienceViewsTest() {
    driver.driveTo(ID, WorkOrderState.OPEN, DeskDriver.TO_MEDIATOR);
    desk.flagRisk(ID, OFFICER, RiskKind.PETITION_THREATENED, RISK_REASON);
    desk.noteProgress(ID, OFFICER, INTERNAL_NOTE, true);
    desk.noteProgress(ID, OFFICER, PARTY_NOTE, false, NoteAudience.PARTY);
    desk.delegation().delegate(ID, OFFICER, DeskDriver.TO_MEDIATOR, INSTRUCTIONS);
  }

  @Test
  void requester_seesTheirRequestAndPublicTimeline_andNothingInternal() {
    PartyView view = desk.forParty(PARTY.id()).request(ID);

    assertThat(view.id()).isEqualTo(ID);
    assertThat(view.status()).isEqualTo(PartyStatus.IN_HANDLING);
    assertThat(view.requesterName()).isEqualTo("张*");
    assertThat(view.requesterPhone()).contains("138****0000");
    assertThat(view.resolutionDue()).isPresent();
    assertThat(view.timeline()).extracting(e -> e.kind())
        .containsExactly(PartyEntryKind.SUBMITTED, PartyEntryKind.ACCEPTED, PartyEntryKind.PROGRESS);
    assertThat(view.timeline().get(2).text()).contains("已联系银行核查到账，请耐心等待，电话0591-****4321");
    List<String> texts = textsOf(view);
    assertThat(texts).noneMatch(t -> t.contains("扬言") || t.contains("被执行人") || t.contains("督促"));
    assertNoUnmaskedNumber(view);
    assertThat(view.toString()).doesNotContain("张三", "13800000000");
  }

  @Test
  void requester_listsOnlyTheirOwn_andOtherPartiesSeeNothing_alikeForMissingIds() {
    AnyActor.submit(desk, DeskDriver.requestOf(OTHER_PARTY, "R-2"), OTHER_PARTY);

    assertThat(desk.forParty(PARTY.id()).requests()).extracting(PartyView::id).containsExactly(ID);
    assertThat(desk.forParty(OTHER_PARTY.id()).requests()).extracting(PartyView::id).containsExactly(RequestId.of("R-2"));
    assertThat(desk.forParty(UNKNOWN_PARTY.id()).requests()).isEmpty();
    for (Actor stranger : List.of(OTHER_PARTY, UNKNOWN_PARTY)) {
      PartyDesk theirs = desk.forParty(stranger.id());
      String notTheirs = refusal(() -> theirs.request(ID));
      assertThat(refusal(() -> theirs.request(MISSING))).isEqualTo(notTheirs.replace(ID.value(), MISSING.value()));
      assertThat(refusal(() -> theirs.urge(MISSING, "催")))
          .isEqualTo(refusal(() -> theirs.urge(ID, "催")).replace(ID.value(), MISSING.value()));
      assertThat(notTheirs).doesNotContain("张", "13800000000", "DELEGATED", "OPEN");
    }
  }

  @Test
  void partyCommands_answerWithTheirView() {
    PartyDesk mine = desk.forParty(PARTY.id());

    PartyView urged = mine.urge(ID, "怎么还没发放？我的电话13800000000");

    assertThat(urged.urges()).isEqualTo(1);
    assertThat(urged.timeline().get(urged.timeline().size() - 1).text()).contains("怎么还没发放？我的电话138****0000");
    assertThat(mine.withdraw(ID, "已和解").status()).isEqualTo(PartyStatus.WITHDRAWN);
  }

  @Test
  void mediator_seesWhatTheDelegationNeeds_theContactWhole_andNothingInternal() {
    ResolverDesk mediator = desk.forResolver(DeskDriver.MEDIATOR);

    ResolverView view = mediator.delegation(ID);

    assertThat(mediator.delegations()).extracting(ResolverView::id).containsExactly(ID);
    assertThat(view.partyPhone()).contains("13800000000"); // the one contact the resolver must use
    assertThat(view.partyName()).isEqualTo("张*");
    assertThat(view.instructions()).isEqualTo("请督促被执行人（138****1111）履行");
    assertThat(view.pending()).isTrue();
    assertThat(textsOf(view)).noneMatch(t -> t.contains("扬言") || t.contains("350322") || t.contains("13911112222"));
    assertThat(view.toString()).doesNotContain("13800000000", "张三");

    ResolverView after = mediator.noteProgress(ID, "已上门", false);
    assertThat(after.pending()).isTrue();
  }

  @Test
  void otherResolvers_andAFormerOne_seeNothing_alikeForMissingIds() {
    ResolverDesk team = desk.forResolver(DeskDriver.TEAM);
    assertThat(team.delegations()).isEmpty();
    assertSameRefusal(() -> team.delegation(ID), () -> team.delegation(MISSING));

    ResolverView returned = desk.forResolver(DeskDriver.MEDIATOR).returnDelegation(ID, "无法联系");
    assertThat(returned.pending()).isFalse();
    desk.delegation().delegate(ID, OFFICER, DeskDriver.TO_TEAM, "请执前化解团队处理");

    ResolverDesk former = desk.forResolver(DeskDriver.MEDIATOR);
    assertThat(former.delegations()).isEmpty();
    assertSameRefusal(() -> former.delegation(ID), () -> former.delegation(MISSING));
    assertSameRefusal(() -> former.noteProgress(ID, "再次上门", false), () -> former.noteProgress(MISSING, "再次上门", false));
    assertThat(team.delegations()).extracting(ResolverView::id).containsExactly(ID);
  }

  @Test
  void staff_seeEverything() {
    for (Actor staff : List.of(OFFICER, DIRECTOR, LEADER)) {
      WorkOrder order = desk.workOrder(ID, staff);
      assertThat(order.riskFlags()).contains(RiskKind.PETITION_THREATENED);
      assertThat(order.delegations()).hasSize(1);
      assertThat(desk.workOrdersOfParty(PARTY.id(), staff)).extracting(WorkOrder::id).containsExactly(ID);
    }
  }

  @Test
  void onlyTheNoteForTheParty_reachesThem_masked() {
    List<Notification> toParty = driver.fixtures.ledger.pending(1_000).stream()
        .filter(n -> n.recipient().kind() == Recipient.Kind.PARTY)
        .toList();

    assertThat(toParty).filteredOn(n -> n.kind() == NotificationKind.PROGRESS)
        .singleElement()
        .satisfies(n -> assertThat(n.values().get("progress")).isEqualTo("已联系银行核查到账，请耐心等待，电话0591-****4321"));
    assertThat(toParty).allSatisfy(n -> assertThat(n.values().values()).noneMatch(v -> v.contains("被执行人")));
    assertThat(driver.fixtures.ledger.pending(1_000)).allSatisfy(n -> {
      assertThat(n.toString()).doesNotContainPattern(UNMASKED);
      assertThat(n.values().values()).noneMatch(v -> UNMASKED.matcher(v).find());
    });
  }

  private void assertSameRefusal(ThrowingCallable existing, ThrowingCallable missing) {
    assertThat(refusal(missing)).isEqualTo(refusal(existing).replace(ID.value(), MISSING.value()));
  }

  private static String refusal(ThrowingCallable call) {
    List<String> message = new ArrayList<>();
    assertThatThrownBy(call).isInstanceOfSatisfying(PermissionDeniedException.class, e -> message.add(e.getMessage()));
    return message.get(0);
  }

  private static void assertNoUnmaskedNumber(Record view) {
    assertThat(textsOf(view)).noneMatch(text -> UNMASKED.matcher(text).find());
  }

  /** Every text a view holds, however deep: what a host may put on a screen. */
  static List<String> textsOf(Object value) {
    List<String> texts = new ArrayList<>();
    collect(value, texts);
    return texts;
  }

  private static void collect(Object value, List<String> texts) {
    if (value instanceof String text) {
      texts.add(text);
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(inner -> collect(inner, texts));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(inner -> collect(inner, texts));
    } else if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          collect(component.getAccessor().invoke(record), texts);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    } else if (value != null) {
      texts.add(value.toString());
    }
  }
}
