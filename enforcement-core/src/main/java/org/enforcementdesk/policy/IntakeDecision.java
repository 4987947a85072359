package org.enforcementdesk.policy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.sla.SlaTargets;

/**
 * How a new request is to be handled, as the rule book decided it: 等级 (urgency), 期限 (targets), 办理要求 (handling
 * requirements), the tier that starts on it, risk flags and a delegation suggestion, with the names of the rules that
 * decided each and the version of the rule book.
 *
 * @param urgency how urgent; not null
 * @param targets the periods for first contact, resolution and callback; not null
 * @param startTier who handles it first; not null
 * @param requirements handling requirements in words the handler and the party read, e.g. "finish before the
 *     seizure expires"; may be empty
 * @param riskFlags risk triggers that fired at intake; may be empty
 * @param delegationSuggestion a suggestion to delegate; empty when the rules make none
 * @param resolutionLimit a hard limit on resolution whatever the period says (e.g. the end of the day before a
 *     seizure lapses); empty when there is none
 * @param firedRules the names of the rules that fired, in firing order; not empty for a rule book's decision
 * @param ruleBookVersion the version of the rule book that decided; not blank
 */
public record IntakeDecision(
    Urgency urgency,
    SlaTargets targets,
    Tier startTier,
    ImmutableList<String> requirements,
    ImmutableList<RiskFlag> riskFlags,
    Optional<DelegationSuggestion> delegationSuggestion,
    Optional<OffsetDateTime> resolutionLimit,
    ImmutableList<String> firedRules,
    String ruleBookVersion) {

  /**
   * Checks that every required part is given and no text is blank.
   *
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a requirement, rule name or the version is blank
   */
  public IntakeDecision {
    requireNonNull(urgency, "urgency");
    requireNonNull(targets, "targets");
    requireNonNull(startTier, "startTier");
    requirements = ImmutableList.copyOf(requireNonNull(requirements, "requirements"));
    requirements.forEach(text -> Texts.nonBlank("requirement", text));
    riskFlags = ImmutableList.copyOf(requireNonNull(riskFlags, "riskFlags"));
    requireNonNull(delegationSuggestion, "delegationSuggestion");
    requireNonNull(resolutionLimit, "resolutionLimit");
    firedRules = Texts.ruleNames(firedRules);
    ruleBookVersion = Texts.nonBlank("ruleBookVersion", ruleBookVersion);
  }

  /** A builder, for rule books and tests; urgency, targets, start tier and version are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the parts of an {@link IntakeDecision}. */
  public static final class Builder {
    private Urgency urgency;
    private SlaTargets targets;
    private Tier startTier;
    private final List<String> requirements = new ArrayList<>();
    private final List<RiskFlag> riskFlags = new ArrayList<>();
    private DelegationSuggestion delegation;
    private OffsetDateTime resolveNoLaterThan;
    private final List<String> firedRules = new ArrayList<>();
    private String ruleBookVersion;

    private Builder() {}

    /** Sets the urgency; not null. */
    public Builder urgency(Urgency urgency) {
      this.urgency = requireNonNull(urgency, "urgency");
      return this;
    }

    /** Sets the targets; not null. */
    public Builder targets(SlaTargets targets) {
      this.targets = requireNonNull(targets, "targets");
      return this;
    }

    /** Sets the starting tier; not null. */
    public Builder startTier(Tier tier) {
      this.startTier = requireNonNull(tier, "startTier");
      return this;
    }

    /** Adds a handling requirement; not blank. */
    public Builder requirement(String text) {
      requirements.add(Texts.nonBlank("requirement", text));
      return this;
    }

    /** Adds a risk flag; not null. */
    public Builder riskFlag(RiskFlag flag) {
      riskFlags.add(requireNonNull(flag, "riskFlag"));
      return this;
    }

    /** Sets the delegation suggestion; not null. */
    public Builder delegation(DelegationSuggestion suggestion) {
      this.delegation = requireNonNull(suggestion, "delegation");
      return this;
    }

    /** Sets the hard limit on resolution; not null. */
    public Builder resolveNoLaterThan(OffsetDateTime limit) {
      this.resolveNoLaterThan = requireNonNull(limit, "resolveNoLaterThan");
      return this;
    }

    /** Records that a rule fired; not blank. */
    public Builder fired(String ruleName) {
      firedRules.add(Texts.nonBlank("fired rule name", ruleName));
      return this;
    }

    /** Sets the rule-book version; not blank. */
    public Builder ruleBookVersion(String version) {
      this.ruleBookVersion = Texts.nonBlank("ruleBookVersion", version);
      return this;
    }

    /**
     * Returns the decision.
     *
     * @throws NullPointerException if urgency, targets, start tier or version is missing
     */
    public IntakeDecision build() {
      return new IntakeDecision(
          urgency,
          targets,
          startTier,
          ImmutableList.copyOf(requirements),
          ImmutableList.copyOf(riskFlags),
          Optional.ofNullable(delegation),
          Optional.ofNullable(resolveNoLaterThan),
          ImmutableList.copyOf(firedRules),
          ruleBookVersion);
    }
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
