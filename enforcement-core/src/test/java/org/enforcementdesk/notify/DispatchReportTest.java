package org.enforcementdesk.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DispatchReportTest {

  @Test
  void takenAndStillPending_addUpTheCounts() {
    DispatchReport report = new DispatchReport(5, 2, 3);

    assertThat(report.taken()).isEqualTo(10);
    assertThat(report.stillPending()).isEqualTo(5);
  }

  @Test
  void constructor_negativeCount_throwsNamingTheCounts() {
    assertThatThrownBy(() -> new DispatchReport(1, -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts cannot be negative, nor more parked than failed: delivered 1, failed -1, held back 0,"
            + " parked 0");
    assertThatThrownBy(() -> new DispatchReport(1, 1, 0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parked 2");
  }
}
