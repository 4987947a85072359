package org.enforcementdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TierTest {

  @Test
  void next_climbsTierByTierAndStopsAtTheBureauLeader() {
    assertThat(Tier.OFFICER.next()).contains(Tier.CENTER_DIRECTOR);
    assertThat(Tier.CENTER_DIRECTOR.next()).contains(Tier.BUREAU_LEADER);
    assertThat(Tier.BUREAU_LEADER.next()).isEmpty();
  }

  @Test
  void isAbove_ordersByAuthority() {
    assertThat(Tier.BUREAU_LEADER.isAbove(Tier.OFFICER)).isTrue();
    assertThat(Tier.OFFICER.isAbove(Tier.OFFICER)).isFalse();
  }
}
