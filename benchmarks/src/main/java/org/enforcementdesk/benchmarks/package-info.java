/**
 * JMH benchmarks of Enforcement Desk's hot paths, each measured beside its baseline in the same run: the intake
 * decision through the Drools rule book against the same logic in plain Java, the whole submission pipeline with
 * either policy, deadlines against a naive minute-by-minute calendar, the tick over a million open orders with
 * nothing or a thousand due, compiling and reloading the rule book, and the memory an open order keeps.
 *
 * <p>Inputs are generated from fixed seeds in {@code @Setup}; results are returned or go to a {@code Blackhole}. The
 * baselines ({@link org.enforcementdesk.benchmarks.PlainJavaIntakePolicy}, {@link
 * org.enforcementdesk.benchmarks.NaiveCalendar}) live only here: they exist to be measured against.
 */
package org.enforcementdesk.benchmarks;
