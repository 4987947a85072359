package org.enforcementdesk.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestFacts;

/**
 * The JSON form of {@link RequestFacts}: the typed facts under their names, and any other fact kept as it came.
 * Booleans are written only when true, so that a request without a flag reads and writes the same.
 */
final class FactsJson {

  private FactsJson() {}

  static RequestFacts read(NodeReader json) {
    if (!json.node().isObject()) {
      throw json.error("expected an object, found " + NodeReader.describe(json.node()));
    }
    RequestFacts.Builder facts = RequestFacts.builder();
    json.optional("seizureExpiresOn")
        .ifPresent(date -> facts.seizureExpiresOn(date.text(FactsJson::isoDate)));
    json.optional("amountAtStakeYuan")
        .ifPresent(amount -> amount.convert(amount.decimal(), facts::amountAtStake));
    json.optional("causeOfAction").ifPresent(cause -> cause.text(facts::causeOfAction));
    json.optional("livelihood").ifPresent(flag -> facts.livelihood(flag.bool()));
    json.optional("debtorLocatedNow").ifPresent(flag -> facts.debtorLocatedNow(flag.bool()));
    json.optional("assetsAboutToMove").ifPresent(flag -> facts.assetsAboutToMove(flag.bool()));
    json.optional("partyVillage").ifPresent(village -> village.text(facts::partyVillage));
    json.optional("caseNotYetFiled").ifPresent(flag -> facts.caseNotYetFiled(flag.bool()));
    Iterator<Map.Entry<String, JsonNode>> fields = json.node().fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!RequestFacts.KNOWN_NAMES.contains(field.getKey()) && !field.getValue().isNull()) {
        NodeReader other = json.required(field.getKey());
        other.convert(field.getValue().toString(), value -> facts.other(field.getKey(), value));
      }
    }
    return facts.build();
  }

  private static LocalDate isoDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      // Not chained: the parser's own message quotes the whole text, and a logged stack trace would show it.
      throw new IllegalArgumentException("expected a date like 2026-03-31, found " + LogSafe.quoted(text));
    }
  }

  static ObjectNode write(RequestFacts facts, ObjectMapper mapper) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    facts.seizureExpiresOn().ifPresent(date -> json.put("seizureExpiresOn", date.toString()));
    facts.amountAtStake().ifPresent(amount -> json.put("amountAtStakeYuan", amount));
    facts.causeOfAction().ifPresent(cause -> json.put("causeOfAction", cause));
    putIfTrue(json, "livelihood", facts.isLivelihood());
    putIfTrue(json, "debtorLocatedNow", facts.isDebtorLocatedNow());
    putIfTrue(json, "assetsAboutToMove", facts.areAssetsAboutToMove());
    facts.partyVillage().ifPresent(village -> json.put("partyVillage", village));
    putIfTrue(json, "caseNotYetFiled", facts.isCaseNotYetFiled());
    facts.other().forEach((name, value) -> json.set(name, parseOther(name, value, mapper)));
    return json;
  }

  private static JsonNode parseOther(String name, String value, ObjectMapper mapper) {
    try {
      return mapper.readTree(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "fact \"" + name + "\" does not hold valid JSON text: " + e.getOriginalMessage(), e);
    }
  }

  private static void putIfTrue(ObjectNode json, String name, boolean value) {
    if (value) {
      json.put(name, true);
    }
  }
}
