package org.enforcementdesk.desk;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Objects;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.order.RectificationItem;
import org.enforcementdesk.order.RectificationStatus;

/**
 * Which rectification items to list: any combination of aspect, owning tier, owner, status at an instant, and the
 * period in which they were opened. {@link #all()} lists every item; each method narrows the query and returns a new
 * one. Immutable.
 *
 * <pre>{@code
 * desk.rectification().items(RectificationQuery.all().aspect(EvaluationAspect.ATTITUDE).status(OVERDUE, now), director);
 * }</pre>
 */
public final class RectificationQuery {

  private static final RectificationQuery ALL = new RectificationQuery(null, null, null, null, null, null, null);

  // Each null means "any": the query does not narrow on it.
  private final EvaluationAspect aspect;
  private final Tier ownerTier;
  private final String ownerId;
  private final RectificationStatus status;
  private final Instant statusAt;
  private final Instant openedFrom;
  private final Instant openedBefore;

  private RectificationQuery(
      EvaluationAspect aspect,
      Tier ownerTier,
      String ownerId,
      RectificationStatus status,
      Instant statusAt,
      Instant openedFrom,
      Instant openedBefore) {
    this.aspect = aspect;
    this.ownerTier = ownerTier;
    this.ownerId = ownerId;
    this.status = status;
    this.statusAt = statusAt;
    this.openedFrom = openedFrom;
    this.openedBefore = openedBefore;
  }

  /** Every item. */
  public static RectificationQuery all() {
    return ALL;
  }

  /** This query, also requiring the aspect. */
  public RectificationQuery aspect(EvaluationAspect aspect) {
    return new RectificationQuery(requireNonNull(aspect, "aspect"), ownerTier, ownerId, status, statusAt, openedFrom, openedBefore);
  }

  /** This query, also requiring the owning tier. */
  public RectificationQuery ownerTier(Tier tier) {
    return new RectificationQuery(aspect, requireNonNull(tier, "tier"), ownerId, status, statusAt, openedFrom, openedBefore);
  }

  /** This query, also requiring the owner. */
  public RectificationQuery ownerId(String id) {
    return new RectificationQuery(aspect, ownerTier, requireNonNull(id, "ownerId"), status, statusAt, openedFrom, openedBefore);
  }

  /** This query, also requiring the status at an instant. */
  public RectificationQuery status(RectificationStatus status, Instant at) {
    return new RectificationQuery(
        aspect, ownerTier, ownerId, requireNonNull(status, "status"), requireNonNull(at, "statusAt"), openedFrom, openedBefore);
  }

  /**
   * This query, also requiring the item to have been opened in {@code [from, before)}.
   *
   * @throws IllegalArgumentException if the period ends before it starts
   */
  public RectificationQuery openedBetween(Instant from, Instant before) {
    requireNonNull(from, "openedFrom");
    requireNonNull(before, "openedBefore");
    checkArgument(!before.isBefore(from), "openedBefore %s is before openedFrom %s", before, from);
    return new RectificationQuery(aspect, ownerTier, ownerId, status, statusAt, from, before);
  }

  /** Whether an item matches. */
  public boolean matches(RectificationItem item) {
    return (aspect == null || item.aspect() == aspect)
        && (ownerTier == null || item.ownerTier() == ownerTier)
        && (ownerId == null || item.owner().filter(ownerId::equals).isPresent())
        && (status == null || item.status(statusAt) == status)
        && (openedFrom == null || !item.openedAt().isBefore(openedFrom))
        && (openedBefore == null || item.openedAt().isBefore(openedBefore));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RectificationQuery that
        && aspect == that.aspect
        && ownerTier == that.ownerTier
        && Objects.equals(ownerId, that.ownerId)
        && status == that.status
        && Objects.equals(statusAt, that.statusAt)
        && Objects.equals(openedFrom, that.openedFrom)
        && Objects.equals(openedBefore, that.openedBefore);
  }

  @Override
  public int hashCode() {
    return Objects.hash(aspect, ownerTier, ownerId, status, statusAt, openedFrom, openedBefore);
  }

  @Override
  public String toString() {
    return "RectificationQuery[aspect=" + aspect + ", ownerTier=" + ownerTier + ", owner=" + ownerId
        + ", status=" + status + (status == null ? "" : " at " + statusAt)
        + ", opened " + (openedFrom == null ? "any" : openedFrom + ".." + openedBefore) + "]";
  }
}
