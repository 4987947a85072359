package org.enforcementdesk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.enforcementdesk.calendar.NaiveCalendar;
import org.enforcementdesk.calendar.PeriodKind;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** On the deadline benchmark's inputs the calendar and the naive oracle agree, so the benchmark times one answer. */
class DeadlineInputsTest {

  @ParameterizedTest
  @EnumSource(PeriodKind.class)
  void due_benchmarkInputs_calendarAgreesWithTheOracle(PeriodKind kind) {
    DeadlineInputs inputs = new DeadlineInputs(kind, 64, 20261126L);
    NaiveCalendar oracle = new NaiveCalendar();
    for (int i = 0; i < inputs.size(); i++) {
      assertThat(WorkingCalendar.china().due(inputs.start(i), inputs.period(i)).dueAt().toInstant())
          .as("%s from %s", inputs.period(i), inputs.start(i))
          .isEqualTo(oracle.due(inputs.start(i).toZonedDateTime(), inputs.period(i)).toInstant());
    }
  }
}
