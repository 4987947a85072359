/**
 * Indicators (执行诉求数据监控平台): the numbers court leaders steer by, computed from the event history alone in one
 * pass, each with its definition: numerator, denominator, the instant that puts it into a period, and its filters.
 *
 * <p>{@link org.enforcementdesk.metrics.Indicators#over} reads a whole ledger; {@link
 * org.enforcementdesk.metrics.IndicatorAccumulator} takes events one stream or one event at a time. Both give an
 * immutable {@link org.enforcementdesk.metrics.IndicatorReport} for a {@link
 * org.enforcementdesk.metrics.ReportPeriod}, with the previous period and the same period a year earlier beside it,
 * and {@link org.enforcementdesk.metrics.IndicatorJson} writes it as stable JSON for a host's dashboards. Counts are
 * exact; rates are rounded only for display; an indicator whose denominator is zero is not applicable, never 0%.
 *
 * <p>May import {@code model}, {@code calendar}, {@code sla}, {@code policy}, {@code desk.event}, {@code store} and
 * {@code notify} (checked by {@code CoreArchitectureTest}); it never folds work orders, so it does not need {@code
 * desk}.
 */
package org.enforcementdesk.metrics;
