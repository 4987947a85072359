package org.enforcementdesk.metrics;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Map;

/**
 * Writes an {@link IndicatorReport} as JSON for a host's dashboards: snake_case field names that do not change
 * within a format version ({@value #FORMAT}), indicators in catalogue order, breakdown keys sorted, numbers exact
 * (rates to six decimal places, never in exponent notation), two-space indentation and {@code \n} line ends, so the
 * same history always gives byte-identical JSON. Every field is listed in docs/indicators.md.
 */
public final class IndicatorJson {

  /** The format name and version written in the {@code format} field. */
  public static final String FORMAT = "enforcement-desk-indicators/1";

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .writer(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private IndicatorJson() {}

  /**
   * The report as JSON text, ending without a line break.
   *
   * @throws NullPointerException if {@code report} is null
   */
  public static String write(IndicatorReport report) {
    requireNonNull(report, "report");
    try {
      return WRITER.writeValueAsString(tree(report));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an indicator report could not be written as JSON", e);
    }
  }

  /**
   * The report as a JSON tree, for hosts that embed it in their own documents.
   *
   * @throws NullPointerException if {@code report} is null
   */
  public static ObjectNode tree(IndicatorReport report) {
    requireNonNull(report, "report");
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.set("period", period(report.period(), report.zone()));
    root.set("previous_period", period(report.previousPeriod(), report.zone()));
    root.set("year_earlier_period", period(report.yearEarlierPeriod(), report.zone()));
    root.put("zone", report.zone().getId());
    root.put("as_of", report.asOf().toString());
    ObjectNode indicators = root.putObject("indicators");
    for (Indicator indicator : report.indicators()) {
      indicators.set(indicator.id().id(), indicator(indicator));
    }
    return root;
  }

  private static ObjectNode period(ReportPeriod period, ZoneId zone) {
    ObjectNode node = NODES.objectNode();
    node.put("granularity", period.granularity().name());
    node.put("label", period.label());
    node.put("start", period.start().atStartOfDay(zone).toOffsetDateTime().toString());
    node.put("end", period.end().atStartOfDay(zone).toOffsetDateTime().toString());
    return node;
  }

  private static ObjectNode indicator(Indicator indicator) {
    IndicatorId id = indicator.id();
    ObjectNode node = NODES.objectNode();
    node.put("name_zh", id.chineseName());
    node.put("name_en", id.englishName());
    node.put("unit", id.unit().jsonName());
    ObjectNode definition = node.putObject("definition");
    definition.put("numerator", id.definition().numerator());
    definition.put("denominator", id.definition().denominator());
    definition.put("period", id.definition().period());
    definition.put("filters", id.definition().filters());
    node.set("current", measure(indicator.current()));
    node.set("previous", measure(indicator.previous()));
    node.set("year_earlier", measure(indicator.yearEarlier()));
    node.set("change_vs_previous", change(indicator.changeVsPrevious()));
    node.set("change_year_over_year", change(indicator.changeYearOverYear()));
    ObjectNode breakdowns = node.putObject("breakdowns");
    indicator.breakdowns().forEach(
        (dimension, byKey) -> {
          ObjectNode keys = breakdowns.putObject(dimension);
          for (Map.Entry<String, Measure> entry : byKey.entrySet()) {
            keys.set(entry.getKey(), measure(entry.getValue()));
          }
        });
    return node;
  }

  private static ObjectNode measure(Measure measure) {
    ObjectNode node = NODES.objectNode();
    node.put("applicable", measure.isApplicable());
    switch (measure.unit()) {
      case RATE:
      case RATIO:
        node.put("numerator", measure.numerator());
        node.put("denominator", measure.denominator());
        break;
      case COUNT:
        node.put("numerator", measure.numerator());
        break;
      default:
        node.put("samples", measure.samples());
        break;
    }
    putDecimal(node, "value", measure.value().orElse(null));
    node.put("display", measure.display());
    measure.notApplicableReason().ifPresent(reason -> node.put("not_applicable_reason", reason));
    return node;
  }

  private static ObjectNode change(Change change) {
    ObjectNode node = NODES.objectNode();
    node.put("applicable", change.isApplicable());
    putDecimal(node, "difference", change.difference().orElse(null));
    putDecimal(node, "relative", change.relative().orElse(null));
    node.put("display", change.display());
    change.relativeNotApplicableReason().ifPresent(reason -> node.put("not_applicable_reason", reason));
    return node;
  }

  private static void putDecimal(ObjectNode node, String field, BigDecimal value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
