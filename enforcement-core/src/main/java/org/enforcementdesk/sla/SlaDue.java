package org.enforcementdesk.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import org.enforcementdesk.calendar.CountedDeadline;

/**
 * When a running SLA clock falls due, as the command that started, resumed or re-timed it counted and recorded it:
 * the deadline with every pause credited and capped by any hard limit, the instant the clock passes its at-risk
 * share, and the deadline the clock would have had without any pause credit (what the gross on-time rate judges
 * against). A work order's fold reads these; it never counts again.
 *
 * @param deadline the deadline, with the version of the calendar that counted it; not null
 * @param atRisk when the at-risk warning falls due; not null (it may lie after the deadline when a hard limit has
 *     already passed, and then no warning is due)
 * @param withoutPauses the deadline without pause credit, capped by any hard limit; not after {@code deadline}
 */
public record SlaDue(CountedDeadline deadline, OffsetDateTime atRisk, OffsetDateTime withoutPauses) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the deadline without pauses is after the deadline
   */
  public SlaDue {
    requireNonNull(deadline, "deadline");
    requireNonNull(atRisk, "atRisk");
    requireNonNull(withoutPauses, "withoutPauses");
    checkArgument(
        !withoutPauses.toInstant().isAfter(deadline.at().toInstant()),
        "a deadline without pause credit cannot be later than with it: %s > %s",
        withoutPauses,
        deadline.at());
  }

  /** The deadline's instant: shorthand for {@code deadline().at()}. */
  public OffsetDateTime at() {
    return deadline.at();
  }
}
