package org.enforcementdesk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementdesk.examples.cli.ValidateRulesCommandTest.assertBadInput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecideCommandTest {

  private static final Path SAMPLE = Path.of("samples/requests.jsonl");

  /** The fields of every decision line, in the order --help documents them. */
  private static final List<String> FIELDS =
      List.of(
          "id", "type", "receivedAt", "urgency", "targets", "deadlines", "resolveNoLaterThan", "startTier",
          "requirements", "riskFlags", "delegation", "firedRules", "ruleBookVersion");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void decide_sample_printsOneDecisionPerRequestWithTheDocumentedFields() {
    CliRun run = CliRun.of("decide", SAMPLE.toString());

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    List<JsonNode> decisions = decisions(run);
    assertThat(decisions).extracting(d -> d.get("id").asText())
        .containsExactly("R-2026-000123", "R-2026-000124", "R-2026-000125", "R-2026-000126", "R-2026-000127", "R-2026-000128");
    for (JsonNode decision : decisions) {
      List<String> names = new ArrayList<>();
      decision.fieldNames().forEachRemaining(names::add);
      assertThat(names).containsExactlyElementsOf(FIELDS);
      assertThat(decision.get("ruleBookVersion").asText()).isEqualTo(RuleBooks.defaults().contentHash());
      assertThat(decision.get("firedRules")).isNotEmpty();
    }
  }

  @Test
  void decide_urgentSeizureRenewal_isUrgentWithItsDeadlinesAndTheRuleThatSaysWhy() {
    JsonNode renewal = decisions(CliRun.of("decide", SAMPLE.toString())).get(0);

    assertThat(renewal.get("type").asText()).isEqualTo("SEIZURE_RENEWAL");
    assertThat(renewal.get("urgency").asText()).isEqualTo("URGENT");
    assertThat(renewal.get("targets").toString())
        .isEqualTo("{\"response\":\"30 natural minutes\",\"resolution\":\"2 natural hours\",\"callback\":\"1 working day\"}");
    // Received 2026-03-02T09:15+08:00: first contact within 30 minutes, resolved within 2 hours, both natural time.
    assertThat(renewal.get("deadlines").toString())
        .isEqualTo("{\"response\":\"2026-03-02T09:45+08:00\",\"resolution\":\"2026-03-02T11:15+08:00\","
            + "\"provisionalYears\":[]}");
    assertThat(renewal.get("resolveNoLaterThan").asText()).isEqualTo("2026-03-06T00:00+08:00");
    assertThat(renewal.get("requirements").toString()).isEqualTo("[\"在查封期限届满前办结\"]");
    assertThat(renewal.get("firedRules").toString())
        .contains("A seizure renewal expiring within 7 days is urgent and must finish before the seizure expires");
  }

  @Test
  void decide_sample_showsDelegationRiskAndRequirements() {
    List<JsonNode> decisions = decisions(CliRun.of("decide", SAMPLE.toString()));

    assertThat(decisions.get(1).get("deadlines").get("response").asText()).isEqualTo("2026-03-02T17:10+08:00");
    assertThat(decisions.get(2).get("delegation").get("kind").asText()).isEqualTo("VILLAGE_MEDIATOR");
    assertThat(decisions.get(2).get("delegation").get("village").asText()).isEqualTo("榜头镇后沁村");
    assertThat(decisions.get(3).get("riskFlags").get(0).get("kind").asText()).isEqualTo("PETITION_THREATENED");
    assertThat(decisions.get(3).get("startTier").asText()).isEqualTo("BUREAU_LEADER");
    assertThat(decisions.get(4).get("delegation").get("kind").asText()).isEqualTo("PRE_ENFORCEMENT_TEAM");
    assertThat(decisions.get(4).get("delegation").get("village").isNull()).isTrue();
    assertThat(decisions.get(4).get("requirements").get(0).asText())
        .isEqualTo("一次性书面告知需补正的全部材料");
  }

  @Test
  void decide_seizureLapsingBeforeTheResolutionPeriodEnds_isCappedAtTheLimit() {
    // Friday 23:00, the seizure lapses Saturday: 2 natural hours would end at 01:00, after the lapse at 00:00.
    Path late = RuleFiles.write(dir.resolve("late.jsonl"), request("R-LATE", "2026-03-06T23:00+08:00", "2026-03-07"));

    JsonNode decision = decisions(CliRun.of("decide", late.toString())).get(0);

    assertThat(decision.get("urgency").asText()).isEqualTo("URGENT");
    assertThat(decision.get("deadlines").get("resolution").asText()).isEqualTo("2026-03-07T00:00+08:00");
    assertThat(decision.get("deadlines").get("response").asText()).isEqualTo("2026-03-06T23:30+08:00");
  }

  @Test
  void decide_jsonArray_decidesLikeJsonLines() {
    List<String> lines = RuleFiles.read(SAMPLE).lines().toList();
    Path array = RuleFiles.write(dir.resolve("requests.json"), "[\n" + String.join(",\n", lines) + "\n]\n");

    CliRun fromArray = CliRun.of("decide", array.toString());

    assertThat(fromArray.exitCode()).isEqualTo(0);
    assertThat(fromArray.out()).isEqualTo(CliRun.of("decide", SAMPLE.toString()).out());
  }

  @Test
  void decide_objectsSpanningLines_areReadOneAfterAnother() {
    Path pretty = RuleFiles.write(dir.resolve("pretty.json"), RuleFiles.read(Path.of("../docs/samples/request.json")) + "\n"
        + request("R-2", "2026-03-02T10:00+08:00", "2026-04-30"));

    assertThat(decisions(CliRun.of("decide", pretty.toString())))
        .extracting(d -> d.get("id").asText() + " " + d.get("urgency").asText())
        .containsExactly("R-2026-000123 URGENT", "R-2 PRIORITY");
  }

  @Test
  void decide_standardInput_isReadWithDashOrWithoutFile() {
    String input = request("R-IN", "2026-03-02T09:15+08:00", "2026-03-06");
    for (String[] args : List.of(new String[] {"decide", "-"}, new String[] {"decide"})) {
      CliRun run = withStdin(input, args);
      assertThat(run.exitCode()).isEqualTo(0);
      assertThat(decisions(run)).singleElement().satisfies(d -> assertThat(d.get("id").asText()).isEqualTo("R-IN"));
    }
  }

  @Test
  void decide_invalidRequestOnALine_exitsTwoNamingTheLineAndPath() {
    List<String> lines = new ArrayList<>(RuleFiles.read(SAMPLE).lines().toList());
    lines.set(2, lines.get(2).replace("FUNDS_PAYOUT", "FUNDS_PAYOT"));
    Path bad = RuleFiles.write(dir.resolve("bad.jsonl"), String.join("\n", lines));

    assertBadInput(CliRun.of("decide", bad.toString()), bad + " line 3: $.type: ").contains("FUNDS_PAYOT");
  }

  @Test
  void decide_lineThatIsNotJson_exitsTwoNamingLineAndColumn() {
    Path bad =
        RuleFiles.write(
            dir.resolve("bad.jsonl"), request("R-1", "2026-03-02T09:15+08:00", "2026-03-06") + "\n{\"id\": R-2}\n");
    assertBadInput(CliRun.of("decide", bad.toString()), bad + " line 2, column ");
  }

  @Test
  void decide_truncatedLastLine_exitsTwoWithoutJacksonsPreamble() {
    Path bad = RuleFiles.write(dir.resolve("cut.jsonl"), "{\"id\": \"R-1\", \"type\": \"PETITION\"\n");
    assertBadInput(CliRun.of("decide", bad.toString()), bad + " line 2, column 1: Unexpected end-of-input")
        .contains("(start marker at [line: 1, column: 1])")
        .doesNotContain("REDACTED");
  }

  @Test
  void decide_invalidRequestInAnArray_exitsTwoNamingItsPath() {
    Path bad =
        RuleFiles.write(
            dir.resolve("bad.json"),
            "[" + request("R-1", "2026-03-02T09:15+08:00", "2026-03-06") + ","
                + request("R-2", "2026-03-02T09:15", "2026-03-06") + "]");
    assertBadInput(CliRun.of("decide", bad.toString()), bad + ": $[1].receivedAt: ");
  }

  @Test
  void decide_badInput_exitsTwoWithOneLine() {
    Path empty = RuleFiles.write(dir.resolve("empty.jsonl"), "\n");
    assertBadInput(CliRun.of("decide", empty.toString()), "no requests in " + empty);
    Path emptyArray = RuleFiles.write(dir.resolve("empty.json"), "[]");
    assertBadInput(CliRun.of("decide", emptyArray.toString()), "no requests in " + emptyArray);
    Path scalar = RuleFiles.write(dir.resolve("scalar.jsonl"), "42\n");
    assertBadInput(CliRun.of("decide", scalar.toString()), scalar + " line 1: expected a request object");
    assertBadInput(CliRun.of("decide", dir.resolve("none.jsonl").toString()), "no such file: ");
  }

  @Test
  void decide_yearWithoutHolidayData_isProvisionalAndSaysSo() {
    Path future = RuleFiles.write(dir.resolve("future.jsonl"), request("R-2031", "2031-03-03T09:15+08:00", "2031-04-30"));
    List<JsonNode> decisions = decisions(CliRun.of("decide", future.toString()));
    assertThat(decisions).hasSize(1);
    assertThat(decisions.get(0).get("deadlines").get("provisionalYears").toString()).isEqualTo("[2031]");
    assertThat(decisions(CliRun.of("decide", SAMPLE.toString())).get(0).get("deadlines").get("provisionalYears"))
        .isEmpty();
  }

  @Test
  void decide_authorsRules_nameTheirVersion() {
    RuleFiles.copyDefaults(dir);
    RuleFiles.replace(
        dir.resolve("intake-baseline.drl.csv"),
        "PROGRESS_QUERY,NORMAL,4 working hours,1 working day",
        "PROGRESS_QUERY,PRIORITY,4 working hours,1 working day");

    List<JsonNode> decisions = decisions(CliRun.of("decide", "--rules", dir.toString(), SAMPLE.toString()));

    assertThat(decisions.get(1).get("urgency").asText()).isEqualTo("PRIORITY");
    assertThat(decisions.get(1).get("ruleBookVersion").asText()).doesNotStartWith(RuleBooks.defaults().contentHash());
  }

  @Test
  void decide_theReadmeTour_loweringTheRepeatedVisitsThreshold_showsInTheDecisions() {
    RuleFiles.copyDefaults(dir);
    List<JsonNode> before = decisions(CliRun.of("decide", "--rules", dir.toString(), SAMPLE.toString()));
    RuleFiles.replace(dir.resolve("rule-settings.properties"), "repeatedVisits.visitsWithin30Days = 3",
        "repeatedVisits.visitsWithin30Days = 2");

    List<JsonNode> after = decisions(CliRun.of("decide", "--rules", dir.toString(), SAMPLE.toString()));

    // Two sample requests share a case: the second is the case's second visit within 30 days.
    assertThat(before).noneSatisfy(d -> assertThat(d.get("riskFlags").toString()).contains("REPEATED_VISITS"));
    assertThat(after).filteredOn(d -> d.get("riskFlags").toString().contains("REPEATED_VISITS")).singleElement()
        .satisfies(d -> assertThat(d.get("riskFlags").toString()).contains("本案30日内来访2次"));
  }

  @Test
  void decide_aMistypedFact_exitsTwoNamingTheNearestName() {
    String typo = request("R-typo", "2026-03-02T09:15+08:00", "2026-03-06").replace("seizureExpiresOn",
        "seizureExpiresOn2");

    CliRun run = withStdin(typo, "decide", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("did you mean \"seizureExpiresOn\"?");
  }

  /** A seizure renewal request as one JSON line. */
  private static String request(String id, String receivedAt, String seizureExpiresOn) {
    return "{\"id\": \"" + id + "\", \"caseNumber\": \"（2025）闽0322执1234号\", \"channel\": \"HOTLINE\","
        + " \"type\": \"SEIZURE_RENEWAL\", \"receivedAt\": \"" + receivedAt + "\","
        + " \"requester\": {\"id\": \"P-1\", \"role\": \"APPLICANT\", \"name\": \"张三\"},"
        + " \"facts\": {\"seizureExpiresOn\": \"" + seizureExpiresOn + "\"}}";
  }

  private static CliRun withStdin(String input, String... args) {
    InputStream original = System.in;
    try {
      System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
      return CliRun.of(args);
    } finally {
      System.setIn(original);
    }
  }

  private static List<JsonNode> decisions(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    return run.out().lines().map(DecideCommandTest::parse).toList();
  }

  private static JsonNode parse(String line) {
    try {
      return MAPPER.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
