package org.enforcementdesk.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.enforcementdesk.calendar.CountedDeadline;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.Provenance;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.policy.DelegationSuggestion;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.RiskFlag;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaDue;
import org.enforcementdesk.sla.SlaTargets;

/**
 * The stored JSON of the values events carry: instants as ISO-8601 ({@code 2026-03-02T01:15:00Z}), date-times with
 * their offset, periods in their text form ({@code 3 working days}), codes as their enum names, an empty optional as
 * an absent field. Every reader is strict: an unknown field, a missing one or a malformed value fails with the path.
 */
final class ValueJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ValueJson() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static Instant instant(NodeReader json) {
    return json.text(text -> {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("expected an ISO-8601 instant like 2026-03-02T01:15:00Z: " + text, e);
      }
    });
  }

  static OffsetDateTime dateTime(NodeReader json) {
    return json.text(RequestJson::instant);
  }

  static Period period(NodeReader json) {
    return json.text(Period::parse);
  }

  static ObjectNode actor(Actor actor) {
    return object().put("role", actor.role().name()).put("id", actor.id());
  }

  static Actor actor(NodeReader json) {
    json.expectObject(Set.of("role", "id"));
    ActorRole role = json.required("role").enumValue(ActorRole.class);
    String id = json.required("id").text();
    return json.convert(id, i -> new Actor(role, i));
  }

  static ObjectNode deadline(CountedDeadline deadline) {
    ObjectNode json = object().put("at", deadline.at().toString()).put("calendar", deadline.calendarVersion());
    if (deadline.provisional()) {
      ArrayNode years = json.putArray("provisionalYears");
      deadline.provisionalYears().forEach(years::add);
    }
    return json;
  }

  static CountedDeadline deadline(NodeReader json) {
    json.expectObject(Set.of("at", "calendar", "provisionalYears"));
    OffsetDateTime at = dateTime(json.required("at"));
    String calendar = json.required("calendar").text();
    TreeSet<Integer> years = new TreeSet<>();
    json.optional("provisionalYears").ifPresent(list -> list.elements().forEach(y -> years.add(y.integer())));
    return json.convert(calendar, c -> new CountedDeadline(at, c, years));
  }

  static ObjectNode slaDue(SlaDue due) {
    ObjectNode json = object();
    json.set("deadline", deadline(due.deadline()));
    return json.put("atRisk", due.atRisk().toString()).put("withoutPauses", due.withoutPauses().toString());
  }

  static SlaDue slaDue(NodeReader json) {
    json.expectObject(Set.of("deadline", "atRisk", "withoutPauses"));
    CountedDeadline deadline = deadline(json.required("deadline"));
    OffsetDateTime atRisk = dateTime(json.required("atRisk"));
    OffsetDateTime withoutPauses = dateTime(json.required("withoutPauses"));
    return json.convert(deadline, d -> new SlaDue(d, atRisk, withoutPauses));
  }

  static void optionalSlaDue(ObjectNode json, String field, Optional<SlaDue> due) {
    due.ifPresent(d -> json.set(field, slaDue(d)));
  }

  static Optional<SlaDue> optionalSlaDue(NodeReader json, String field) {
    return json.optional(field).map(ValueJson::slaDue);
  }

  static ObjectNode provenance(Provenance provenance) {
    ObjectNode json = object();
    ArrayNode rules = json.putArray("firedRules");
    provenance.firedRules().forEach(rules::add);
    return json.put("ruleBookVersion", provenance.ruleBookVersion());
  }

  static Provenance provenance(NodeReader json) {
    json.expectObject(Set.of("firedRules", "ruleBookVersion"));
    ImmutableList<String> rules = texts(json.required("firedRules"));
    String version = json.required("ruleBookVersion").text();
    return json.convert(version, v -> new Provenance(rules, v));
  }

  static ObjectNode targets(SlaTargets targets) {
    return object()
        .put("response", targets.response().toString())
        .put("resolution", targets.resolution().toString())
        .put("callback", targets.callback().toString());
  }

  static SlaTargets targets(NodeReader json) {
    json.expectObject(Set.of("response", "resolution", "callback"));
    return new SlaTargets(
        period(json.required("response")), period(json.required("resolution")), period(json.required("callback")));
  }

  static ObjectNode riskFlag(RiskFlag flag) {
    return object().put("kind", flag.kind().name()).put("reason", flag.reason());
  }

  static RiskFlag riskFlag(NodeReader json) {
    json.expectObject(Set.of("kind", "reason"));
    RiskKind kind = json.required("kind").enumValue(RiskKind.class);
    String reason = json.required("reason").text();
    return json.convert(reason, r -> new RiskFlag(kind, r));
  }

  static ObjectNode target(DelegationTarget target) {
    return object().put("kind", target.kind().name()).put("resolverId", target.resolverId()).put("name", target.name());
  }

  static DelegationTarget target(NodeReader json) {
    json.expectObject(Set.of("kind", "resolverId", "name"));
    DelegationKind kind = json.required("kind").enumValue(DelegationKind.class);
    String id = json.required("resolverId").text();
    String name = json.required("name").text();
    return json.convert(id, i -> new DelegationTarget(kind, i, name));
  }

  static ObjectNode pauseReason(PauseReason reason) {
    return object().put("kind", reason.kind().name()).put("note", reason.note());
  }

  static PauseReason pauseReason(NodeReader json) {
    json.expectObject(Set.of("kind", "note"));
    PauseKind kind = json.required("kind").enumValue(PauseKind.class);
    String note = json.required("note").text();
    return json.convert(note, n -> new PauseReason(kind, n));
  }

  /** A piece of personal data, opened by the sealer; {@link Sealer#ERASED} once its party is erased. */
  static String personal(NodeReader json, Sealer sealer, String partyId) {
    if (sealer == Sealer.PLAIN) {
      return json.personalText(); // a type error says what was found without echoing the value
    }
    return json.convert(json.node(), node -> sealer.open(node, partyId)).orElse(Sealer.ERASED);
  }

  static ObjectNode evaluation(Evaluation evaluation, Sealer sealer, String partyId) {
    ObjectNode json = object();
    ObjectNode ratings = json.putObject("ratings");
    evaluation.ratings().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(r -> ratings.put(r.getKey().name(), r.getValue().name()));
    json.set("comment", sealer.seal(evaluation.comment(), partyId));
    return json.put("declined", evaluation.declined());
  }

  static Evaluation evaluation(NodeReader json, Sealer sealer, String partyId) {
    json.expectObject(Set.of("ratings", "comment", "declined"));
    NodeReader ratingsJson = json.required("ratings");
    Set<String> aspects = new TreeSet<>();
    for (EvaluationAspect aspect : EvaluationAspect.values()) {
      aspects.add(aspect.name());
    }
    ratingsJson.expectObject(aspects);
    Map<EvaluationAspect, Rating> ratings = new EnumMap<>(EvaluationAspect.class);
    for (EvaluationAspect aspect : EvaluationAspect.values()) {
      ratingsJson.optional(aspect.name()).ifPresent(r -> ratings.put(aspect, r.enumValue(Rating.class)));
    }
    String comment = personal(json.required("comment"), sealer, partyId);
    boolean declined = json.required("declined").bool();
    return json.convert(comment, c -> new Evaluation(ratings, c, declined));
  }

  static ObjectNode history(CaseHistory history) {
    return object()
        .put("requestsWithin30Days", history.requestsWithin30Days())
        .put("contactsWithin30Days", history.contactsWithin30Days())
        .put("openPetitions", history.openPetitions());
  }

  static CaseHistory history(NodeReader json) {
    json.expectObject(Set.of("requestsWithin30Days", "contactsWithin30Days", "openPetitions"));
    int requests = json.required("requestsWithin30Days").integer();
    int contacts = json.required("contactsWithin30Days").integer();
    int petitions = json.required("openPetitions").integer();
    return json.convert(requests, r -> new CaseHistory(r, contacts, petitions));
  }

  static ObjectNode decision(IntakeDecision decision) {
    ObjectNode json = object().put("urgency", decision.urgency().name());
    json.set("targets", targets(decision.targets()));
    json.put("startTier", decision.startTier().name());
    ArrayNode requirements = json.putArray("requirements");
    decision.requirements().forEach(requirements::add);
    ArrayNode flags = json.putArray("riskFlags");
    decision.riskFlags().forEach(f -> flags.add(riskFlag(f)));
    decision.delegationSuggestion().ifPresent(s -> {
      ObjectNode suggestion = json.putObject("delegationSuggestion").put("kind", s.kind().name());
      s.villageName().ifPresent(v -> suggestion.put("village", v));
      suggestion.put("reason", s.reason());
    });
    decision.resolutionLimit().ifPresent(limit -> json.put("resolutionLimit", limit.toString()));
    ArrayNode fired = json.putArray("firedRules");
    decision.firedRules().forEach(fired::add);
    return json.put("ruleBookVersion", decision.ruleBookVersion());
  }

  static IntakeDecision decision(NodeReader json) {
    json.expectObject(Set.of("urgency", "targets", "startTier", "requirements", "riskFlags", "delegationSuggestion",
        "resolutionLimit", "firedRules", "ruleBookVersion"));
    Urgency urgency = json.required("urgency").enumValue(Urgency.class);
    SlaTargets targets = targets(json.required("targets"));
    Tier tier = json.required("startTier").enumValue(Tier.class);
    ImmutableList<String> requirements = texts(json.required("requirements"));
    ImmutableList<RiskFlag> flags =
        json.required("riskFlags").elements().stream().map(ValueJson::riskFlag).collect(ImmutableList.toImmutableList());
    Optional<DelegationSuggestion> suggestion = json.optional("delegationSuggestion").map(s -> {
      s.expectObject(Set.of("kind", "village", "reason"));
      DelegationKind kind = s.required("kind").enumValue(DelegationKind.class);
      Optional<String> village = s.optional("village").map(NodeReader::text);
      String reason = s.required("reason").text();
      return s.convert(reason, r -> new DelegationSuggestion(kind, village, r));
    });
    Optional<OffsetDateTime> limit = json.optional("resolutionLimit").map(ValueJson::dateTime);
    ImmutableList<String> fired = texts(json.required("firedRules"));
    String version = json.required("ruleBookVersion").text();
    return json.convert(version,
        v -> new IntakeDecision(urgency, targets, tier, requirements, flags, suggestion, limit, fired, v));
  }

  static ImmutableList<String> texts(NodeReader json) {
    return json.elements().stream().map(NodeReader::text).collect(ImmutableList.toImmutableList());
  }
}
