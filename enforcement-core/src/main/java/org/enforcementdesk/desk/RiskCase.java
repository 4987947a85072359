package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.enforcementdesk.desk.event.CaseEvent;
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
 * @param closure the closure, or null while open
 */
public record RiskCase(
    CaseNumber caseNumber,
    int number,
    ImmutableList<CaseEvent.RiskTriggered> triggers,
    ImmutableList<CaseEvent.RiskUpkeepRecorded> upkeep,
    CaseEvent.RiskCaseClosed closure) {

  /** Validates the record. */
  public RiskCase {
    requireNonNull(caseNumber, "caseNumber");
    triggers = ImmutableList.copyOf(requireNonNull(triggers, "triggers"));
    upkeep = ImmutableList.copyOf(requireNonNull(upkeep, "upkeep"));
  }

  /** When the first trigger opened it. */
  public Instant openedAt() {
    return triggers.get(0).at();
  }

  /** Whether it is still open. */
  public boolean isOpen() {
    return closure == null;
  }

  /** When it was closed, if it was. */
  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closure).map(CaseEvent.RiskCaseClosed::at);
  }

  /** Who closed it, if anyone has. */
  public Optional<Actor> closedBy() {
    return Optional.ofNullable(closure).map(CaseEvent.RiskCaseClosed::actor);
  }

  /** Why it was closed, if it was. */
  public Optional<String> closingReason() {
    return Optional.ofNullable(closure).map(CaseEvent.RiskCaseClosed::reason);
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
    return new RiskCase(caseNumber, number, triggers, upkeep, closed);
  }

  private static <T> ImmutableList<T> append(ImmutableList<T> list, T element) {
    return ImmutableList.<T>builderWithExpectedSize(list.size() + 1).addAll(list).add(element).build();
  }
}
