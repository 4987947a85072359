package org.enforcementdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrgencyTest {

  @Test
  void isMoreUrgentThan_ordersFromMostUrgent() {
    assertThat(Urgency.URGENT.isMoreUrgentThan(Urgency.PRIORITY)).isTrue();
    assertThat(Urgency.NORMAL.isMoreUrgentThan(Urgency.PRIORITY)).isFalse();
  }
}
