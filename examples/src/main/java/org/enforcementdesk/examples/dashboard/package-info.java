/**
 * The indicator dashboard: {@link org.enforcementdesk.examples.dashboard.DashboardPage} turns an {@link
 * org.enforcementdesk.metrics.IndicatorReport} into one self-contained HTML page (inline CSS and SVG, no script, no
 * external resource) that a court leader reads at a glance: headline figures, volumes, on-time rates, satisfaction,
 * risk cases and resolution funnels, each with its definition. Every number on it is the report's own.
 *
 * <p>Imports the metrics and model packages of {@code enforcement-core} and the JDK; nothing else.
 */
package org.enforcementdesk.examples.dashboard;
