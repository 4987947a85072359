package org.enforcementdesk.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestFacts;

/**
 * The facts a court's requests may carry beyond the library's own, as {@code court-facts.properties} declares them
 * (name, type, meaning), and the check that refuses any other at submission with the nearest known name.
 */
final class CourtFacts {

  /** The file's name in a rule directory. */
  static final String FILE_NAME = "court-facts.properties";

  /** A book without the file declares no facts of its own. */
  static final CourtFacts NONE = new CourtFacts(ImmutableMap.of());

  private static final Pattern LINE = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_.]{0,63})\\s*=\\s*(\\w+)\\s*,\\s*(\\S.*)");
  private static final List<String> TYPES = List.of("text", "number", "date", "boolean", "any");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ImmutableMap<String, String> types;

  private CourtFacts(ImmutableMap<String, String> types) {
    this.types = types;
  }

  /** Reads the file; each bad line is a problem at its line, and the file reads as declaring nothing. */
  static CourtFacts parse(String fileName, String text, List<String> problems) {
    Map<String, String> types = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    int before = problems.size();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String at = fileName + ":" + (i + 1) + ":1: ";
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        problems.add(at + "expected name = type, meaning (e.g. vehiclePlate = text, 车牌号)");
      } else if (!TYPES.contains(m.group(2))) {
        problems.add(at + "unknown type \"" + m.group(2) + "\"; expected one of " + String.join(", ", TYPES));
      } else if (RequestFacts.KNOWN_NAMES.contains(m.group(1))) {
        problems.add(at + "\"" + m.group(1) + "\" is one of the library's own facts; declare only the court's own");
      } else if (types.putIfAbsent(m.group(1), m.group(2)) != null) {
        problems.add(at + "\"" + m.group(1) + "\" is declared twice");
      }
    }
    return problems.size() > before ? NONE : new CourtFacts(ImmutableMap.copyOf(types));
  }

  /**
   * Refuses a fact neither the library nor the court knows, and a declared fact of the wrong type.
   *
   * @throws IllegalArgumentException naming the fact, and the nearest known name where one is near
   */
  void check(RequestFacts facts) {
    for (Map.Entry<String, String> fact : facts.other().entrySet()) {
      String name = fact.getKey();
      String type = types.get(name);
      if (type == null) {
        String near = nearest(name).map(n -> "; did you mean \"" + n + "\"?").orElse("");
        throw new IllegalArgumentException("request fact \"" + LogSafe.cut(name) + "\" is neither one of the"
            + " library's facts nor declared in " + FILE_NAME + near);
      }
      if (!hasType(fact.getValue(), type)) {
        throw new IllegalArgumentException("request fact \"" + name + "\" must be " + type + " (as " + FILE_NAME
            + " declares it)");
      }
    }
  }

  /** The known name nearest to {@code name}: within a third of its length in edits, and at most 3. */
  private Optional<String> nearest(String name) {
    int limit = Math.min(3, Math.max(1, name.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : Stream.concat(RequestFacts.KNOWN_NAMES.stream(), types.keySet().stream()).toList()) {
      int distance = editDistance(name.toLowerCase(Locale.ROOT), known.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = known;
        bestDistance = distance;
      }
    }
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }

  /** Levenshtein distance, two rows: names are short, and this is the only place that needs it. */
  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static boolean hasType(String jsonValue, String type) {
    JsonNode value;
    try {
      value = JSON.readTree(jsonValue);
    } catch (IOException e) {
      return false;
    }
    return switch (type) {
      case "text" -> value.isTextual();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "date" -> value.isTextual() && isDate(value.asText());
      default -> true;
    };
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
