package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.PARTY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.order.Resumed;
import org.enforcementdesk.order.SlaBreached;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.testing.FixedPolicy;
import org.junit.jupiter.api.Test;

/**
 * Behaviour the single deadline truth fixed: deadlines are what the events recorded, whatever calendar reads them
 * later, and a refusal is decided in the order the desk promises (role, then the order, then the input).
 */
class OneDeadlineTruthTest {

  private static final RequestId R1 = RequestId.of("R-1");

  /** The China calendar with the court closed on 2026-03-05, the day the period would end. */
  private static final WorkingCalendar WITH_A_CLOSURE =
      WorkingCalendar.builder().closure(LocalDate.of(2026, 3, 5), "全院业务培训").build();

  @Test
  void deadlines_stayAsRecorded_whenADeskOnAnotherCalendarReadsAndTicksThem() {
    DeskFixtures f = new DeskFixtures("2026-02-27T09:00+08:00");
    AnyActor.submit(f.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-02-27T09:00+08:00"), PARTY);
    OffsetDateTime recorded = AnyActor.workOrder(f.desk, R1, OFFICER).due(SlaTarget.RESOLUTION).orElseThrow();
    assertThat(recorded).isEqualTo(OffsetDateTime.parse("2026-03-05T17:30+08:00"));
    assertThat(WITH_A_CLOSURE.due(OffsetDateTime.parse("2026-02-27T09:00+08:00"),
            AnyActor.workOrder(f.desk, R1, OFFICER).targets().orElseThrow().resolution()).dueAt())
        .as("the other calendar would count a later day")
        .isEqualTo(OffsetDateTime.parse("2026-03-06T17:30+08:00"));

    EnforcementDesk later =
        EnforcementDesk.builder()
            .policy(new FixedPolicy())
            .calendar(WITH_A_CLOSURE)
            .clock(f.clock)
            .ledger(f.ledger)
            .build();

    assertThat(later.workOrder(R1, OFFICER).due(SlaTarget.RESOLUTION)).contains(recorded);
    assertThat(WorkOrder.fold(f.ledger.read(R1))).isEqualTo(AnyActor.workOrder(f.desk, R1, OFFICER));
    // The tick of the desk on the other calendar breaches on the recorded day, not on the day it would count.
    later.tick(Instant.parse("2026-03-05T10:00:00Z"));
    assertThat(later.workOrder(R1, OFFICER).breached()).contains(SlaTarget.RESOLUTION);
    assertThat(later.workOrder(R1, OFFICER).history())
        .extracting(r -> r.event())
        .filteredOn(SlaBreached.class::isInstance)
        .map(e -> (SlaBreached) e)
        .filteredOn(e -> e.target() == SlaTarget.RESOLUTION)
        .singleElement()
        .satisfies(e -> assertThat(e.due()).isEqualTo(recorded));
  }

  @Test
  void deadlines_recordTheCalendarVersionThatCountedThem() {
    DeskFixtures f = new DeskFixtures("2026-03-03T09:00+08:00");
    AnyActor.submit(f.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);
    f.desk.pause(R1, OFFICER, PauseReason.of(PauseKind.WAITING_FOR_PARTY_MATERIALS));
    f.clock.set("2026-03-04T09:00+08:00");
    f.desk.resume(R1, OFFICER);

    WorkOrder order = AnyActor.workOrder(f.desk, R1, OFFICER);
    assertThat(order.clock(SlaTarget.RESOLUTION).orElseThrow().deadline().orElseThrow().calendarVersion())
        .isEqualTo(WorkingCalendar.china().version())
        .isNotEqualTo(WITH_A_CLOSURE.version());
    assertThat(last(order)).isInstanceOfSatisfying(Resumed.class, e ->
        assertThat(e.resolution().at()).isEqualTo(order.due(SlaTarget.RESOLUTION).orElseThrow()));
  }

  @Test
  void flagRisk_byAnActorWhoMayNot_isDeniedBeforeItsReasonIsChecked() {
    DeskFixtures f = new DeskFixtures("2026-03-03T09:00+08:00");
    AnyActor.submit(f.desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), PARTY);

    // Before, the flag was built first: a party learned "reason must not be blank" where staff alone may flag.
    assertThatThrownBy(() -> f.desk.flagRisk(R1, PARTY, RiskKind.PETITION_THREATENED, " "))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> f.desk.flagRisk(R1, OFFICER, RiskKind.PETITION_THREATENED, " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reason");
  }

  private static WorkOrderEvent last(WorkOrder order) {
    return order.history().get(order.history().size() - 1).event();
  }
}
