package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.request;

import org.enforcementdesk.calendar.MissingYearPolicy;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.CommandRefusedException;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.testing.FixedPolicy;
import org.enforcementdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * A host that chose {@link MissingYearPolicy#FAIL}: a command whose deadline reaches a year without holiday data is
 * refused with a typed, documented exception that says how to add the year, and records nothing; once the year is
 * added and handed to the desk, the same command succeeds.
 */
class StrictCalendarDeskTest {

  private final MutableClock clock = new MutableClock("2026-12-30T10:00+08:00");
  private final InMemoryRequestLedger ledger = new InMemoryRequestLedger();
  private final EnforcementDesk desk =
      EnforcementDesk.builder()
          .policy(new FixedPolicy())
          .calendar(WorkingCalendar.builder().whenYearMissing(MissingYearPolicy.FAIL).build())
          .clock(clock)
          .ledger(ledger)
          .build();

  @Test
  void submit_intoAYearWithoutData_isRefusedTypedAndRecordsNothing_thenSucceedsOnceTheYearIsAdded() {
    // 5 working days from Wed 12-30 reach January 2027, which the shipped data lacks.
    assertThatThrownBy(() -> desk.submit(request("R-1", "PROGRESS_QUERY", "2026-12-30T10:00+08:00"), OFFICER))
        .isInstanceOfSatisfying(MissingHolidayDataException.class, e -> assertThat(e.year()).isEqualTo(2027))
        .isInstanceOf(CommandRefusedException.class)
        .hasMessageContaining("nothing was recorded")
        .hasMessageContaining("HolidayTable.china().extendedWith")
        .hasMessageContaining("desk.calendars().use");
    assertThat(ledger.read(RequestId.of("R-1"))).isEmpty();
    assertThat(ledger.pending(10)).isEmpty();

    desk.calendars().use(WorkingCalendar.builder()
        .holidays(org.enforcementdesk.calendar.HolidayTable.china().extendedWith(CalendarRevisionTest.fixture2027()))
        .whenYearMissing(MissingYearPolicy.FAIL)
        .build());

    assertThat(desk.submit(request("R-1", "PROGRESS_QUERY", "2026-12-30T10:00+08:00"), OFFICER).workOrder().id())
        .isEqualTo(RequestId.of("R-1"));
  }
}
