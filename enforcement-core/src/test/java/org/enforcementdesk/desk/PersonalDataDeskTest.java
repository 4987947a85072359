package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.desk.DeskFixtures.DIRECTOR;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.PARTY;
import static org.enforcementdesk.desk.DeskFixtures.request;

import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.PersonalDataErasure;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.store.ErasureHold;
import org.enforcementdesk.store.ErasureRefusedException;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.testing.FixedPolicy;
import org.enforcementdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** Erasure through the desk: leaders only, holds named in the refusal, the order still there and still handled. */
class PersonalDataDeskTest {

  private final MutableClock clock = new MutableClock("2026-03-02T09:00+08:00");
  private final EnforcementDesk desk = EnforcementDesk.builder().policy(new FixedPolicy()).clock(clock)
      .ledger(new InMemoryRequestLedger()).resolvers(DeskFixtures.RESOLVERS).build();
  private final RequestId id = RequestId.of("R-1");

  @Test
  void anErasedPartysOrder_staysInTheDesk_withoutItsPersonalData() {
    desk.submit(request("R-1", "PROGRESS_QUERY", "2026-03-02T09:00+08:00"), OFFICER);
    desk.noteProgress(id, OFFICER, "已电话联系张三", true);

    assertThat(desk.personalData().erase(PARTY.id(), DIRECTOR)).isEqualTo(1);

    WorkOrder order = desk.workOrder(id, OFFICER);
    assertThat(order.request().requester().unmaskedName()).isEqualTo(PersonalDataErasure.ERASED);
    assertThat(order.request().requester().unmaskedPhone()).isEmpty();
    assertThat(order.request().unmaskedText()).isEqualTo(PersonalDataErasure.ERASED);
    assertThat(order.toString()).doesNotContain("张三").doesNotContain("13800000000");
    assertThat(desk.resolve(id, OFFICER, "已答复").state()).isNotEqualTo(order.state());
  }

  @Test
  void onlyLeadersErase_orPlaceHolds() {
    desk.submit(request("R-1", "PROGRESS_QUERY", "2026-03-02T09:00+08:00"), OFFICER);
    ErasureHold hold = ErasureHold.legalHold(PARTY.id(), "审计", "年度审计");

    assertThatThrownBy(() -> desk.personalData().erase(PARTY.id(), OFFICER))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> desk.personalData().erase(PARTY.id(), PARTY))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> desk.personalData().placeHold(hold, OFFICER))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(desk.workOrder(id, OFFICER).request().requester().unmaskedName()).isEqualTo("张三");

    desk.personalData().placeHold(hold, DIRECTOR);
    assertThat(desk.personalData().holds(PARTY.id(), DIRECTOR)).containsExactly(hold);
    assertThatThrownBy(() -> desk.personalData().erase(PARTY.id(), DIRECTOR))
        .isInstanceOf(ErasureRefusedException.class).hasMessageContaining("审计 (年度审计)");
    assertThat(desk.personalData().releaseHold(PARTY.id(), "审计", DIRECTOR)).isTrue();
    assertThat(desk.personalData().erase(PARTY.id(), DIRECTOR)).isEqualTo(1);
  }
}
