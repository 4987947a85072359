package org.enforcementdesk.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The refusals of a request document as a host shows and logs them: always a {@link JsonInputException} with the
 * path (and the line and column where the parser knows them), never quoting personal data, quoting other values cut
 * at 40 characters, and reporting overflows and size limits as such.
 */
class RequestJsonRefusalsTest {

  private static final EnforcementJson JSON = EnforcementJson.defaults();

  private static final String SAMPLE = """
      {
        "id": "R-2026-000123",
        "caseNumber": "（2025）闽0322执1234号",
        "channel": "HOTLINE",
        "type": "SEIZURE_RENEWAL",
        "receivedAt": "2026-03-02T09:15+08:00",
        "requester": {"id": "P-778", "role": "APPLICANT", "name": "张三", "phone": "13800000000", "idNumber": "35032219900101123X"},
        "text": "车辆查封3月6日到期，请尽快续封。",
        "facts": {"seizureExpiresOn": "2026-03-06", "amountAtStakeYuan": 86000.50, "causeOfAction": "民间借贷"}
      }
      """;

  private static final List<String> PERSONAL = List.of("张三", "13800000000", "35032219900101123X");

  @Test
  void anUnquotedName_isDescribed_notQuoted_withLineAndColumn() {
    JsonInputException refused = refusal(SAMPLE.replace("\"张三\"", "张三"));

    assertThat(refused.getMessage()).doesNotContain("张三").contains("(2 characters)");
    assertThat(refused.path()).isEqualTo("$.requester.name");
    assertThat(refused.line()).hasValue(7);
    assertThat(refused.column()).isPresent();
  }

  @Test
  void noRefusal_chainsACauseThatQuotesTheInput() {
    // A host that logs the stack trace logs every cause's message too: Jackson's and java.time's quote the input.
    JsonInputException syntax = refusal(SAMPLE.replace("\"张三\"", "张三"));
    for (Throwable t = syntax; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain("张三");
    }
    for (String json : List.of(SAMPLE.replace("2026-03-02T09:15+08:00", "13800000000"),
        SAMPLE.replace("2026-03-06", "x".repeat(10_000) + "13800000000"))) {
      for (Throwable t = refusal(json); t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain("13800000000").hasSizeLessThan(300);
      }
    }
  }

  @Test
  void bytesThatAreNotUtf8_areRefused_notReadAsReplacementCharacters() {
    byte[] bytes = SAMPLE.replace("车辆查封", "XX").getBytes(UTF_8);
    int at = new String(bytes, UTF_8).indexOf("XX");
    bytes[at] = (byte) 0xC3;
    bytes[at + 1] = (byte) 0x28;

    assertThatThrownBy(() -> JSON.readRequest(new ByteArrayInputStream(bytes), "in.json"))
        .isInstanceOf(JsonInputException.class)
        .hasMessage("in.json: $: not UTF-8 text");
  }

  @Test
  void aStoredEventThatIsNotJson_isRefusedWithoutRepeatingIt() {
    EventJson events = EventJson.of(JSON, Sealer.PLAIN);

    assertThatThrownBy(() -> events.read(new StoredEvent("Closed", 1, "{\"reason\": 张三13800000000}"), "P-1"))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("$.reason (line 1")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("张三", "13800000000"));
  }

  @Test
  void aRequestSentAsOneJsonString_isDescribedByItsLength() {
    String asString = "\"" + SAMPLE.replace("\"", "\\\"").replace("\n", " ") + "\"";

    JsonInputException refused = refusal(asString);

    assertThat(refused).hasMessageStartingWith("in.json: $: expected an object, found a string of ");
    assertThat(refused.getMessage()).doesNotContain(PERSONAL);
  }

  @Test
  void aHugeValue_isQuotedCutAt40Characters() {
    String huge = "H".repeat(1_000_000);

    JsonInputException refused = refusal(SAMPLE.replace("HOTLINE", huge));

    assertThat(refused.getMessage()).hasSizeLessThan(300)
        .contains("unknown channel code \"" + "H".repeat(40) + "...\" (1000000 chars)");
    assertThat(refused.path()).isEqualTo("$.channel");
  }

  @Test
  void aBadPartyId_isReportedAtItsOwnPath() {
    JsonInputException refused = refusal(SAMPLE.replace("\"P-778\"", "\"P 778\""));

    assertThat(refused.path()).isEqualTo("$.requester.id");
    assertThat(refused).hasMessageContaining("party id must be");
  }

  @Test
  void aNumberTooLargeToRead_isReportedAsSuch_atItsField() {
    JsonInputException refused = refusal(SAMPLE.replace("86000.50", "1e9999999999"));

    assertThat(refused.path()).isEqualTo("$.facts.amountAtStakeYuan");
    assertThat(refused).hasMessageContaining("a number too large or too precise to read");
    assertThat(refused.line()).isPresent();
  }

  @Test
  void anAmountBeyondAnyCase_isRefusedWithoutPrintingAllItsDigits() {
    JsonInputException refused = refusal(SAMPLE.replace("86000.50", "1e999"));

    assertThat(refused.path()).isEqualTo("$.facts.amountAtStakeYuan");
    assertThat(refused.getMessage()).contains("implausibly large: 1E+999").hasSizeLessThan(200);
  }

  @Test
  void jacksonsSizeLimits_areReportedAsLimits_atTheirField() {
    JsonInputException tooLong = refusal(SAMPLE.replace("86000.50", "1".repeat(2_000)));
    assertThat(tooLong.path()).isEqualTo("$.facts.amountAtStakeYuan");
    assertThat(tooLong).hasMessageContaining("too large to read: Number value length (2000) exceeds the maximum allowed");
    assertThat(tooLong.line()).isPresent();

    JsonInputException tooDeep = refusal(SAMPLE.replace("\"民间借贷\"", "[".repeat(1_500) + "]".repeat(1_500)));
    assertThat(tooDeep.path()).startsWith("$.facts.causeOfAction[0][0]");
    assertThat(tooDeep).hasMessageContaining("too large to read: Document nesting depth");
    assertThat(tooDeep.getMessage()).hasSizeLessThan(400);
  }

  @Test
  void aByteOrderMark_isAccepted_inTextAndInBytes() throws Exception {
    assertThat(JSON.readRequest("\uFEFF" + SAMPLE, "in.json").id().value()).isEqualTo("R-2026-000123");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(SAMPLE.getBytes(UTF_8));
    assertThat(JSON.readRequest(new ByteArrayInputStream(bytes.toByteArray()), "in.json").id().value())
        .isEqualTo("R-2026-000123");
  }

  @Test
  void anyMutation_isRefusedAsJsonInputException_shortly_withoutPersonalData() {
    String[] insertions = {"张三", "13800000000", "350322199001011234", "\"", "{", "]", ",", ":", "1e99999999999",
        "\u0000", "null", "\"" + "x".repeat(5_000) + "\""};
    qt().withExamples(3_000)
        .forAll(integers().between(0, SAMPLE.length()), integers().between(0, insertions.length), integers().between(0, 20))
        .checkAssert((at, which, cut) -> {
          String mutated = which == insertions.length
              ? SAMPLE.substring(0, at) + SAMPLE.substring(Math.min(SAMPLE.length(), at + cut))
              : SAMPLE.substring(0, at) + insertions[which] + SAMPLE.substring(at);
          try {
            JSON.readRequest(mutated, "in.json");
          } catch (JsonInputException refused) {
            // Bounded whatever the input: the longest lists the taxonomy's codes.
            assertThat(refused.getMessage()).startsWith("in.json: $").hasSizeLessThan(1_000);
            // A number glued into a longer run of digits is not one (masking leaves amounts and card numbers alone).
            assertThat(refused.getMessage())
                .doesNotContainPattern("(?<!\\d)(13800000000|350322199001011234|35032219900101123X)(?![\\dXx])");
            // A name is recognised where a name belongs, or typed loose into the text: there it is never repeated.
            // Typed inside another field's value (an id, a code), it is that value, quoted cut like any other.
            boolean personalPlace = refused.line().isPresent() || refused.path().equals("$")
                || refused.path().startsWith("$.requester.name") || refused.path().equals("$.text");
            if (personalPlace) {
              assertThat(refused.getMessage()).doesNotContain("张三");
            }
          }
        });
  }

  private static JsonInputException refusal(String json) {
    Throwable[] caught = new Throwable[1];
    assertThatThrownBy(() -> JSON.readRequest(json, "in.json"))
        .isInstanceOf(JsonInputException.class)
        .satisfies(e -> caught[0] = e);
    return (JsonInputException) caught[0];
  }
}
