package org.enforcementdesk.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Channels;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Taxonomy;

/**
 * The JSON form of a {@link Request}; docs/request-json.md documents every field. Codes of channels and request types
 * are resolved against the court's {@link Channels} and {@link Taxonomy}, so an unknown code fails with the list of
 * valid ones.
 */
final class RequestJson {

  private static final Set<String> FIELDS =
      Set.of("id", "caseNumber", "channel", "type", "receivedAt", "requester", "text", "facts");

  private RequestJson() {}

  static Request read(NodeReader json, Taxonomy taxonomy, Channels channels) {
    return read(json, taxonomy, channels, Sealer.PLAIN);
  }

  /** Reads a request whose personal data (the requester's, the text) is stored through {@code sealer}. */
  static Request read(NodeReader json, Taxonomy taxonomy, Channels channels, Sealer sealer) {
    json.expectObject(FIELDS);
    Request.Builder request = Request.builder();
    request.id(json.required("id").text(RequestId::of));
    json.optional("caseNumber").ifPresent(number -> request.caseNumber(number.text(CaseNumber::parse)));
    request.channel(json.required("channel").text(channels::byCode));
    request.type(json.required("type").text(taxonomy::type));
    request.receivedAt(json.required("receivedAt").text(RequestJson::instant));
    NodeReader requester = json.required("requester").personal();
    request.requester(PartyJson.read(requester, sealer));
    String partyId = requester.required("id").text();
    json.optional("text").ifPresent(text -> text.convert(ValueJson.personal(text, sealer, partyId), request::text));
    json.optional("facts").ifPresent(facts -> request.facts(FactsJson.read(facts)));
    return json.convert(request, Request.Builder::build);
  }

  /** An instant with its offset; a local date-time without one is refused, since the zone would be a guess. */
  static OffsetDateTime instant(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      // Not chained: the parser's own message quotes the whole text, and a logged stack trace would show it.
      throw new IllegalArgumentException(
          "expected an ISO-8601 date-time with offset like 2026-03-02T09:15+08:00, found " + LogSafe.quoted(text));
    }
  }

  static ObjectNode write(Request request, ObjectMapper mapper) {
    return write(request, mapper, Sealer.PLAIN);
  }

  /** Writes a request, its personal data through {@code sealer}. */
  static ObjectNode write(Request request, ObjectMapper mapper, Sealer sealer) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("id", request.id().value());
    request.caseNumber().ifPresent(number -> json.put("caseNumber", number.toString()));
    json.put("channel", request.channel().code());
    json.put("type", request.type().code());
    json.put("receivedAt", request.receivedAt().toString());
    json.set("requester", PartyJson.write(request.requester(), sealer));
    json.set("text", sealer.seal(request.unmaskedText(), request.requester().id()));
    json.set("facts", FactsJson.write(request.facts(), mapper));
    return json;
  }
}
