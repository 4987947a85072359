/**
 * The working calendar and deadline arithmetic: {@link org.enforcementdesk.calendar.WorkingCalendar} (zone, office
 * hours by date range, official holidays and make-up working days (调休), local closures),
 * {@link org.enforcementdesk.calendar.Period} of the four {@link org.enforcementdesk.calendar.PeriodKind kinds}, and
 * {@link org.enforcementdesk.calendar.Deadline} with a derivation a person can read. The calendar data files (the
 * shipped {@code holidays-cn.yaml}, or a court's own) are read by {@link org.enforcementdesk.calendar.HolidayTable}.
 *
 * <p>Time comes in as an argument: nothing here reads the system clock or the machine's default zone or locale.
 * Every instant that goes out carries the calendar zone's offset.
 *
 * <p>This room may import the JDK, Guava, Jackson (to read its data files), SLF4J (one warning when a year without
 * holiday data falls back to weekends) and {@code org.enforcementdesk.model}; nothing else of the project. The SLA
 * clocks in {@code org.enforcementdesk.sla} build on it.
 */
package org.enforcementdesk.calendar;
