package org.enforcementdesk.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.enforcementdesk.notify.NotificationKind;

/**
 * The figures only the host knows, per report period: how many enforcement cases the court had (its case system
 * counts them; the denominator of the case-visit and petition ratios), and how many notifications were pushed, by
 * kind in that period (the host counts its own sink's deliveries per period, or takes the difference of two
 * snapshots of {@code Outbox.deliveredByKind()}, which counts since the ledger began). A figure the host
 * did not supply makes the indicators that need it not applicable, never zero.
 *
 * <pre>{@code
 * HostFigures figures = HostFigures.builder()
 *     .enforcementCases(ReportPeriod.month(2026, 3), 1_250)
 *     .enforcementCases(ReportPeriod.month(2026, 2), 1_190)
 *     .notificationsPushed(ReportPeriod.month(2026, 3), pushedInMarch)   // the sink's own count for the month
 *     .build();
 * }</pre>
 *
 * <p>Immutable.
 */
public final class HostFigures {

  private static final HostFigures NONE = builder().build();

  private final ImmutableMap<ReportPeriod, Long> enforcementCases;
  private final ImmutableMap<ReportPeriod, ImmutableMap<NotificationKind, Long>> notificationsPushed;

  private HostFigures(Builder builder) {
    this.enforcementCases = ImmutableMap.copyOf(builder.enforcementCases);
    this.notificationsPushed = ImmutableMap.copyOf(builder.notificationsPushed);
  }

  /** No figures at all: the ratios over enforcement cases and the notification counts are not applicable. */
  public static HostFigures none() {
    return NONE;
  }

  /** A builder with no figures. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of enforcement cases in a period, if the host supplied it.
   *
   * @throws NullPointerException if {@code period} is null
   */
  public Optional<Long> enforcementCases(ReportPeriod period) {
    return Optional.ofNullable(enforcementCases.get(requireNonNull(period, "period")));
  }

  /**
   * The notifications pushed in a period by kind, if the host supplied them; kinds not listed count zero.
   *
   * @throws NullPointerException if {@code period} is null
   */
  public Optional<ImmutableMap<NotificationKind, Long>> notificationsPushed(ReportPeriod period) {
    return Optional.ofNullable(notificationsPushed.get(requireNonNull(period, "period")));
  }

  /** Collects host figures; every method checks its arguments at once. */
  public static final class Builder {
    private final Map<ReportPeriod, Long> enforcementCases = new HashMap<>();
    private final Map<ReportPeriod, ImmutableMap<NotificationKind, Long>> notificationsPushed = new HashMap<>();

    private Builder() {}

    /**
     * Sets the number of enforcement cases in a period (replacing any given before).
     *
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Builder enforcementCases(ReportPeriod period, long count) {
      requireNonNull(period, "period");
      checkArgument(count >= 0, "enforcementCases for %s cannot be negative: %s", period.label(), count);
      enforcementCases.put(period, count);
      return this;
    }

    /**
     * Sets the notifications pushed in a period, by kind (replacing any given before).
     *
     * @throws NullPointerException if an argument, a kind or a count is null
     * @throws IllegalArgumentException if a count is negative
     */
    public Builder notificationsPushed(ReportPeriod period, Map<NotificationKind, Long> byKind) {
      requireNonNull(period, "period");
      requireNonNull(byKind, "notificationsPushed");
      Map<NotificationKind, Long> copy = new EnumMap<>(NotificationKind.class);
      byKind.forEach(
          (kind, count) -> {
            requireNonNull(kind, "notificationsPushed kind");
            requireNonNull(count, "notificationsPushed count");
            checkArgument(
                count >= 0, "notificationsPushed %s for %s cannot be negative: %s", kind, period.label(), count);
            copy.put(kind, count);
          });
      notificationsPushed.put(period, Maps.immutableEnumMap(copy));
      return this;
    }

    /** Returns the figures. */
    public HostFigures build() {
      return new HostFigures(this);
    }
  }
}
