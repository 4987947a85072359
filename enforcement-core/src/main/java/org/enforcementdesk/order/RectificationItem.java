package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.enforcementdesk.calendar.CountedDeadline;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Tier;

/**
 * 整改事项: one rectification item ("一项一策"), opened for one dissatisfied aspect of an evaluation and closed only
 * once a measure is recorded and verified. Folded from its work order's events.
 *
 * @param requestId the work order whose evaluation opened it
 * @param item its number within the order, from 1
 * @param aspect the aspect the party was dissatisfied with
 * @param ownerTier the tier that owns it
 * @param owner the person who owns it; empty when the tier as a whole does
 * @param openedAt when it was opened
 * @param within the period the measure had to be taken in, counted from {@code openedAt}
 * @param deadline when the measure is due, as recorded (at opening, or by a later revision)
 * @param measures the measures recorded, oldest first
 * @param closedAt when it was closed; empty while open
 * @param verification how the measure was verified; empty while open
 */
public record RectificationItem(
    RequestId requestId,
    int item,
    EvaluationAspect aspect,
    Tier ownerTier,
    Optional<String> owner,
    Instant openedAt,
    Period within,
    CountedDeadline deadline,
    ImmutableList<String> measures,
    Optional<Instant> closedAt,
    Optional<String> verification) {

  /**
   * Checks that nothing is missing.
   *
   * @throws NullPointerException if a component is null
   */
  public RectificationItem {
    requireNonNull(requestId, "requestId");
    requireNonNull(aspect, "aspect");
    requireNonNull(ownerTier, "ownerTier");
    requireNonNull(owner, "owner");
    requireNonNull(openedAt, "openedAt");
    requireNonNull(within, "within");
    requireNonNull(deadline, "deadline");
    measures = ImmutableList.copyOf(requireNonNull(measures, "measures"));
    requireNonNull(closedAt, "closedAt");
    requireNonNull(verification, "verification");
  }

  static RectificationItem opened(RectificationOpened e) {
    return new RectificationItem(
        e.requestId(), e.item(), e.aspect(), e.ownerTier(), e.ownerId(), e.at(), e.within(), e.due(), ImmutableList.of(),
        Optional.empty(), Optional.empty());
  }

  RectificationItem withMeasure(String measure) {
    ImmutableList<String> more = ImmutableList.<String>builder().addAll(measures).add(measure).build();
    return new RectificationItem(
        requestId, item, aspect, ownerTier, owner, openedAt, within, deadline, more, closedAt, verification);
  }

  RectificationItem closed(Instant at, String how) {
    return new RectificationItem(
        requestId, item, aspect, ownerTier, owner, openedAt, within, deadline, measures, Optional.of(at),
        Optional.of(how));
  }

  /**
   * This open item held to a revised deadline.
   *
   * @throws IllegalStateException if it is closed or holds another deadline than the one revised
   */
  RectificationItem revised(CountedDeadline was, CountedDeadline inForce) {
    if (isClosed() || !deadline.equals(was)) {
      throw new IllegalStateException("rectification item " + item + " is closed or has another deadline than " + was);
    }
    return new RectificationItem(
        requestId, item, aspect, ownerTier, owner, openedAt, within, inForce, measures, closedAt, verification);
  }

  /** When the measure is due: the recorded deadline's instant. */
  public OffsetDateTime due() {
    return deadline.at();
  }

  /** Whether it is closed. */
  public boolean isClosed() {
    return closedAt.isPresent();
  }

  /** Its status at {@code at}: closed once closed, before that open, and overdue once its deadline has passed. */
  public RectificationStatus status(Instant at) {
    if (closedAt.filter(closed -> !closed.isAfter(at)).isPresent()) {
      return RectificationStatus.CLOSED;
    }
    return at.isAfter(deadline.at().toInstant()) ? RectificationStatus.OVERDUE : RectificationStatus.OPEN;
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
