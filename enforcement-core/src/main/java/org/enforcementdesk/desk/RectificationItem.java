package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.enforcementdesk.model.EvaluationAspect;
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
 * @param ownerId the person who owns it, or null when the tier as a whole does
 * @param openedAt when it was opened
 * @param due when the measure is due
 * @param measures the measures recorded, oldest first
 * @param closedAt when it was closed; null while open
 * @param verification how the measure was verified; null while open
 */
public record RectificationItem(
    RequestId requestId,
    int item,
    EvaluationAspect aspect,
    Tier ownerTier,
    String ownerId,
    Instant openedAt,
    OffsetDateTime due,
    ImmutableList<String> measures,
    Instant closedAt,
    String verification) {

  /** Validates the record. */
  public RectificationItem {
    requireNonNull(requestId, "requestId");
    requireNonNull(aspect, "aspect");
    requireNonNull(ownerTier, "ownerTier");
    requireNonNull(openedAt, "openedAt");
    requireNonNull(due, "due");
    measures = ImmutableList.copyOf(requireNonNull(measures, "measures"));
  }

  RectificationItem withMeasure(String measure) {
    ImmutableList<String> more = ImmutableList.<String>builder().addAll(measures).add(measure).build();
    return new RectificationItem(requestId, item, aspect, ownerTier, ownerId, openedAt, due, more, closedAt, verification);
  }

  RectificationItem closed(Instant at, String how) {
    return new RectificationItem(requestId, item, aspect, ownerTier, ownerId, openedAt, due, measures, at, how);
  }

  /** Whether it is closed. */
  public boolean isClosed() {
    return closedAt != null;
  }

  /** Its status at {@code at}: closed once closed, before that open, and overdue once its deadline has passed. */
  public RectificationStatus status(Instant at) {
    if (isClosed() && !closedAt.isAfter(at)) {
      return RectificationStatus.CLOSED;
    }
    return at.isAfter(due.toInstant()) ? RectificationStatus.OVERDUE : RectificationStatus.OPEN;
  }

  /** The owner's id, if a person owns it. */
  public Optional<String> owner() {
    return Optional.ofNullable(ownerId);
  }
}
