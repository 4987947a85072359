package org.enforcementdesk.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RiskKind;

/**
 * 风险案件: one stretch of an enforcement case at risk, from the trigger that opened it to its closure by someone with
 * authority. Triggers that fire while it is open join it rather than open another; after its closure, a new trigger
 * opens the case's next risk case.
 *
 * @param caseNumber the enforcement case
 * @param number its number among the case's risk cases, from 1
 * @param triggers the triggers, oldest first; the first opened it
 * @param upkeep the upkeep actions (callbacks, visits, escalated handling), oldest first
 * @param closure the closure; empty while open
 */
public record RiskCase(
    CaseNumber caseNumber,
    int number,
    ImmutableList<CaseEvent.RiskTriggered> triggers,
    ImmutableList<CaseEvent.RiskUpkeepRecorded> upkeep,
    Optional<CaseEvent.RiskCaseClosed> closure) {

  /**
   * Checks the record.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if it has no trigger: the first trigger is what opens a risk case
   */
  public RiskCase {
    requireNonNull(caseNumber, "caseNumber");
    triggers = ImmutableList.copyOf(requireNonNull(triggers, "triggers"));
    checkArgument(!triggers.isEmpty(), "a risk case opens with a trigger");
    upkeep = ImmutableList.copyOf(requireNonNull(upkeep, "upkeep"));
    requireNonNull(closure, "closure");
  }

  static RiskCase openedBy(CaseNumber caseNumber, int number, CaseEvent.RiskTriggered trigger) {
    return new RiskCase(caseNumber, number, ImmutableList.of(trigger), ImmutableList.of(), Optional.empty());
  }

  /** When the first trigger opened it. */
  public Instant openedAt() {
    return triggers.get(0).at();
  }

  /** Whether it is still open. */
  public boolean isOpen() {
    return closure.isEmpty();
  }

  /** When it was closed, if it was. */
  public Optional<Instant> closedAt() {
    return closure.map(CaseEvent.RiskCaseClosed::at);
  }

  /** Who closed it, if anyone has. */
  public Optional<Actor> closedBy() {
    return closure.map(CaseEvent.RiskCaseClosed::actor);
  }

  /** Why it was closed, if it was. */
  public Optional<String> closingReason() {
    return closure.map(CaseEvent.RiskCaseClosed::reason);
  }

  /** The kinds of trigger that fired, in the order they first fired. */
  public Set<RiskKind> kinds() {
    Set<RiskKind> kinds = EnumSet.noneOf(RiskKind.class);
    triggers.forEach(trigger -> kinds.add(trigger.flag().kind()));
    return kinds;
  }

  /** The kind of the trigger that opened it. */
  public RiskKind openingKind() {
    return triggers.get(0).flag().kind();
  }

  RiskCase plus(CaseEvent.RiskTriggered trigger) {
    return new RiskCase(caseNumber, number, append(triggers, trigger), upkeep, closure);
  }

  RiskCase plus(CaseEvent.RiskUpkeepRecorded action) {
    return new RiskCase(caseNumber, number, triggers, append(upkeep, action), closure);
  }

  RiskCase closedBy(CaseEvent.RiskCaseClosed closed) {
    return new RiskCase(caseNumber, number, triggers, upkeep, Optional.of(closed));
  }

  private static <T> ImmutableList<T> append(ImmutableList<T> list, T element) {
    return ImmutableList.<T>builderWithExpectedSize(list.size() + 1).addAll(list).add(element).build();
  }
}
