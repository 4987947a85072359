package org.enforcementdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.ContactKind;
import org.junit.jupiter.api.Test;

/**
 * The JSON report: byte for byte as the golden file (the sample in docs/indicators.md comes from it), and read back
 * it says what the report says.
 */
class IndicatorJsonTest {

  private static final ReportPeriod MARCH = ReportPeriod.month(2026, 3);
  private static final String GOLDEN = "/org/enforcementdesk/metrics/golden-report.json";

  /** One request resolved on time and evaluated, one contact, one risk case; host figures for March only. */
  static IndicatorReport smallReport() {
    History h = new History();
    h.order("R1", "2026-03-02T09:00").cause("民间借贷").accepted()
        .assigned("2026-03-02T09:05", Tier.OFFICER, "o-1")
        .contact("2026-03-02T10:00")
        .resolved("2026-03-04T11:00")
        .callback("2026-03-05T10:00", CallbackOutcome.REACHED)
        .evaluated("2026-03-05T10:05", Evaluation.all(Rating.BASICALLY_SATISFIED, ""));
    h.order("R0", "2026-02-10T09:00").accepted().resolved("2026-02-11T09:00");
    h.onCase(History.CASE_1)
        .contact("2026-03-11T09:00", ContactKind.VISIT)
        .risk("2026-03-12T11:00", RiskKind.REPEATED_VISITS);
    HostFigures host =
        HostFigures.builder()
            .enforcementCases(MARCH, 50)
            .enforcementCases(MARCH.previous(), 40)
            .notificationsPushed(MARCH, Map.of(NotificationKind.ACCEPTANCE_NOTICE, 1L))
            .build();
    return h.report(MARCH, host);
  }

  @Test
  void json_isByteIdenticalToTheGoldenFile() throws IOException {
    String json = smallReport().toJson();
    String golden;
    try (InputStream in = IndicatorJsonTest.class.getResourceAsStream(GOLDEN)) {
      if (in == null) {
        Path written = Path.of("target", "golden-report.json");
        Files.writeString(written, json, StandardCharsets.UTF_8);
        throw new AssertionError("no golden file " + GOLDEN + "; the report was written to " + written.toAbsolutePath());
      }
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(json).isEqualTo(golden.strip());
  }

  @Test
  void json_readBack_saysWhatTheReportSays() throws IOException {
    IndicatorReport report = smallReport();
    String json = report.toJson();
    JsonNode root =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json);
    assertThat(root.get("format").asText()).isEqualTo(IndicatorJson.FORMAT);
    assertThat(root.get("period").get("start").asText()).isEqualTo("2026-03-01T00:00+08:00");
    assertThat(root.get("as_of").asText()).isEqualTo("2026-04-01T00:00+08:00");
    JsonNode indicators = root.get("indicators");
    assertThat(indicators.size()).isEqualTo(IndicatorId.values().length);
    for (Indicator indicator : report.indicators()) {
      JsonNode node = indicators.get(indicator.id().id());
      assertThat(node.get("name_zh").asText()).isEqualTo(indicator.id().chineseName());
      assertThat(node.get("definition").get("numerator").asText()).isEqualTo(indicator.definition().numerator());
      JsonNode current = node.get("current");
      assertThat(current.get("applicable").asBoolean()).isEqualTo(indicator.current().isApplicable());
      assertThat(current.get("display").asText()).isEqualTo(indicator.current().display());
      if (indicator.current().isApplicable()) {
        assertThat(current.get("value").decimalValue()).isEqualByComparingTo(indicator.current().value().orElseThrow());
      } else {
        assertThat(current.get("value").isNull()).isTrue();
      }
      assertThat(node.get("breakdowns").size()).isEqualTo(indicator.id().breakdowns().size());
    }
    JsonNode satisfaction = indicators.get("satisfaction_rate").get("current");
    assertThat(satisfaction.get("numerator").asLong()).isEqualTo(1);
    assertThat(satisfaction.get("denominator").asLong()).isEqualTo(1);
    assertThat(satisfaction.get("value").decimalValue()).isEqualByComparingTo("1");
    assertThat(json).contains("\"value\": 1.000000,").doesNotContain("E+").doesNotContain("\r");
    JsonNode ratio = indicators.get("case_visit_ratio");
    assertThat(ratio.get("current").get("display").asText()).isEqualTo("4.00%"); // R1 + the contact over 50
    // February: R0 over 40 cases; 2/50 against 1/40 is 0.04 / 0.025 - 1 = +60%.
    assertThat(ratio.get("change_vs_previous").get("relative").decimalValue()).isEqualByComparingTo("0.6");
    assertThat(ratio.get("change_vs_previous").get("display").asText()).isEqualTo("+60.00%");
  }
}
