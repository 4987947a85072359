package org.enforcementdesk.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.Sets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.enforcementdesk.calendar.Deadline;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.json.EnforcementJson;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.RiskFlag;
import org.enforcementdesk.rules.DroolsDecisionPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code enforcement decide [--rules DIR] [FILE|-]}: decides requests at intake, as the desk does when it accepts
 * them, and prints one JSON decision per request: what an integrator pipes their export through to see what the
 * rules make of it.
 */
@Command(
    name = "decide",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Decide requests at intake and print one JSON decision per line.",
    synopsisHeading = "%n",
    description = {
      "",
      "Input: requests in the JSON of docs/request-json.md, as a JSON array or as JSON Lines (one request object"
          + " per line; objects spanning lines are read too). Every request is read before any is decided: one"
          + " bad request fails the run and nothing is printed.",
      "",
      "Each request is decided with its case's history as the desk would count it from the input: the requests"
          + " on the same case received in the 30 days up to it (itself included), no other contact and no open"
          + " petition; so lowering a repeated-visits threshold shows. Its facts are checked as at submission. Deadlines run from receivedAt by the default calendar (Asia/Shanghai, Fujian"
          + " office hours, China's 2024-2026 holidays, later years provisional), the resolution capped by"
          + " resolveNoLaterThan, as the desk does.",
      "",
      "Output: one JSON object per line, in input order, with these fields:",
      "  id                  the request id",
      "  type                the request type code",
      "  receivedAt          when it was received",
      "  urgency             URGENT, PRIORITY or NORMAL",
      "  targets             {response, resolution, callback}: periods as",
      "                      text, e.g. \"4 working hours\"",
      "  deadlines           {response, resolution, provisionalYears}: when",
      "                      due, +08:00, and the years counted without",
      "                      their notice (the dates may move), or []",
      "  resolveNoLaterThan  the hard limit on resolution, or null",
      "  startTier           OFFICER, CENTER_DIRECTOR or BUREAU_LEADER",
      "  requirements        handling requirements (办理要求), texts",
      "  riskFlags           [{kind, reason}]",
      "  delegation          {kind, village, reason}, or null",
      "  firedRules          the rules that fired, in firing order",
      "  ruleBookVersion     the content hash of the rule book that decided",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  ./enforcement decide examples/samples/requests.jsonl",
      "  ./enforcement decide --rules court-rules - < export.json",
      "",
      "Exit codes: 0 every request decided; 1 a rule failed while deciding; 2 bad usage or input (file, line or"
          + " JSON path named), a request received in a year without holiday data, or --rules DIR that does not"
          + " compile."
    })
final class DecideCommand implements Callable<Integer> {

  /** How far back a request's case history reaches, as the desk counts repeated visits. */
  static final Duration HISTORY_WINDOW = Duration.ofDays(30);

  @Spec private CommandSpec spec;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "a rule author's directory (see validate-rules) instead of the shipped rule book")
  private Path rules;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = "-",
      description = "the requests: a JSON array or JSON Lines; - (the default) for standard input")
  private String file;

  @Override
  public Integer call() {
    EnforcementJson json = EnforcementJson.defaults();
    List<Request> requests = read(json, InputText.read(file), InputText.sourceName(file));
    DroolsDecisionPolicy policy = new DroolsDecisionPolicy(RuleBooks.load(rules));
    WorkingCalendar calendar = WorkingCalendar.china();
    ObjectMapper mapper = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (Request request : requests) {
      policy.checkFacts(request.facts());
    }
    for (Request request : requests) {
      IntakeDecision decision = policy.intake(new IntakeFacts(request, history(request, requests)));
      lines.add(write(mapper, decisionJson(mapper, request, decision, calendar)));
    }
    // Printed only once every request is decided: a failure leaves standard output empty.
    PrintWriter out = spec.commandLine().getOut();
    lines.forEach(out::println);
    return EnforcementCli.OK;
  }

  /** The requests on the request's case received in the 30 days up to it, itself included, wherever in the input. */
  static CaseHistory history(Request request, List<Request> all) {
    Instant received = request.receivedAt().toInstant();
    int requests = (int) all.stream()
        .filter(other -> other.caseNumber().equals(request.caseNumber()))
        .map(other -> other.receivedAt().toInstant())
        .filter(at -> !at.isAfter(received) && !at.isBefore(received.minus(HISTORY_WINDOW)))
        .count();
    return new CaseHistory(requests, 0, 0);
  }

  private static ObjectNode decisionJson(
      ObjectMapper mapper, Request request, IntakeDecision decision, WorkingCalendar calendar) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", request.id().toString());
    node.put("type", request.type().code());
    node.put("receivedAt", request.receivedAt().toString());
    node.put("urgency", decision.urgency().name());
    ObjectNode targets = node.putObject("targets");
    targets.put("response", decision.targets().response().toString());
    targets.put("resolution", decision.targets().resolution().toString());
    targets.put("callback", decision.targets().callback().toString());
    ObjectNode deadlines = node.putObject("deadlines");
    OffsetDateTime limit =
        decision.resolutionLimit().map(l -> l.atZoneSameInstant(calendar.zone()).toOffsetDateTime()).orElse(null);
    try {
      OffsetDateTime received = request.receivedAt();
      Deadline resolution = calendar.due(received, decision.targets().resolution());
      Deadline response = calendar.due(received, decision.targets().response());
      deadlines.put("response", response.dueAt().toString());
      boolean capped = limit != null && limit.isBefore(resolution.dueAt());
      deadlines.put("resolution", (capped ? limit : resolution.dueAt()).toString());
      // A year without its State Council notice is counted from the national regulation: the dates may move.
      ArrayNode provisional = deadlines.putArray("provisionalYears");
      new TreeSet<>(Sets.union(response.provisionalYears(), capped ? Set.of() : resolution.provisionalYears()))
          .forEach(provisional::add);
    } catch (DateTimeException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "request " + request.id() + " received " + request.receivedAt() + ": its deadlines cannot be counted", e);
    }
    if (limit == null) {
      node.putNull("resolveNoLaterThan");
    } else {
      node.put("resolveNoLaterThan", limit.toString());
    }
    node.put("startTier", decision.startTier().name());
    ArrayNode requirements = node.putArray("requirements");
    decision.requirements().forEach(requirements::add);
    ArrayNode flags = node.putArray("riskFlags");
    for (RiskFlag flag : decision.riskFlags()) {
      flags.addObject().put("kind", flag.kind().name()).put("reason", flag.reason());
    }
    decision
        .delegationSuggestion()
        .ifPresentOrElse(
            s -> {
              ObjectNode delegation = node.putObject("delegation").put("kind", s.kind().name());
              delegation.put("village", s.villageName().orElse(null));
              delegation.put("reason", s.reason());
            },
            () -> node.putNull("delegation"));
    ArrayNode fired = node.putArray("firedRules");
    decision.firedRules().forEach(fired::add);
    node.put("ruleBookVersion", decision.ruleBookVersion());
    return node;
  }

  private static String write(ObjectMapper mapper, ObjectNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a decision", e);
    }
  }

  /**
   * The requests in {@code text}: a JSON array, or one request object after another (JSON Lines). An object's
   * problems are named by its first line, e.g. {@code requests.jsonl line 3: $.type: ...}.
   */
  static List<Request> read(EnforcementJson json, String text, String source) {
    List<Request> requests =
        text.stripLeading().startsWith("[") ? json.readRequests(text, source) : readLines(json, text, source);
    if (requests.isEmpty()) {
      throw new IllegalArgumentException("no requests in " + source);
    }
    return requests;
  }

  private static List<Request> readLines(EnforcementJson json, String text, String source) {
    List<Request> requests = new ArrayList<>();
    ObjectMapper mapper = json.mapper();
    try (JsonParser parser = mapper.getFactory().createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        JsonLocation start = parser.currentTokenLocation();
        String where = source + " line " + start.getLineNr();
        if (token != JsonToken.START_OBJECT) {
          throw new IllegalArgumentException(where + ": expected a request object ({...}), found " + parser.getText());
        }
        parser.skipChildren();
        int end = (int) parser.currentLocation().getCharOffset();
        requests.add(json.readRequest(text.substring((int) start.getCharOffset(), end), where));
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      // Jackson's own text may point at the start of the object, through a "[Source: REDACTED (...); " preamble.
      String message = e.getOriginalMessage().replaceAll("\\[Source: REDACTED \\(`[^`]*` disabled\\); ", "[");
      throw new IllegalArgumentException(
          source + (at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": " + message,
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    return requests;
  }

}
