package org.enforcementdesk.json;

import static org.enforcementdesk.json.ValueJson.actor;
import static org.enforcementdesk.json.ValueJson.instant;
import static org.enforcementdesk.json.ValueJson.provenance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.CaseEvent.ContactRecorded;
import org.enforcementdesk.order.CaseEvent.PetitionConcluded;
import org.enforcementdesk.order.CaseEvent.PetitionReported;
import org.enforcementdesk.order.CaseEvent.RiskCaseClosed;
import org.enforcementdesk.order.CaseEvent.RiskTriggered;
import org.enforcementdesk.order.CaseEvent.RiskUpkeepRecorded;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.UpkeepKind;

/**
 * The stored JSON of each kind of case event, as {@link WorkOrderEventJson} does it for work orders: {@code
 * caseNumber}, {@code at} and {@code actor} first, then the event's own fields. A contact's note is the visiting
 * party's personal data, sealed for that party.
 */
final class CaseEventJson {

  private static final Set<String> COMMON = Set.of("caseNumber", "at", "actor");

  private final Map<String, Function<NodeReader, CaseEvent>> readers;

  CaseEventJson(Sealer sealer) {
    this.readers = readers(sealer);
  }

  ObjectNode write(CaseEvent event, Sealer sealer) {
    return event.accept(new Writer(sealer));
  }

  /** Reads an event of kind {@code type}; null for an unknown type. */
  CaseEvent read(String type, NodeReader json) {
    Function<NodeReader, CaseEvent> reader = readers.get(type);
    return reader == null ? null : reader.apply(json);
  }

  Set<String> types() {
    return readers.keySet();
  }

  private static NodeReader fields(NodeReader json, String... own) {
    Set<String> known = new HashSet<>(COMMON);
    known.addAll(Set.of(own));
    return json.expectObject(known);
  }

  private static Map<String, Function<NodeReader, CaseEvent>> readers(Sealer sealer) {
    ImmutableMap.Builder<String, Function<NodeReader, CaseEvent>> r = ImmutableMap.builder();
    r.put("ContactRecorded", j -> {
      fields(j, "contact", "partyId", "note");
      String partyId = j.required("partyId").text();
      return j.convert(j, x -> new ContactRecorded(number(x), instant(x.required("at")), actor(x.required("actor")),
          x.required("contact").enumValue(ContactKind.class), partyId,
          ValueJson.personal(x.required("note"), sealer, partyId)));
    });
    r.put("PetitionReported", j -> fields(j, "reference", "note").convert(j, x -> new PetitionReported(number(x),
        instant(x.required("at")), actor(x.required("actor")), x.required("reference").text(),
        x.required("note").text())));
    r.put("PetitionConcluded", j -> fields(j, "reference", "note").convert(j, x -> new PetitionConcluded(number(x),
        instant(x.required("at")), actor(x.required("actor")), x.required("reference").text(),
        x.required("note").text())));
    r.put("RiskTriggered", j -> fields(j, "flag", "sourceRequest", "provenance").convert(j, x -> new RiskTriggered(
        number(x), instant(x.required("at")), actor(x.required("actor")), ValueJson.riskFlag(x.required("flag")),
        x.optional("sourceRequest").map(s -> s.text(RequestId::of)), provenance(x.required("provenance")))));
    r.put("RiskUpkeepRecorded", j -> fields(j, "upkeep", "note").convert(j, x -> new RiskUpkeepRecorded(number(x),
        instant(x.required("at")), actor(x.required("actor")), x.required("upkeep").enumValue(UpkeepKind.class),
        x.required("note").text())));
    r.put("RiskCaseClosed", j -> fields(j, "reason").convert(j, x -> new RiskCaseClosed(number(x),
        instant(x.required("at")), actor(x.required("actor")), x.required("reason").text())));
    return r.build();
  }

  private static CaseNumber number(NodeReader json) {
    return json.required("caseNumber").text(CaseNumber::parse);
  }

  /** Writes each kind of case event. */
  private static final class Writer implements CaseEvent.Visitor<ObjectNode> {
    private final Sealer sealer;

    Writer(Sealer sealer) {
      this.sealer = sealer;
    }

    private static ObjectNode start(CaseEvent e) {
      ObjectNode json = ValueJson.object().put("caseNumber", e.caseNumber().toString()).put("at", e.at().toString());
      json.set("actor", actor(e.actor()));
      return json;
    }

    @Override
    public ObjectNode contactRecorded(ContactRecorded e) {
      ObjectNode json = start(e).put("contact", e.contact().name()).put("partyId", e.partyId());
      json.set("note", sealer.seal(e.note(), e.partyId()));
      return json;
    }

    @Override
    public ObjectNode petitionReported(PetitionReported e) {
      return start(e).put("reference", e.reference()).put("note", e.note());
    }

    @Override
    public ObjectNode petitionConcluded(PetitionConcluded e) {
      return start(e).put("reference", e.reference()).put("note", e.note());
    }

    @Override
    public ObjectNode riskTriggered(RiskTriggered e) {
      ObjectNode json = start(e);
      json.set("flag", ValueJson.riskFlag(e.flag()));
      e.sourceRequest().ifPresent(id -> json.put("sourceRequest", id.value()));
      json.set("provenance", provenance(e.provenance()));
      return json;
    }

    @Override
    public ObjectNode riskUpkeepRecorded(RiskUpkeepRecorded e) {
      return start(e).put("upkeep", e.upkeep().name()).put("note", e.note());
    }

    @Override
    public ObjectNode riskCaseClosed(RiskCaseClosed e) {
      return start(e).put("reason", e.reason());
    }
  }
}
