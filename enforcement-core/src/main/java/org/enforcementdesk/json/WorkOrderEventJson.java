package org.enforcementdesk.json;

import static org.enforcementdesk.json.ValueJson.actor;
import static org.enforcementdesk.json.ValueJson.dateTime;
import static org.enforcementdesk.json.ValueJson.deadline;
import static org.enforcementdesk.json.ValueJson.instant;
import static org.enforcementdesk.json.ValueJson.optionalSlaDue;
import static org.enforcementdesk.json.ValueJson.period;
import static org.enforcementdesk.json.ValueJson.provenance;
import static org.enforcementdesk.json.ValueJson.slaDue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Channels;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Taxonomy;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.order.Accepted;
import org.enforcementdesk.order.Assigned;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.CallbackRecorded;
import org.enforcementdesk.order.CallbackRequested;
import org.enforcementdesk.order.Closed;
import org.enforcementdesk.order.DeadlineKind;
import org.enforcementdesk.order.DeadlineRevised;
import org.enforcementdesk.order.DeadlineRevision;
import org.enforcementdesk.order.Delegated;
import org.enforcementdesk.order.DelegationOverdue;
import org.enforcementdesk.order.DelegationReturned;
import org.enforcementdesk.order.Escalated;
import org.enforcementdesk.order.Evaluated;
import org.enforcementdesk.order.NoteAudience;
import org.enforcementdesk.order.Paused;
import org.enforcementdesk.order.ProgressNoted;
import org.enforcementdesk.order.RectificationClosed;
import org.enforcementdesk.order.RectificationMeasureRecorded;
import org.enforcementdesk.order.RectificationOpened;
import org.enforcementdesk.order.Rejected;
import org.enforcementdesk.order.Reopened;
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.order.Resolved;
import org.enforcementdesk.order.Resumed;
import org.enforcementdesk.order.RiskFlagged;
import org.enforcementdesk.order.SlaBreached;
import org.enforcementdesk.order.SlaWarned;
import org.enforcementdesk.order.Submitted;
import org.enforcementdesk.order.Urged;
import org.enforcementdesk.order.UrgencyChanged;
import org.enforcementdesk.order.Withdrawn;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.sla.SlaTarget;

/**
 * The stored JSON of each kind of work-order event: written through the event visitor (so a new kind does not compile
 * until it has a stored form), read by the kind's stable name. Every event's JSON begins with {@code requestId},
 * {@code at} and {@code actor}; the rest are the event's own fields under their names. Personal data goes through a
 * {@link Sealer}, which may encrypt it.
 */
final class WorkOrderEventJson {

  private static final Set<String> COMMON = Set.of("requestId", "at", "actor");

  private final Taxonomy taxonomy;
  private final Channels channels;
  private final ObjectMapper mapper;
  private final Map<String, Function<Reader, WorkOrderEvent>> readers = readers();

  WorkOrderEventJson(Taxonomy taxonomy, Channels channels, ObjectMapper mapper) {
    this.taxonomy = taxonomy;
    this.channels = channels;
    this.mapper = mapper;
  }

  /** The event's JSON, its personal data sealed for {@code partyId}. */
  ObjectNode write(WorkOrderEvent event, Sealer sealer, String partyId) {
    return event.accept(new Writer(sealer, partyId));
  }

  /** Reads an event of kind {@code type}, its personal data opened for {@code partyId}; null for an unknown type. */
  WorkOrderEvent read(String type, NodeReader json, Sealer sealer, String partyId) {
    Function<Reader, WorkOrderEvent> reader = readers.get(type);
    return reader == null ? null : reader.apply(new Reader(json, sealer, partyId));
  }

  /** The kinds this codec reads. */
  Set<String> types() {
    return readers.keySet();
  }

  /** One event's JSON being read: the node, with the common fields and the sealer at hand. */
  private final class Reader {
    final NodeReader json;
    final Sealer sealer;
    final String partyId;

    Reader(NodeReader json, Sealer sealer, String partyId) {
      this.json = json;
      this.sealer = sealer;
      this.partyId = partyId;
    }

    /** Checks the fields: the common three and {@code own}. */
    Reader fields(String... own) {
      Set<String> known = new HashSet<>(COMMON);
      known.addAll(Set.of(own));
      json.expectObject(known);
      return this;
    }

    RequestId id() {
      return json.required("requestId").text(RequestId::of);
    }

    Instant at() {
      return instant(json.required("at"));
    }

    Actor actor() {
      return ValueJson.actor(json.required("actor"));
    }

    NodeReader get(String name) {
      return json.required(name);
    }

    String text(String name) {
      return json.required(name).text();
    }

    String personal(String name) {
      return ValueJson.personal(json.required(name), sealer, partyId);
    }

    <E extends Enum<E>> E code(String name, Class<E> type) {
      return json.required(name).enumValue(type);
    }

    /** Builds the event, reporting a value the event refuses at the event's path. */
    <T> T make(Function<Reader, T> constructor) {
      return json.convert(this, constructor);
    }
  }

  private Map<String, Function<Reader, WorkOrderEvent>> readers() {
    ImmutableMap.Builder<String, Function<Reader, WorkOrderEvent>> r = ImmutableMap.builder();
    r.put("Submitted", e -> e.fields("request", "history").make(x -> new Submitted(x.id(), x.at(), x.actor(),
        RequestJson.read(x.get("request"), taxonomy, channels, x.sealer), ValueJson.history(x.get("history")))));
    r.put("Accepted", e -> e.fields("decision", "response", "resolution").make(x -> new Accepted(x.id(), x.at(),
        x.actor(), ValueJson.decision(x.get("decision")), slaDue(x.get("response")), slaDue(x.get("resolution")))));
    r.put("Rejected", e -> e.fields("reasonToParty").make(x -> new Rejected(x.id(), x.at(), x.actor(),
        x.text("reasonToParty"))));
    r.put("Assigned", e -> e.fields("tier", "handlerId").make(x -> new Assigned(x.id(), x.at(), x.actor(),
        x.code("tier", Tier.class), x.json.optional("handlerId").map(NodeReader::text))));
    r.put("ProgressNoted", e -> e.fields("note", "firstContact", "audience").make(x -> new ProgressNoted(x.id(),
        x.at(), x.actor(), x.personal("note"), x.get("firstContact").bool(), x.code("audience", NoteAudience.class))));
    r.put("Paused", e -> e.fields("reason").make(x -> new Paused(x.id(), x.at(), x.actor(),
        ValueJson.pauseReason(x.get("reason")))));
    r.put("Resumed", e -> e.fields("resolution").make(x -> new Resumed(x.id(), x.at(), x.actor(),
        slaDue(x.get("resolution")))));
    r.put("Urged", e -> e.fields("text", "duplicate").make(x -> new Urged(x.id(), x.at(), x.actor(),
        x.personal("text"),
        x.json.optional("duplicate").map(d -> RequestJson.read(d, taxonomy, channels, x.sealer)))));
    r.put("Escalated", e -> e.fields("from", "to", "reason", "provenance").make(x -> new Escalated(x.id(), x.at(),
        x.actor(), x.code("from", Tier.class), x.code("to", Tier.class), x.text("reason"),
        provenance(x.get("provenance")))));
    r.put("UrgencyChanged", e -> e.fields("from", "to", "targets", "response", "resolution", "reason", "provenance")
        .make(x -> new UrgencyChanged(x.id(), x.at(), x.actor(), x.code("from", Urgency.class),
            x.code("to", Urgency.class), ValueJson.targets(x.get("targets")), optionalSlaDue(x.json, "response"),
            optionalSlaDue(x.json, "resolution"), x.text("reason"), provenance(x.get("provenance")))));
    r.put("RiskFlagged", e -> e.fields("flag", "provenance").make(x -> new RiskFlagged(x.id(), x.at(), x.actor(),
        ValueJson.riskFlag(x.get("flag")), provenance(x.get("provenance")))));
    r.put("Delegated", e -> e.fields("target", "note", "period", "due", "pausesResolution").make(x -> new Delegated(
        x.id(), x.at(), x.actor(), ValueJson.target(x.get("target")), x.personal("note"), period(x.get("period")),
        deadline(x.get("due")), x.get("pausesResolution").bool())));
    r.put("DelegationOverdue", e -> e.fields("target", "due").make(x -> new DelegationOverdue(x.id(), x.at(),
        x.actor(), ValueJson.target(x.get("target")), dateTime(x.get("due")))));
    r.put("DelegationReturned", e -> e.fields("reason", "resolution").make(x -> new DelegationReturned(x.id(),
        x.at(), x.actor(), x.text("reason"), optionalSlaDue(x.json, "resolution"))));
    r.put("Resolved", e -> e.fields("result", "how", "resolution", "callback").make(x -> new Resolved(x.id(), x.at(),
        x.actor(), x.personal("result"), x.code("how", ResolutionKind.class), slaDue(x.get("resolution")),
        slaDue(x.get("callback")))));
    r.put("CallbackRequested", e -> e.fields("by", "due", "reason", "provenance").make(x -> new CallbackRequested(
        x.id(), x.at(), x.actor(), x.code("by", Tier.class), deadline(x.get("due")), x.text("reason"),
        provenance(x.get("provenance")))));
    r.put("CallbackRecorded", e -> e.fields("outcome", "note").make(x -> new CallbackRecorded(x.id(), x.at(),
        x.actor(), x.code("outcome", CallbackOutcome.class), x.personal("note"))));
    r.put("Evaluated", e -> e.fields("evaluation").make(x -> new Evaluated(x.id(), x.at(), x.actor(),
        ValueJson.evaluation(x.get("evaluation"), x.sealer, x.partyId))));
    r.put("Closed", e -> e.fields("reason").make(x -> new Closed(x.id(), x.at(), x.actor(), x.text("reason"))));
    r.put("Withdrawn", e -> e.fields("reason", "resolution").make(x -> new Withdrawn(x.id(), x.at(), x.actor(),
        x.text("reason"), optionalSlaDue(x.json, "resolution"))));
    r.put("Reopened", e -> e.fields("reason", "provenance", "resolution").make(x -> new Reopened(x.id(), x.at(),
        x.actor(), x.text("reason"), provenance(x.get("provenance")), slaDue(x.get("resolution")))));
    r.put("RectificationOpened", e -> e.fields("item", "aspect", "ownerTier", "ownerId", "within", "due",
        "provenance").make(x -> new RectificationOpened(x.id(), x.at(), x.actor(), x.get("item").integer(),
            x.code("aspect", EvaluationAspect.class), x.code("ownerTier", Tier.class),
            x.json.optional("ownerId").map(NodeReader::text), period(x.get("within")), deadline(x.get("due")),
            provenance(x.get("provenance")))));
    r.put("RectificationMeasureRecorded", e -> e.fields("item", "measure").make(x ->
        new RectificationMeasureRecorded(x.id(), x.at(), x.actor(), x.get("item").integer(), x.text("measure"))));
    r.put("RectificationClosed", e -> e.fields("item", "verification").make(x -> new RectificationClosed(x.id(),
        x.at(), x.actor(), x.get("item").integer(), x.text("verification"))));
    r.put("SlaWarned", e -> e.fields("target", "due", "handlerWarned", "provenance").make(x -> new SlaWarned(x.id(),
        x.at(), x.actor(), x.code("target", SlaTarget.class), dateTime(x.get("due")), x.get("handlerWarned").bool(),
        provenance(x.get("provenance")))));
    r.put("SlaBreached", e -> e.fields("target", "due", "provenance").make(x -> new SlaBreached(x.id(), x.at(),
        x.actor(), x.code("target", SlaTarget.class), dateTime(x.get("due")), provenance(x.get("provenance")))));
    r.put("DeadlineRevised", e -> e.fields("which", "item", "provisional", "statutory", "outcome", "clock", "reason")
        .make(x -> new DeadlineRevised(x.id(), x.at(), x.actor(), x.code("which", DeadlineKind.class),
            x.get("item").integer(), deadline(x.get("provisional")), deadline(x.get("statutory")),
            x.code("outcome", DeadlineRevision.class), optionalSlaDue(x.json, "clock"), x.text("reason"))));
    return r.build();
  }

  /** Writes each kind of event: the common fields, then its own. */
  private final class Writer implements WorkOrderEvent.Visitor<ObjectNode> {
    private final Sealer sealer;
    private final String partyId;

    Writer(Sealer sealer, String partyId) {
      this.sealer = sealer;
      this.partyId = partyId;
    }

    private ObjectNode start(WorkOrderEvent e) {
      ObjectNode json = ValueJson.object().put("requestId", e.requestId().value()).put("at", e.at().toString());
      json.set("actor", actor(e.actor()));
      return json;
    }

    private ObjectNode personal(ObjectNode json, String field, String text) {
      json.set(field, sealer.seal(text, partyId));
      return json;
    }

    @Override
    public ObjectNode submitted(Submitted e) {
      ObjectNode json = start(e);
      json.set("request", RequestJson.write(e.request(), mapper, sealer));
      json.set("history", ValueJson.history(e.history()));
      return json;
    }

    @Override
    public ObjectNode accepted(Accepted e) {
      ObjectNode json = start(e);
      json.set("decision", ValueJson.decision(e.decision()));
      json.set("response", slaDue(e.response()));
      json.set("resolution", slaDue(e.resolution()));
      return json;
    }

    @Override
    public ObjectNode rejected(Rejected e) {
      return start(e).put("reasonToParty", e.reasonToParty());
    }

    @Override
    public ObjectNode assigned(Assigned e) {
      ObjectNode json = start(e).put("tier", e.tier().name());
      e.handlerId().ifPresent(id -> json.put("handlerId", id));
      return json;
    }

    @Override
    public ObjectNode progressNoted(ProgressNoted e) {
      return personal(start(e), "note", e.note()).put("firstContact", e.firstContact())
          .put("audience", e.audience().name());
    }

    @Override
    public ObjectNode paused(Paused e) {
      ObjectNode json = start(e);
      json.set("reason", ValueJson.pauseReason(e.reason()));
      return json;
    }

    @Override
    public ObjectNode resumed(Resumed e) {
      ObjectNode json = start(e);
      json.set("resolution", slaDue(e.resolution()));
      return json;
    }

    @Override
    public ObjectNode urged(Urged e) {
      ObjectNode json = personal(start(e), "text", e.text());
      e.duplicate().ifPresent(d -> json.set("duplicate", RequestJson.write(d, mapper, sealer)));
      return json;
    }

    @Override
    public ObjectNode escalated(Escalated e) {
      ObjectNode json = start(e).put("from", e.from().name()).put("to", e.to().name()).put("reason", e.reason());
      json.set("provenance", provenance(e.provenance()));
      return json;
    }

    @Override
    public ObjectNode urgencyChanged(UrgencyChanged e) {
      ObjectNode json = start(e).put("from", e.from().name()).put("to", e.to().name());
      json.set("targets", ValueJson.targets(e.targets()));
      optionalSlaDue(json, "response", e.response());
      optionalSlaDue(json, "resolution", e.resolution());
      json.put("reason", e.reason());
      json.set("provenance", provenance(e.provenance()));
      return json;
    }

    @Override
    public ObjectNode riskFlagged(RiskFlagged e) {
      ObjectNode json = start(e);
      json.set("flag", ValueJson.riskFlag(e.flag()));
      json.set("provenance", provenance(e.provenance()));
      return json;
    }

    @Override
    public ObjectNode delegated(Delegated e) {
      ObjectNode json = start(e);
      json.set("target", ValueJson.target(e.target()));
      personal(json, "note", e.note()).put("period", e.period().toString());
      json.set("due", deadline(e.due()));
      return json.put("pausesResolution", e.pausesResolution());
    }

    @Override
    public ObjectNode delegationOverdue(DelegationOverdue e) {
      ObjectNode json = start(e);
      json.set("target", ValueJson.target(e.target()));
      return json.put("due", e.due().toString());
    }

    @Override
    public ObjectNode delegationReturned(DelegationReturned e) {
      ObjectNode json = start(e).put("reason", e.reason());
      optionalSlaDue(json, "resolution", e.resolution());
      return json;
    }

    @Override
    public ObjectNode resolved(Resolved e) {
      ObjectNode json = personal(start(e), "result", e.result()).put("how", e.how().name());
      json.set("resolution", slaDue(e.resolution()));
      json.set("callback", slaDue(e.callback()));
      return json;
    }

    @Override
    public ObjectNode callbackRequested(CallbackRequested e) {
      ObjectNode json = start(e).put("by", e.by().name());
      json.set("due", deadline(e.due()));
      json.put("reason", e.reason());
      json.set("provenance", provenance(e.provenance()));
      return json;
    }

    @Override
    public ObjectNode callbackRecorded(CallbackRecorded e) {
      return personal(start(e).put("outcome", e.outcome().name()), "note", e.note());
    }

    @Override
    public ObjectNode evaluated(Evaluated e) {
      ObjectNode json = start(e);
      json.set("evaluation", ValueJson.evaluation(e.evaluation(), sealer, partyId));
      return json;
    }

    @Override
    public ObjectNode closed(Closed e) {
      return start(e).put("reason", e.reason());
    }

    @Override
    public ObjectNode withdrawn(Withdrawn e) {
      ObjectNode json = start(e).put("reason", e.reason());
      optionalSlaDue(json, "resolution", e.resolution());
      return json;
    }

    @Override
    public ObjectNode reopened(Reopened e) {
      ObjectNode json = start(e).put("reason", e.reason());
      json.set("provenance", provenance(e.provenance()));
      json.set("resolution", slaDue(e.resolution()));
      return json;
    }

    @Override
    public ObjectNode rectificationOpened(RectificationOpened e) {
      ObjectNode json = start(e).put("item", e.item()).put("aspect", e.aspect().name())
          .put("ownerTier", e.ownerTier().name());
      e.ownerId().ifPresent(id -> json.put("ownerId", id));
      json.put("within", e.within().toString());
      json.set("due", deadline(e.due()));
      json.set("provenance", provenance(e.provenance()));
      return json;
    }

    @Override
    public ObjectNode rectificationMeasureRecorded(RectificationMeasureRecorded e) {
      return start(e).put("item", e.item()).put("measure", e.measure());
    }

    @Override
    public ObjectNode rectificationClosed(RectificationClosed e) {
      return start(e).put("item", e.item()).put("verification", e.verification());
    }

    @Override
    public ObjectNode slaWarned(SlaWarned e) {
      ObjectNode json = start(e).put("target", e.target().name()).put("due", e.due().toString())
          .put("handlerWarned", e.handlerWarned());
      json.set("provenance", provenance(e.provenance()));
      return json;
    }

    @Override
    public ObjectNode slaBreached(SlaBreached e) {
      ObjectNode json = start(e).put("target", e.target().name()).put("due", e.due().toString());
      json.set("provenance", provenance(e.provenance()));
      return json;
    }

    @Override
    public ObjectNode deadlineRevised(DeadlineRevised e) {
      ObjectNode json = start(e).put("which", e.which().name()).put("item", e.item());
      json.set("provisional", deadline(e.provisional()));
      json.set("statutory", deadline(e.statutory()));
      json.put("outcome", e.outcome().name());
      optionalSlaDue(json, "clock", e.clock());
      return json.put("reason", e.reason());
    }
  }
}
