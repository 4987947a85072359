package org.enforcementdesk.rules;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.LineNumberReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers and word lists the rules read, kept as data a rule author edits ({@code rule-settings.properties}
 * beside the rule files) instead of literals inside rules: thresholds of the risk triggers, the threat phrases, the
 * livelihood causes and the delegation limit. Immutable; the rules see it as the global {@code settings}.
 *
 * <p>The file is {@code key = value} lines in UTF-8; {@code #} starts a comment line; lists are separated by commas
 * (either {@code ,} or {@code ，}). Every key must be present, so a typo cannot silently switch a trigger off.
 */
public final class RuleSettings {

  /** The name of the settings file in a rule directory. */
  public static final String FILE_NAME = "rule-settings.properties";

  private static final List<String> KEYS =
      List.of(
          "repeatedVisits.requestsWithin30Days",
          "repeatedVisits.urgesOnOneRequest",
          "threat.phrases",
          "livelihood.causes",
          "delegation.villageMediator.maxAmountYuan");

  private final int repeatedVisitRequests;
  private final int repeatedUrges;
  private final ImmutableList<String> threatPhrases;
  private final ImmutableList<String> livelihoodCauses;
  private final BigDecimal villageMediatorMaxAmount;

  private RuleSettings(
      int repeatedVisitRequests,
      int repeatedUrges,
      List<String> threatPhrases,
      List<String> livelihoodCauses,
      BigDecimal villageMediatorMaxAmount) {
    this.repeatedVisitRequests = repeatedVisitRequests;
    this.repeatedUrges = repeatedUrges;
    this.threatPhrases = ImmutableList.copyOf(threatPhrases);
    this.livelihoodCauses = ImmutableList.copyOf(livelihoodCauses);
    this.villageMediatorMaxAmount = villageMediatorMaxAmount;
  }

  /**
   * Reads the settings file, collecting every problem as {@code file:line:column: message} instead of stopping at
   * the first.
   *
   * @param fileName the file's name as the author knows it, for messages; not null
   * @param text the file's content; not null
   * @param problems where problems go; not null
   * @return the settings, or empty if there was a problem
   */
  static Optional<RuleSettings> parse(String fileName, String text, List<String> problems) {
    Map<String, String> values = new HashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    int before = problems.size();
    try (LineNumberReader reader = new LineNumberReader(new StringReader(text))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("#")) {
          continue;
        }
        int eq = stripped.indexOf('=');
        String key = eq < 0 ? stripped : stripped.substring(0, eq).strip();
        if (eq < 0 || !KEYS.contains(key)) {
          problems.add(
              fileName + ":" + reader.getLineNumber() + ":1: expected one of " + KEYS + " = value, found: " + line);
          continue;
        }
        values.put(key, stripped.substring(eq + 1).strip());
        lines.put(key, reader.getLineNumber());
      }
    } catch (IOException e) {
      throw new AssertionError("a StringReader does not fail", e);
    }
    for (String key : KEYS) {
      if (!values.containsKey(key)) {
        problems.add(fileName + ":1:1: missing setting " + key);
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    int visits = positiveInt(fileName, lines, values, KEYS.get(0), problems);
    int urges = positiveInt(fileName, lines, values, KEYS.get(1), problems);
    List<String> phrases = list(fileName, lines, values, KEYS.get(2), problems);
    List<String> causes = list(fileName, lines, values, KEYS.get(3), problems);
    BigDecimal amount = BigDecimal.ZERO;
    try {
      amount = new BigDecimal(values.get(KEYS.get(4)));
    } catch (NumberFormatException e) {
      problems.add(where(fileName, lines, KEYS.get(4)) + "not an amount in yuan: " + values.get(KEYS.get(4)));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new RuleSettings(visits, urges, phrases, causes, amount));
  }

  private static String where(String fileName, Map<String, Integer> lines, String key) {
    return fileName + ":" + lines.get(key) + ":1: " + key + ": ";
  }

  private static int positiveInt(
      String fileName, Map<String, Integer> lines, Map<String, String> values, String key, List<String> problems) {
    try {
      int n = Integer.parseInt(values.get(key));
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, as for a non-positive number
    }
    problems.add(where(fileName, lines, key) + "not a positive whole number: " + values.get(key));
    return 1;
  }

  private static List<String> list(
      String fileName, Map<String, Integer> lines, Map<String, String> values, String key, List<String> problems) {
    List<String> items = new ArrayList<>();
    for (String item : values.get(key).split("[,，]")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    if (items.isEmpty()) {
      problems.add(where(fileName, lines, key) + "the list is empty");
    }
    return items;
  }

  /** How many requests on one case within 30 days make repeated visits (多次来访); positive. */
  public int getRepeatedVisitRequests() {
    return repeatedVisitRequests;
  }

  /** How many urges on one request make repeated visits; positive. */
  public int getRepeatedUrges() {
    return repeatedUrges;
  }

  /** The phrases that mark a text as threatening petition, media exposure or extreme acts (扬言信访). */
  public ImmutableList<String> getThreatPhrases() {
    return threatPhrases;
  }

  /** Causes of action (or parts of them) that make a case a livelihood case (涉民生). */
  public ImmutableList<String> getLivelihoodCauses() {
    return livelihoodCauses;
  }

  /** The largest amount at stake, in yuan, of a livelihood case the village mediator is suggested for. */
  public BigDecimal getVillageMediatorMaxAmount() {
    return villageMediatorMaxAmount;
  }

  /**
   * The first threat phrase found in a text, or null: rules test {@code threatPhraseIn(text) != null} and quote it.
   *
   * @param text the party's words; null reads as empty
   */
  public String threatPhraseIn(String text) {
    if (text == null) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String phrase : threatPhrases) {
      if (lower.contains(phrase.toLowerCase(Locale.ROOT))) {
        return phrase;
      }
    }
    return null;
  }

  /**
   * Whether a cause of action names a livelihood cause, e.g. {@code 机动车交通事故责任纠纷} contains
   * {@code 机动车交通事故责任}.
   *
   * @param cause the cause of action; null is not a livelihood cause
   */
  public boolean isLivelihoodCause(String cause) {
    return cause != null && livelihoodCauses.stream().anyMatch(cause::contains);
  }
}
