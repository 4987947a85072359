package org.enforcementdesk.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.Closed;
import org.enforcementdesk.order.NoteAudience;
import org.enforcementdesk.order.ProgressNoted;
import org.enforcementdesk.order.WorkOrderEvent;
import org.junit.jupiter.api.Test;

/**
 * The stored format: every kind of event round-trips, matches its golden file (so a change to the stored form fails
 * here until it is versioned with an upcaster), reads strictly, and upgrades an older version.
 */
class EventJsonTest {

  private static final EventJson PLAIN = EventJson.of(EnforcementJson.defaults(), Sealer.PLAIN);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Seals by reversing and encoding: enough to show that personal data never reaches the JSON as it was. */
  private static final Sealer REVERSING = new Sealer() {
    @Override
    public JsonNode seal(String text, String partyId) {
      String sealed = new StringBuilder(partyId + "|" + text).reverse().toString();
      return TextNode.valueOf(Base64.getEncoder().encodeToString(sealed.getBytes(UTF_8)));
    }

    @Override
    public Optional<String> open(JsonNode sealed, String partyId) {
      String opened = new StringBuilder(new String(Base64.getDecoder().decode(sealed.textValue()), UTF_8)).reverse()
          .toString();
      if (!opened.startsWith(partyId + "|")) {
        throw new IllegalArgumentException("sealed for another party");
      }
      return Optional.of(opened.substring(partyId.length() + 1));
    }
  };

  @Test
  void everyKind_hasASample_andRoundTripsPlainAndSealed() {
    Set<String> kinds = Arrays.stream(WorkOrderEvent.class.getPermittedSubclasses()).map(Class::getSimpleName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(SampleEvents.workOrderEvents()).extracting(WorkOrderEvent::kind).containsExactlyInAnyOrderElementsOf(kinds);
    EventJson sealed = EventJson.of(EnforcementJson.defaults(), REVERSING);
    for (WorkOrderEvent event : SampleEvents.workOrderEvents()) {
      assertThat(PLAIN.read(PLAIN.write(event, SampleEvents.PARTY), SampleEvents.PARTY)).isEqualTo(event);
      StoredEvent stored = sealed.write(event, SampleEvents.PARTY);
      assertThat(sealed.read(stored, SampleEvents.PARTY)).isEqualTo(event);
      assertThat(stored.payload()).doesNotContain("张三", "13800000000", "350322199001011234", "已电话联系申请人");
    }
    assertThat(SampleEvents.caseEvents()).hasSize(CaseEvent.class.getPermittedSubclasses().length);
    for (CaseEvent event : SampleEvents.caseEvents()) {
      assertThat(PLAIN.readCase(PLAIN.write(event))).isEqualTo(event);
      assertThat(sealed.readCase(sealed.write(event))).isEqualTo(event);
    }
  }

  @Test
  void everyKind_matchesItsGoldenFile() throws IOException {
    List<String> missing = new ArrayList<>();
    for (WorkOrderEvent event : SampleEvents.workOrderEvents()) {
      assertGolden(PLAIN.write(event, SampleEvents.PARTY), missing);
    }
    for (CaseEvent event : SampleEvents.caseEvents()) {
      assertGolden(PLAIN.write(event), missing);
    }
    assertThat(missing).as("golden files missing; the current forms were written to target/golden-events").isEmpty();
  }

  @Test
  void read_isStrict_namingThePath() {
    StoredEvent closed = PLAIN.write(SampleEvents.workOrderEvents().get(18), SampleEvents.PARTY);
    assertThat(closed.type()).isEqualTo("Closed");
    assertThatThrownBy(() -> PLAIN.read(new StoredEvent("Closed", 1, closed.payload().replace("\"reason\"",
        "\"remark\"")), SampleEvents.PARTY))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("$.remark")
        .hasMessageContaining("unknown property");
    assertThatThrownBy(() -> PLAIN.read(new StoredEvent("Closd", 1, closed.payload()), SampleEvents.PARTY))
        .hasMessageContaining("unknown work-order event type \"Closd\"");
    assertThatThrownBy(() -> PLAIN.read(new StoredEvent("Closed", 2, closed.payload()), SampleEvents.PARTY))
        .hasMessageContaining("written by a newer version of the library (schema 2; this one reads up to 1)");
    assertThatThrownBy(() -> PLAIN.read(new StoredEvent("Closed", 1, "{\"requestId\": 7}"), SampleEvents.PARTY))
        .hasMessageContaining("$.requestId");
  }

  @Test
  void anOlderVersion_isUpgradedByItsUpcasters_beforeReading() {
    // A later release plays here: Closed at schema 2, whose v1 called the reason "remark".
    UnaryOperator<ObjectNode> renameRemark = json -> {
      json.set("reason", json.remove("remark"));
      return json;
    };
    EventJson later = new EventJson(EnforcementJson.defaults(), Sealer.PLAIN, ImmutableMap.of("Closed", 2),
        ImmutableMap.of("Closed", ImmutableMap.of(1, renameRemark)));
    Closed closed = (Closed) SampleEvents.workOrderEvents().get(18);
    String v1 = PLAIN.write(closed, SampleEvents.PARTY).payload().replace("\"reason\"", "\"remark\"");

    assertThat(later.read(new StoredEvent("Closed", 1, v1), SampleEvents.PARTY)).isEqualTo(closed);
    assertThat(later.write(closed, SampleEvents.PARTY).schemaVersion()).isEqualTo(2);
    assertThatThrownBy(() -> new EventJson(EnforcementJson.defaults(), Sealer.PLAIN, ImmutableMap.of("Closed", 3),
        ImmutableMap.of("Closed", ImmutableMap.of(1, renameRemark))).read(new StoredEvent("Closed", 1, v1), "P"))
        .hasMessageContaining("no upcaster from schema 2 to 3");
  }

  @Test
  void aProgressNoteStoredBeforeNotesSaidWhoTheyAreFor_readsAsMeantForTheParty() throws IOException {
    // Every note of schema 1 was sent to the party, so that is who it was for.
    String v1;
    try (InputStream in = EventJsonTest.class.getResourceAsStream("events/ProgressNoted.v1.json")) {
      v1 = new String(in.readAllBytes(), UTF_8);
    }

    ProgressNoted read = (ProgressNoted) PLAIN.read(new StoredEvent("ProgressNoted", 1, v1), SampleEvents.PARTY);

    assertThat(read.audience()).isEqualTo(NoteAudience.PARTY);
    assertThat(read.note()).isEqualTo("已电话联系申请人");
    assertThat(read.firstContact()).isTrue();
    assertThat(PLAIN.write(read, SampleEvents.PARTY).schemaVersion()).isEqualTo(2);
    assertThatThrownBy(() -> PLAIN.read(new StoredEvent("ProgressNoted", 2, v1), SampleEvents.PARTY))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("$.audience");
  }

  @Test
  void aSealedValueForAnotherParty_doesNotOpen() {
    EventJson sealed = EventJson.of(EnforcementJson.defaults(), REVERSING);
    StoredEvent stored = sealed.write(SampleEvents.workOrderEvents().get(4), SampleEvents.PARTY);
    assertThatThrownBy(() -> sealed.read(stored, "P-999"))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("$.note")
        .hasMessageContaining("sealed for another party");
  }

  private static void assertGolden(StoredEvent stored, List<String> missing) throws IOException {
    String name = stored.type() + ".v" + stored.schemaVersion() + ".json";
    String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(stored.payload()));
    try (InputStream in = EventJsonTest.class.getResourceAsStream("events/" + name)) {
      if (in == null) {
        Path written = Path.of("target", "golden-events", name);
        Files.createDirectories(written.getParent());
        Files.writeString(written, pretty + "\n", UTF_8);
        missing.add(name);
        return;
      }
      String golden = new String(in.readAllBytes(), UTF_8);
      assertThat(MAPPER.readTree(stored.payload())).as(name).isEqualTo(MAPPER.readTree(golden));
    }
  }
}
