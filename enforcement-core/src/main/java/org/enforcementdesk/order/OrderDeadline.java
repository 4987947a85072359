package org.enforcementdesk.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.enforcementdesk.calendar.CountedDeadline;

/**
 * One deadline a work order holds in force now, as recorded: what a revision looks at when a provisional year's
 * notice arrives.
 *
 * @param kind which deadline; not null
 * @param item the rectification item's number for {@link DeadlineKind#RECTIFICATION}, else 0
 * @param deadline the recorded deadline; not null
 */
public record OrderDeadline(DeadlineKind kind, int item, CountedDeadline deadline) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the item number does not fit the kind
   */
  public OrderDeadline {
    requireNonNull(kind, "kind");
    requireNonNull(deadline, "deadline");
    checkArgument((kind == DeadlineKind.RECTIFICATION) == (item > 0), "item %s does not fit a %s deadline", item, kind);
  }
}
