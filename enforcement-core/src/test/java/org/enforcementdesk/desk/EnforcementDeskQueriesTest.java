package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.desk.DeskFixtures.DIRECTOR;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.PARTY;

import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.order.WorkOrder;
import org.junit.jupiter.api.Test;

/** Work queues and the other queries: what each viewer may see, read from indexes. */
class EnforcementDeskQueriesTest {

  private final DeskFixtures f = new DeskFixtures("2026-03-03T09:00+08:00");

  private void submit(String id, String type, String caseNumber) {
    AnyActor.submit(f.desk, DeskFixtures.request(id, type, "2026-03-03T09:00+08:00", caseNumber, RequestFacts.none()), OFFICER);
  }

  @Test
  void openOrders_followTierHandlerAndResolution() {
    submit("R-1", "FUNDS_PAYOUT", "（2025）闽0322执1号");
    submit("R-2", "PETITION", "（2025）闽0322执2号");
    submit("R-3", "PROGRESS_QUERY", "（2025）闽0322执3号");
    assertThat(ids(f.desk.queues().openWorkOrders(Tier.OFFICER, OFFICER))).containsExactly("R-1", "R-3");
    assertThat(ids(f.desk.queues().openWorkOrders(Tier.BUREAU_LEADER, DIRECTOR))).containsExactly("R-2");

    f.desk.assign(RequestId.of("R-3"), DIRECTOR, Tier.OFFICER, "o-17");
    assertThat(ids(f.desk.queues().openWorkOrdersOfHandler("o-17", OFFICER))).containsExactly("R-3");

    f.desk.escalate(RequestId.of("R-1"), OFFICER, "需主任协调");
    assertThat(ids(f.desk.queues().openWorkOrders(Tier.OFFICER, OFFICER))).containsExactly("R-3");
    assertThat(ids(f.desk.queues().openWorkOrders(Tier.CENTER_DIRECTOR, OFFICER))).containsExactly("R-1");

    AnyActor.resolve(f.desk, RequestId.of("R-3"), OFFICER, "已答复");
    assertThat(f.desk.queues().openWorkOrdersOfHandler("o-17", OFFICER)).isEmpty();
    assertThat(f.desk.queues().openWorkOrders(Tier.OFFICER, OFFICER)).isEmpty();
  }

  @Test
  void delegatedTo_showsAResolverOnlyWhatIsDelegatedToThemNow() {
    submit("R-1", "FUNDS_PAYOUT", "（2025）闽0322执1号");
    submit("R-2", "FUNDS_PAYOUT", "（2025）闽0322执2号");
    Actor mediator = DeskDriver.MEDIATOR;
    f.desk.delegation().delegate(RequestId.of("R-1"), OFFICER, DeskDriver.TO_MEDIATOR, "");
    assertThat(ids(AnyActor.delegatedTo(f.desk, "vm-houqin", mediator))).containsExactly("R-1");
    assertThatThrownBy(() -> AnyActor.workOrder(f.desk, RequestId.of("R-2"), mediator)).isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> AnyActor.delegatedTo(f.desk, "vm-2", mediator)).isInstanceOf(PermissionDeniedException.class);

    AnyActor.returnDelegation(f.desk, RequestId.of("R-1"), mediator, "联系不上被执行人");
    assertThat(AnyActor.delegatedTo(f.desk, "vm-houqin", mediator)).isEmpty();
    assertThatThrownBy(() -> AnyActor.workOrder(f.desk, RequestId.of("R-1"), mediator))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("only on what is delegated to them now");
  }

  @Test
  void queues_areForCourtStaffOnly() {
    assertThatThrownBy(() -> f.desk.queues().openWorkOrders(Tier.OFFICER, PARTY))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("PARTY:P-778 may not read the open work orders of a tier: only court staff see work queues");
  }

  @Test
  void requestsOfCaseAndParty_showAPartyOnlyTheirOwn() {
    submit("R-1", "FUNDS_PAYOUT", "（2025）闽0322执1号");
    CaseNumber caseNumber = CaseNumber.parse("（2025）闽0322执1号");
    assertThat(ids(AnyActor.workOrdersOfCase(f.desk, caseNumber, PARTY))).containsExactly("R-1");
    assertThat(AnyActor.workOrdersOfCase(f.desk, caseNumber, DeskFixtures.OTHER_PARTY)).isEmpty();
    assertThat(ids(AnyActor.workOrdersOfParty(f.desk, "P-778", OFFICER))).containsExactly("R-1");
    assertThat(AnyActor.workOrdersOfParty(f.desk, "P-778", DeskFixtures.OTHER_PARTY)).isEmpty();
    assertThatThrownBy(() -> AnyActor.workOrder(f.desk, RequestId.of("R-1"), DeskFixtures.OTHER_PARTY))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("a party sees and acts on their own requests only");
  }

  private static java.util.List<String> ids(java.util.List<WorkOrder> orders) {
    return orders.stream().map(o -> o.id().value()).toList();
  }
}
