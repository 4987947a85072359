package org.enforcementdesk.rules;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.policy.DelegationSuggestion;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.RiskFlag;
import org.enforcementdesk.sla.SlaTargets;

/**
 * Where intake rules put what they decide (the global {@code intake} in the rule files). Settings come in three
 * layers, and for each setting the most specific layer that set it wins, whatever order the rules fired in:
 *
 * <ol>
 *   <li>{@link #exception()}: the DRL exceptions (a seizure about to lapse, the debtor located now, ...);
 *   <li>{@link #forType()}: the decision table's row for the request type;
 *   <li>{@link #defaults()}: the decision table's row for any type.
 * </ol>
 *
 * <p>Requirements, risk flags and the delegation suggestion add up instead (one flag per risk kind, the first reason
 * kept). Lives only inside one decision; never shared between threads.
 */
public final class IntakeResult {

  private final Baseline defaults = new Baseline();
  private final Baseline forType = new Baseline();
  private final Baseline exception = new Baseline();
  private final List<String> requirements = new ArrayList<>();
  private final Map<RiskKind, RiskFlag> riskFlags = new LinkedHashMap<>();
  private DelegationSuggestion delegation;
  private OffsetDateTime resolveNoLaterThan;
  private final IntakeRequest request;

  IntakeResult(IntakeRequest request) {
    this.request = request;
  }

  /**
   * The request being decided: what a rule's action reads when it names the request's own data (the visits, the
   * seizure's expiry), so that rules in business language need not bind the fact.
   */
  public IntakeRequest request() {
    return request;
  }

  /** The layer for any type (lowest). */
  public Baseline defaults() {
    return defaults;
  }

  /** The layer for the request's type. */
  public Baseline forType() {
    return forType;
  }

  /** The layer of exceptions to the per-type baseline (highest). */
  public Baseline exception() {
    return exception;
  }

  /** Adds a handling requirement (办理要求) in words the handler and the party read; duplicates are kept once. */
  public void requirement(String text) {
    if (!requirements.contains(text)) {
      requirements.add(text);
    }
  }

  /** Flags a risk; a second flag of the same kind is ignored. */
  public void riskFlag(RiskKind kind, String reason) {
    riskFlags.putIfAbsent(kind, new RiskFlag(kind, reason));
  }

  /** Suggests delegating to a resolver of this kind (not a village mediator); the first suggestion stands. */
  public void delegate(DelegationKind kind, String reason) {
    if (delegation == null) {
      delegation = DelegationSuggestion.to(kind, reason);
    }
  }

  /** Suggests delegating to the mediation director of the party's village; the first suggestion stands. */
  public void delegateToVillageMediator(String village, String reason) {
    if (delegation == null) {
      delegation = DelegationSuggestion.toVillageMediator(village, reason);
    }
  }

  /** Sets a hard limit on resolution; the earliest limit stands. */
  public void resolveNoLaterThan(OffsetDateTime limit) {
    if (resolveNoLaterThan == null || limit.isBefore(resolveNoLaterThan)) {
      resolveNoLaterThan = limit;
    }
  }

  /**
   * The decision these results make.
   *
   * @throws IllegalStateException if no layer set one of the settings, or a period text does not parse (a rule book
   *     that passed its own checks does neither)
   */
  IntakeDecision toDecision(String typeCode, List<String> firedRules, String version) {
    Urgency urgency = pick(Baseline::urgency, "urgency", typeCode);
    SlaTargets targets =
        new SlaTargets(
            period(pick(Baseline::response, "response period", typeCode), "response", typeCode),
            period(pick(Baseline::resolution, "resolution period", typeCode), "resolution", typeCode),
            period(pick(Baseline::callback, "callback period", typeCode), "callback", typeCode));
    IntakeDecision.Builder decision =
        IntakeDecision.builder()
            .urgency(urgency)
            .targets(targets)
            .startTier(pick(Baseline::tier, "start tier", typeCode))
            .ruleBookVersion(version);
    requirements.forEach(decision::requirement);
    riskFlags.values().forEach(decision::riskFlag);
    if (delegation != null) {
      decision.delegation(delegation);
    }
    if (resolveNoLaterThan != null) {
      decision.resolveNoLaterThan(resolveNoLaterThan);
    }
    firedRules.forEach(decision::fired);
    return decision.build();
  }

  private <T> T pick(Function<Baseline, T> setting, String what, String typeCode) {
    for (Baseline layer : List.of(exception, forType, defaults)) {
      T value = setting.apply(layer);
      if (value != null) {
        return value;
      }
    }
    throw new IllegalStateException(
        "the rule book sets no " + what + " for request type " + typeCode + ": give it a row for any type");
  }

  private static Period period(String text, String what, String typeCode) {
    try {
      return PeriodTexts.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "the rule book's " + what + " period for request type " + typeCode + " is not a period: " + text, e);
    }
  }
}
