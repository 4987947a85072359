package org.enforcementdesk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.Channels;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.testing.SampleRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnforcementJsonTest {

  private static final EnforcementJson JSON = EnforcementJson.defaults();

  /** The documented sample (docs/samples/request.json), one property per line so cases below can break one. */
  private static final String SAMPLE =
      """
      {
        "id": "R-2026-000123",
        "caseNumber": "（2025）闽0322执1234号",
        "channel": "HOTLINE",
        "type": "SEIZURE_RENEWAL",
        "receivedAt": "2026-03-02T09:15+08:00",
        "requester": {"id": "P-778", "role": "APPLICANT", "name": "张三", "phone": "13800000000", "idNumber": "35032219900101123X"},
        "text": "车辆查封3月6日到期，请尽快续封。",
        "facts": {
          "seizureExpiresOn": "2026-03-06",
          "amountAtStakeYuan": 86000.50,
          "causeOfAction": "民间借贷",
          "partyVillage": "榜头镇后沁村",
          "hostPriorityFlag": "amber"
        }
      }
      """;

  @Test
  void readRequest_documentedSample_givesEveryField() {
    assertThat(JSON.readRequest(SAMPLE, "sample")).isEqualTo(SampleRequests.seizureRenewal());
  }

  @Test
  void readRequest_shippedSampleFile_isTheDocumentedSample() throws IOException {
    String file = Files.readString(Path.of("../docs/samples/request.json"), StandardCharsets.UTF_8);
    assertThat(JSON.readRequest(file, "request.json")).isEqualTo(SampleRequests.seizureRenewal());
  }

  @Test
  void write_keepsOffsetAndUnknownFactsExactly() {
    String written = JSON.write(SampleRequests.seizureRenewal());
    assertThat(written)
        .contains("\"receivedAt\":\"2026-03-02T09:15+08:00\"")
        .contains("\"hostPriorityFlag\":\"amber\"")
        .contains("\"amountAtStakeYuan\":86000.50")
        .contains("\"caseNumber\":\"（2025）闽0322执1234号\"");
  }

  @Test
  void writeThenRead_generatedRequests_roundTrip() {
    qt().withFixedSeed(20260302L).withExamples(500)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Request request = SampleRequests.random(seed);
              assertThat(JSON.readRequest(JSON.write(request), "generated")).isEqualTo(request);
            });
  }

  @Test
  void readRequests_array_readsEachInOrder() {
    List<Request> requests = JSON.readRequests("[" + SAMPLE + "," + SAMPLE.replace("R-2026-000123", "R-2") + "]", "batch");
    assertThat(requests).extracting(r -> r.id().value()).containsExactly("R-2026-000123", "R-2");
  }

  @Test
  void readRequests_badSecondElement_namesItsIndex() {
    assertThatThrownBy(() -> JSON.readRequests("[" + SAMPLE + "," + SAMPLE.replace("HOTLINE", "FAX") + "]", "batch"))
        .isInstanceOf(JsonInputException.class)
        .hasMessageStartingWith("batch: $[1].channel: unknown channel code \"FAX\"");
  }

  static Stream<Arguments> malformedInputs() {
    return Stream.of(
        Arguments.of("unknown property", SAMPLE.replace("\"text\":", "\"txet\":"), "$.txet",
            "unknown property; expected one of [caseNumber, channel, facts, id, receivedAt, requester, text, type]"),
        Arguments.of("unknown nested property", SAMPLE.replace("\"phone\":", "\"mobile\":"), "$.requester.mobile",
            "unknown property"),
        Arguments.of("missing required field", SAMPLE.replace("\"type\": \"SEIZURE_RENEWAL\",", ""), "$.type",
            "required field is missing"),
        Arguments.of("null required field", SAMPLE.replace("\"SEIZURE_RENEWAL\"", "null"), "$.type",
            "required field is missing"),
        Arguments.of("wrong type", SAMPLE.replace("86000.50", "\"86000.50\""), "$.facts.amountAtStakeYuan",
            "expected a number, found \"86000.50\""),
        Arguments.of("wrong type for a flag", SAMPLE.replace("\"causeOfAction\"", "\"livelihood\": \"yes\", \"causeOfAction\""),
            "$.facts.livelihood", "expected true or false, found \"yes\""),
        Arguments.of("unknown type code", SAMPLE.replace("SEIZURE_RENEWAL", "SEIZURE_RENEWL"), "$.type",
            "unknown request type code \"SEIZURE_RENEWL\"; valid codes: [CHASE_PROGRESS,"),
        Arguments.of("unknown enum", SAMPLE.replace("APPLICANT", "BUYER"), "$.requester.role",
            "expected one of [APPLICANT, RESPONDENT, AGENT], found \"BUYER\""),
        Arguments.of("instant without offset", SAMPLE.replace("2026-03-02T09:15+08:00", "2026-03-02T09:15"),
            "$.receivedAt", "expected an ISO-8601 date-time with offset"),
        Arguments.of("bad date", SAMPLE.replace("2026-03-06", "2026-02-30"), "$.facts.seizureExpiresOn",
            "expected a date like 2026-03-31, found \"2026-02-30\""),
        Arguments.of("bad case number", SAMPLE.replace("执1234号", "执前1234号"), "$.caseNumber", "case number"),
        Arguments.of("model rule", SAMPLE.replace("86000.50", "-1"), "$.facts.amountAtStakeYuan",
            "amountAtStakeYuan cannot be negative: -1"),
        Arguments.of("personal data", SAMPLE.replace("\"13800000000\"", "\"13800000000abc\""), "$.requester.phone",
            "party phone must be"),
        Arguments.of("not an object", "[1]", "$", "expected an object, found an array"),
        Arguments.of("syntax error", SAMPLE.replace("\"channel\": \"HOTLINE\",", "\"channel\": HOTLINE,"), "$.channel (line 4, column",
            "Unrecognized token 'HOTLINE'"),
        Arguments.of("duplicate key", SAMPLE.replace("\"text\":", "\"id\": \"R-9\", \"text\":"), "$.id (line", "Duplicate field 'id'"),
        Arguments.of("trailing content", SAMPLE + " {}", "$ (line", "Trailing token"),
        Arguments.of("empty input", "  ", "$", "no JSON value in the input"),
        Arguments.of("no case number for a filed case", SAMPLE.replace("\"caseNumber\": \"（2025）闽0322执1234号\",", ""), "$",
            "caseNumber is required unless facts.caseNotYetFiled is true"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedInputs")
  void readRequest_malformedInput_namesThePathAndTheProblem(
      String what, String json, String path, String problem) {
    assertThatThrownBy(() -> JSON.readRequest(json, "in.json"))
        .isInstanceOf(JsonInputException.class)
        .hasMessageStartingWith("in.json: " + path)
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(path).startsWith(((JsonInputException) e).path()));
  }

  @Test
  void readRequest_malformedPhone_neverEchoesIt() {
    assertThatThrownBy(() -> JSON.readRequest(SAMPLE.replace("\"13800000000\"", "13800000000"), "in.json"))
        .isInstanceOf(JsonInputException.class)
        .hasMessage("in.json: $.requester.phone: expected a string, found number");
  }

  @Test
  void readRequest_notYetFiledCase_needsNoCaseNumber() {
    String json =
        SAMPLE.replace("\"caseNumber\": \"（2025）闽0322执1234号\",", "")
            .replace("\"causeOfAction\"", "\"caseNotYetFiled\": true, \"causeOfAction\"");
    assertThat(JSON.readRequest(json, "in.json").caseNumber()).isEmpty();
  }

  @Test
  void of_courtChannels_acceptsTheCourtsOwnChannel() {
    EnforcementJson court =
        EnforcementJson.of(
            TaxonomyFile.defaults(), Channels.standard().with(Channel.of("TRIBUNAL_WINDOW", "人民法庭窗口", "tribunal window")));
    assertThat(court.readRequest(SAMPLE.replace("HOTLINE", "TRIBUNAL_WINDOW"), "in").channel().code())
        .isEqualTo("TRIBUNAL_WINDOW");
  }
}
