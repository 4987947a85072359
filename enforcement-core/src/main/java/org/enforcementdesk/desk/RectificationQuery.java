package org.enforcementdesk.desk;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Tier;

/**
 * Which rectification items to list: any combination of aspect, owning tier, owner, status at an instant, and the
 * period in which they were opened. An empty query lists every item.
 *
 * <pre>{@code
 * desk.rectificationItems(RectificationQuery.all().aspect(EvaluationAspect.ATTITUDE).status(OVERDUE, now), director);
 * }</pre>
 *
 * @param aspect only items of this aspect, or null for any
 * @param ownerTier only items owned by this tier, or null for any
 * @param ownerId only items owned by this person, or null for any
 * @param status only items in this status at {@code statusAt}, or null for any
 * @param statusAt the instant the status is judged at; required with a status
 * @param openedFrom only items opened at or after this instant, or null
 * @param openedBefore only items opened before this instant, or null
 */
public record RectificationQuery(
    EvaluationAspect aspect,
    Tier ownerTier,
    String ownerId,
    RectificationStatus status,
    Instant statusAt,
    Instant openedFrom,
    Instant openedBefore) {

  private static final RectificationQuery ALL = new RectificationQuery(null, null, null, null, null, null, null);

  /**
   * Validates the query.
   *
   * @throws IllegalArgumentException if a status comes without its instant, or the period ends before it starts
   */
  public RectificationQuery {
    checkArgument(status == null || statusAt != null, "statusAt is required to judge the status %s", status);
    checkArgument(
        openedFrom == null || openedBefore == null || !openedBefore.isBefore(openedFrom),
        "openedBefore %s is before openedFrom %s",
        openedBefore,
        openedFrom);
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

  /** This query, also requiring the item to have been opened in {@code [from, before)}. */
  public RectificationQuery openedBetween(Instant from, Instant before) {
    return new RectificationQuery(
        aspect, ownerTier, ownerId, status, statusAt, requireNonNull(from, "openedFrom"), requireNonNull(before, "openedBefore"));
  }

  /** Whether an item matches. */
  public boolean matches(RectificationItem item) {
    return (aspect == null || item.aspect() == aspect)
        && (ownerTier == null || item.ownerTier() == ownerTier)
        && (ownerId == null || ownerId.equals(item.ownerId()))
        && (status == null || item.status(statusAt) == status)
        && (openedFrom == null || !item.openedAt().isBefore(openedFrom))
        && (openedBefore == null || item.openedAt().isBefore(openedBefore));
  }
}
