package org.enforcementdesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Proves that the build's second test run really executes under foreign machine defaults. Without this check a
 * misconfigured Surefire execution would silently run the suite twice under the same defaults and prove nothing.
 */
class ForeignDefaultsTest {

  @Test
  @EnabledIfSystemProperty(named = "enforcementdesk.test.foreignDefaults", matches = "true")
  void foreignRun_seesHindiIndiaLocaleAndSaoPauloZone() {
    assertThat(Locale.getDefault()).isEqualTo(Locale.forLanguageTag("hi-IN"));
    assertThat(TimeZone.getDefault().getID()).isEqualTo("America/Sao_Paulo");
  }
}
