package org.enforcementdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatingTest {

  @Test
  void countsAsSatisfied_onlyDissatisfiedFails() {
    assertThat(Rating.SATISFIED.countsAsSatisfied()).isTrue();
    assertThat(Rating.BASICALLY_SATISFIED.countsAsSatisfied()).isTrue();
    assertThat(Rating.DISSATISFIED.countsAsSatisfied()).isFalse();
  }
}
