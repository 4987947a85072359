package org.enforcementdesk.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.IOException;
import java.io.LineNumberReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.policy.DelegationTerms;
import org.enforcementdesk.policy.EarlierStatutoryDeadline;

/**
 * The numbers, periods and word lists the rules read, kept as data a rule author edits ({@code
 * rule-settings.properties} beside the rule files) instead of literals inside rules: thresholds of the risk triggers,
 * the threat phrases, the livelihood causes, the delegation limit and terms, the rectification period. Immutable; the
 * rules see it as the global {@code settings}.
 *
 * <p>The file is {@code key = value} lines in UTF-8; {@code #} starts a comment line; lists are separated by commas
 * (either {@code ,} or {@code ，}); periods are period texts ({@code 15 working days}). Every key must be present,
 * so a typo cannot silently switch a trigger off, and a court's older copy of the file names each key it lacks.
 */
public final class RuleSettings {

  /** The name of the settings file in a rule directory. */
  public static final String FILE_NAME = "rule-settings.properties";

  private static final String REPEATED_VISITS = "repeatedVisits.visitsWithin30Days";
  private static final String REPEATED_URGES = "repeatedVisits.urgesOnOneRequest";
  private static final String THREAT_PHRASES = "threat.phrases";
  private static final String LIVELIHOOD_CAUSES = "livelihood.causes";
  private static final String VILLAGE_MEDIATOR_MAX = "delegation.villageMediator.maxAmountYuan";
  private static final String DELEGATION_PERIOD = "delegation.period.";
  private static final String DELEGATION_PAUSES = "delegation.pausesResolutionClock";
  private static final String RECTIFICATION_PERIOD = "rectification.period";
  private static final String EARLIER_ON_REVISION = "deadlines.earlierOnRevision";

  // Keys an older rule book may still carry: said at the old key's line, so the author knows what changed.
  private static final Map<String, Renamed> RENAMED =
      Map.of(
          "repeatedVisits.requestsWithin30Days",
          new Renamed(
              REPEATED_VISITS, "it counts every visit on the case, requests and other contacts (walk-ins, calls)"));

  private static final List<String> KEYS = keys();

  private final int repeatedVisits;
  private final int repeatedUrges;
  private final ImmutableList<String> threatPhrases;
  // Matched against lower-cased text in every intake and review: lower-cased once here.
  private final ImmutableList<String> lowerCaseThreatPhrases;
  private final ImmutableList<String> livelihoodCauses;
  private final BigDecimal villageMediatorMaxAmount;
  private final ImmutableMap<DelegationKind, DelegationTerms> delegationTerms;
  private final Period rectificationPeriod;
  private final EarlierStatutoryDeadline earlierOnRevision;

  private RuleSettings(SettingValues values) {
    this.repeatedVisits = values.positiveInt(REPEATED_VISITS);
    this.repeatedUrges = values.positiveInt(REPEATED_URGES);
    this.threatPhrases = ImmutableList.copyOf(values.list(THREAT_PHRASES));
    this.lowerCaseThreatPhrases =
        threatPhrases.stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(ImmutableList.toImmutableList());
    this.livelihoodCauses = ImmutableList.copyOf(values.list(LIVELIHOOD_CAUSES));
    this.villageMediatorMaxAmount = values.amount(VILLAGE_MEDIATOR_MAX);
    boolean pauses = values.flag(DELEGATION_PAUSES);
    Map<DelegationKind, DelegationTerms> terms = new EnumMap<>(DelegationKind.class);
    for (DelegationKind kind : DelegationKind.values()) {
      terms.put(kind, new DelegationTerms(values.period(DELEGATION_PERIOD + kind.name()), pauses));
    }
    this.delegationTerms = Maps.immutableEnumMap(terms);
    this.rectificationPeriod = values.period(RECTIFICATION_PERIOD);
    this.earlierOnRevision = values.choice(EARLIER_ON_REVISION, EarlierStatutoryDeadline.class);
  }

  private static List<String> keys() {
    List<String> keys =
        new ArrayList<>(
            List.of(REPEATED_VISITS, REPEATED_URGES, THREAT_PHRASES, LIVELIHOOD_CAUSES, VILLAGE_MEDIATOR_MAX));
    // One period per kind of resolver: a kind added to the core is a key every rule book must then decide.
    for (DelegationKind kind : DelegationKind.values()) {
      keys.add(DELEGATION_PERIOD + kind.name());
    }
    keys.add(DELEGATION_PAUSES);
    keys.add(RECTIFICATION_PERIOD);
    keys.add(EARLIER_ON_REVISION);
    return List.copyOf(keys);
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
    Set<String> renamedTo = new HashSet<>();
    int before = problems.size();
    try (LineNumberReader reader = new LineNumberReader(new StringReader(text))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("#")) {
          continue;
        }
        int eq = stripped.indexOf('=');
        String key = eq < 0 ? stripped : stripped.substring(0, eq).strip();
        if (eq >= 0 && RENAMED.containsKey(key)) {
          Renamed renamed = RENAMED.get(key);
          renamedTo.add(renamed.key());
          problems.add(
              fileName + ":" + reader.getLineNumber() + ":1: " + key + " is now " + renamed.key() + ": "
                  + renamed.change() + "; rename the key and check its value");
          continue;
        }
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
      if (!values.containsKey(key) && !renamedTo.contains(key)) {
        problems.add(fileName + ":1:1: missing setting " + key + ShippedSettings.hint(key));
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    RuleSettings settings = new RuleSettings(new SettingValues(fileName, values, lines, problems));
    return problems.size() > before ? Optional.empty() : Optional.of(settings);
  }

  /** A key that replaced an older one, and what changed with it. */
  private record Renamed(String key, String change) {}

  /** How many visits on one case within 30 days (requests and other contacts) make repeated visits; positive. */
  public int getRepeatedVisitsWithin30Days() {
    return repeatedVisits;
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
   * What the desk does when a provisional deadline, counted again once its year's holiday notice is published, comes
   * out earlier than the date the party was told; not null.
   */
  public EarlierStatutoryDeadline getEarlierOnRevision() {
    return earlierOnRevision;
  }

  /** How long the owner of a rectification item (整改) has to take a measure; not null. */
  public Period getRectificationPeriod() {
    return rectificationPeriod;
  }

  /**
   * The terms of a delegation to this kind of resolver: its period, and whether the order's resolution clock stands
   * still meanwhile.
   *
   * @param kind the kind of resolver; not null
   * @return the terms; not null
   */
  public DelegationTerms delegationTerms(DelegationKind kind) {
    return delegationTerms.get(requireNonNull(kind, "kind"));
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
    for (int i = 0; i < lowerCaseThreatPhrases.size(); i++) {
      if (lower.contains(lowerCaseThreatPhrases.get(i))) {
        return threatPhrases.get(i);
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
