package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.enforcementdesk.calendar.CountedDeadline;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Tier;

/**
 * 整改: a dissatisfied aspect of an evaluation opened a rectification item ("一项一策"), one per aspect.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param item the item's number within the order, from 1, never reused
 * @param aspect the aspect the party was dissatisfied with
 * @param ownerTier the tier that owns the item
 * @param ownerId the person who owns it; empty when the tier as a whole does
 * @param within the period the measure must be taken in, counted from {@code at}
 * @param due when the measure must be taken
 * @param provenance the rules that set owner and deadline, or the desk's default
 */
public record RectificationOpened(
    RequestId requestId,
    Instant at,
    Actor actor,
    int item,
    EvaluationAspect aspect,
    Tier ownerTier,
    Optional<String> ownerId,
    Period within,
    CountedDeadline due,
    Provenance provenance)
    implements WorkOrderEvent {
  /**
   * Checks the item number and that nothing is missing.
   *
   * @throws IllegalArgumentException if the item number is not positive
   */
  public RectificationOpened {
    Checks.common(requestId, at, actor);
    Checks.itemNumber(item);
    requireNonNull(aspect, "aspect");
    requireNonNull(ownerTier, "ownerTier");
    requireNonNull(ownerId, "ownerId");
    requireNonNull(within, "within");
    requireNonNull(due, "due");
    requireNonNull(provenance, "provenance");
  }

  @Override
  public String kind() {
    return "RectificationOpened";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.rectificationOpened(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
