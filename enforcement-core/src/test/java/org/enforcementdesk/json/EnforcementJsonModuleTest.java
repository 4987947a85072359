package org.enforcementdesk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.testing.SampleRequests;
import org.junit.jupiter.api.Test;

class EnforcementJsonModuleTest {

  /** A host's own document that embeds requests. */
  record Batch(String court, List<Request> requests) {}

  private final ObjectMapper mapper = EnforcementJson.defaults().mapper();

  @Test
  void hostDocument_roundTripsEmbeddedRequests() throws Exception {
    Batch batch = new Batch("闽0322", List.of(SampleRequests.seizureRenewal(), SampleRequests.random(7)));
    String json = mapper.writeValueAsString(batch);
    assertThat(mapper.readValue(json, Batch.class)).isEqualTo(batch);
  }

  @Test
  void hostDocument_badEmbeddedRequest_namesThePathInTheHostDocument() throws Exception {
    String json = mapper.writeValueAsString(new Batch("闽0322", List.of(SampleRequests.seizureRenewal())));
    String broken = json.replace("\"HOTLINE\"", "\"FAX\"");
    assertThatThrownBy(() -> mapper.readValue(broken, Batch.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .satisfies(
            e -> {
              Throwable cause = e;
              while (!(cause instanceof JsonInputException)) {
                cause = cause.getCause();
              }
              assertThat(cause).hasMessageStartingWith("$.requests[0].channel: unknown channel code \"FAX\"");
            });
  }
}
