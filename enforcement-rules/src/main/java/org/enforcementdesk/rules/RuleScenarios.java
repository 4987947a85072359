package org.enforcementdesk.rules;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.json.EnforcementJson;
import org.enforcementdesk.json.JsonInputException;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.ReviewFacts;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.sla.SlaState;

/**
 * Reads rule scenarios: JSON files ({@code *.json}, UTF-8) each holding an array of scenarios (or one). A scenario
 * is {@code {"scenario": "a sentence", "intake": {...} or "review": {...}, "expect": {...}}}:
 *
 * <ul>
 *   <li>{@code intake}: {@code request} in the request JSON of docs/request-json.md, where {@code id}, {@code
 *       channel}, {@code requester} and {@code caseNumber} may be left out (a sample value is used; no case number
 *       when {@code facts.caseNotYetFiled}); the instant is the request's {@code receivedAt}; optional {@code history}
 *       {@code {"requestsWithin30Days": 3, "contactsWithin30Days": 0, "openPetitions": 0}}. Expect any of {@code
 *       urgency}, {@code response}, {@code resolution}, {@code callback} (period text), {@code startTier}, {@code
 *       requirements} and {@code riskFlags} (exactly these), {@code delegation} and {@code delegationVillage}
 *       ({@code "none"} for none), {@code resolveNoLaterThan} (an instant or {@code "none"}), {@code firedRules} (at
 *       least these).
 *   <li>{@code review}: {@code signal}, {@code at} (the instant, with offset), {@code type}, and optionally {@code
 *       urgency}, {@code tier}, {@code resolutionState}, {@code usedShare}, {@code urgeCount}, {@code latestText},
 *       {@code threatMarked}, {@code evaluation} ({@code {"ATTITUDE": "DISSATISFIED"}}), {@code history}, {@code
 *       riskAlreadyFlagged}, {@code warned}, {@code breached}. Expect {@code actions} (exactly these, in the short
 *       form {@code "warn RESOLUTION"}, {@code "escalate BUREAU_LEADER"}, {@code "flag REPEATED_VISITS"}, {@code
 *       "callback CENTER_DIRECTOR within 1 working day"}, {@code "rectify ATTITUDE by CENTER_DIRECTOR within 5
 *       working days"}) and {@code firedRules} (at least these).
 * </ul>
 *
 * <p>A scenario file that does not read is an {@link IllegalArgumentException} naming the file and the JSON path.
 */
public final class RuleScenarios {

  private static final Set<String> SCENARIO_KEYS = ImmutableSet.of("scenario", "intake", "review", "expect");
  private static final Set<String> INTAKE_KEYS = ImmutableSet.of("request", "history");
  private static final Set<String> HISTORY_KEYS =
      ImmutableSet.of("requestsWithin30Days", "contactsWithin30Days", "openPetitions");
  private static final Set<String> REVIEW_KEYS =
      ImmutableSet.of(
          "signal", "at", "type", "urgency", "tier", "resolutionState", "usedShare", "urgeCount", "latestText",
          "threatMarked", "evaluation", "history", "riskAlreadyFlagged", "warned", "breached");
  private static final Set<String> INTAKE_EXPECT_KEYS =
      ImmutableSet.of(
          "urgency", "response", "resolution", "callback", "startTier", "requirements", "riskFlags", "delegation",
          "delegationVillage", "resolveNoLaterThan", "firedRules");
  private static final Set<String> REVIEW_EXPECT_KEYS = ImmutableSet.of("actions", "firedRules");
  private static final Map<String, String> REQUEST_SAMPLE =
      ImmutableMap.of(
          "id", "\"SCENARIO-1\"",
          "channel", "\"WINDOW\"",
          "requester", "{\"id\": \"P-1\", \"role\": \"APPLICANT\", \"name\": \"张三\"}",
          "caseNumber", "\"（2025）闽0322执1234号\"");

  private final EnforcementJson json;
  private final ObjectMapper mapper;

  private RuleScenarios(EnforcementJson json) {
    this.json = json;
    this.mapper = json.mapper();
  }

  /** A reader of scenarios whose requests use the default taxonomy and channels. */
  public static RuleScenarios defaults() {
    return new RuleScenarios(EnforcementJson.defaults());
  }

  /** A reader of scenarios whose requests use a court's own taxonomy and channels; not null. */
  public static RuleScenarios of(EnforcementJson json) {
    return new RuleScenarios(requireNonNull(json, "json"));
  }

  /**
   * Reads every {@code *.json} file under a directory, in name order.
   *
   * @param dir the directory; not null
   * @return the scenarios, in file order then order within each file
   * @throws IllegalArgumentException if a file is not a valid scenario file (naming the file and JSON path)
   * @throws UncheckedIOException if a file cannot be read
   */
  public List<RuleScenario> readDirectory(Path dir) {
    requireNonNull(dir, "dir");
    List<RuleScenario> scenarios = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        String name = dir.relativize(file).toString().replace('\\', '/');
        scenarios.addAll(read(Files.readString(file, StandardCharsets.UTF_8), name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the scenario directory " + dir, e);
    }
    return scenarios;
  }

  /**
   * Reads the scenarios in one JSON text.
   *
   * @param text the JSON; not null
   * @param source the file's name, for messages; not null
   * @throws IllegalArgumentException if it is not a valid scenario file
   */
  public List<RuleScenario> read(String text, String source) {
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          source + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": "
              + e.getOriginalMessage(), e);
    }
    List<RuleScenario> scenarios = new ArrayList<>();
    if (root != null && root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        scenarios.add(scenario(root.get(i), source, "$[" + i + "]", source + "#" + (i + 1)));
      }
    } else {
      scenarios.add(scenario(root, source, "$", source + "#1"));
    }
    return scenarios;
  }

  private RuleScenario scenario(JsonNode node, String file, String path, String where) {
    object(node, file, path, SCENARIO_KEYS);
    String name = text(node, "scenario", file, path);
    boolean intake = node.has("intake");
    if (intake == node.has("review")) {
      throw problem(file, path, "a scenario has exactly one of \"intake\" and \"review\"");
    }
    JsonNode expect = node.get("expect");
    object(expect, file, path + ".expect", intake ? INTAKE_EXPECT_KEYS : REVIEW_EXPECT_KEYS);
    // The facts first, so a file's first problem is reported where it is, reading top down.
    IntakeFacts intakeFacts = intake ? intakeFacts(node.get("intake"), file, path + ".intake") : null;
    ReviewFacts reviewFacts = intake ? null : reviewFacts(node.get("review"), file, path + ".review");
    checkExpectations(expect, file, path + ".expect");
    return new RuleScenario(name, where, intakeFacts, reviewFacts, expect);
  }

  private IntakeFacts intakeFacts(JsonNode node, String file, String path) {
    object(node, file, path, INTAKE_KEYS);
    JsonNode given = node.get("request");
    if (given == null || !given.isObject()) {
      throw problem(file, path + ".request", "expected the request as a JSON object");
    }
    ObjectNode request = mapper.createObjectNode();
    boolean notYetFiled = given.path("facts").path("caseNotYetFiled").asBoolean(false);
    try {
      for (Map.Entry<String, String> sample : REQUEST_SAMPLE.entrySet()) {
        if (!(sample.getKey().equals("caseNumber") && notYetFiled)) {
          request.set(sample.getKey(), mapper.readTree(sample.getValue()));
        }
      }
    } catch (JsonProcessingException e) {
      throw new AssertionError("the sample request is valid JSON", e);
    }
    request.setAll((ObjectNode) given);
    try {
      // Read without a source name: the problem is reported once, at the request's place in the scenario file.
      return new IntakeFacts(json.readRequest(request.toString(), ""), history(node.get("history"), file, path));
    } catch (JsonInputException e) {
      String inRequest = e.path().startsWith("$") ? e.path().substring(1) : " (" + e.path() + ")";
      throw problem(file, path + ".request" + inRequest, e.getMessage().substring(e.path().length() + 2));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw problem(file, path + ".request", e.getMessage());
    }
  }

  private ReviewFacts reviewFacts(JsonNode node, String file, String path) {
    object(node, file, path, REVIEW_KEYS);
    try {
      Map<EvaluationAspect, Rating> evaluation = new EnumMap<>(EvaluationAspect.class);
      node.path("evaluation").fields().forEachRemaining(
          e -> evaluation.put(EvaluationAspect.valueOf(e.getKey()), Rating.valueOf(e.getValue().asText())));
      Set<RiskKind> flagged = EnumSet.noneOf(RiskKind.class);
      node.path("riskAlreadyFlagged").forEach(kind -> flagged.add(RiskKind.valueOf(kind.asText())));
      return new ReviewFacts(
          ReviewSignal.valueOf(text(node, "signal", file, path)),
          OffsetDateTime.parse(text(node, "at", file, path)).toInstant(),
          json.taxonomy().type(text(node, "type", file, path)),
          Urgency.valueOf(node.path("urgency").asText("NORMAL")),
          Tier.valueOf(node.path("tier").asText("OFFICER")),
          SlaState.valueOf(node.path("resolutionState").asText("ON_TRACK")),
          node.path("usedShare").asDouble(0),
          node.path("urgeCount").asInt(0),
          node.path("latestText").asText(""),
          node.path("threatMarked").asBoolean(false),
          ImmutableMap.copyOf(evaluation),
          history(node.get("history"), file, path),
          ImmutableSet.copyOf(flagged),
          node.path("warned").asBoolean(false),
          node.path("breached").asBoolean(false));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw problem(file, path, e.getMessage());
    }
  }

  private static CaseHistory history(JsonNode node, String file, String path) {
    if (node == null) {
      return CaseHistory.NONE;
    }
    object(node, file, path + ".history", HISTORY_KEYS);
    return new CaseHistory(
        node.path("requestsWithin30Days").asInt(0),
        node.path("contactsWithin30Days").asInt(0),
        node.path("openPetitions").asInt(0));
  }

  private static void checkExpectations(JsonNode expect, String file, String path) {
    if (expect.isEmpty()) {
      throw problem(file, path, "a scenario that expects nothing tests nothing; say what the rules must decide");
    }
    for (String key : List.of("response", "resolution", "callback")) {
      if (expect.has(key)) {
        try {
          Period.parse(expect.get(key).asText());
        } catch (IllegalArgumentException e) {
          throw problem(file, path + "." + key, e.getMessage());
        }
      }
    }
    for (String key : List.of("requirements", "riskFlags", "firedRules", "actions")) {
      if (expect.has(key) && !expect.get(key).isArray()) {
        throw problem(file, path + "." + key, "expected an array");
      }
    }
    JsonNode actions = expect.path("actions");
    for (int i = 0; i < actions.size(); i++) {
      String problem = ActionForms.problem(actions.get(i).asText());
      if (problem != null) {
        throw problem(file, path + ".actions[" + i + "]", problem);
      }
    }
  }

  private static void object(JsonNode node, String file, String path, Set<String> keys) {
    if (node == null || !node.isObject()) {
      throw problem(file, path, "expected a JSON object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!keys.contains(name)) {
        throw problem(file, path + "." + name, "unknown property; expected one of " + keys);
      }
    }
  }

  private static String text(JsonNode node, String key, String file, String path) {
    JsonNode value = node.get(key);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw problem(file, path + "." + key, "expected a non-blank string");
    }
    return value.asText();
  }

  private static IllegalArgumentException problem(String file, String path, String message) {
    return new IllegalArgumentException(file + ": " + path + ": " + message);
  }
}
