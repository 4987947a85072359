/**
 * JMH benchmarks of Enforcement Desk's hot paths, each measured beside its baseline in the same run: the intake
 * decision through the Drools rule book against the same logic in plain Java, the whole submission pipeline with
 * either policy, deadlines against a naive minute-by-minute calendar, the tick over a million open orders with
 * nothing or a thousand due, compiling and reloading the rule book, and the memory an open order keeps.
 *
 * <p>Inputs are generated from fixed seeds in {@code @Setup}; results are returned or go to a {@code Blackhole}. The
 * plain-Java baseline ({@link org.enforcementdesk.benchmarks.PlainJavaIntakePolicy}) lives only here: it exists to be
 * measured against. The deadline baseline is the naive calendar enforcement-core's tests check the calendar against
 * ({@code org.enforcementdesk.calendar.NaiveCalendar}, from core's test jar).
 */
package org.enforcementdesk.benchmarks;
