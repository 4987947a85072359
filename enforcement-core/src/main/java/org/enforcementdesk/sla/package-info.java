/**
 * SLA clocks: the running promise behind each deadline a work order carries (响应, 办结, 回访). A clock starts with a
 * {@link org.enforcementdesk.calendar.Period}, may pause for a typed reason and resume, may have its period changed
 * when urgency changes, and stops when the work is done; its {@link org.enforcementdesk.sla.SlaStatus} at any instant
 * says whether it is on track, at risk, breached, met or met late, with the time remaining or overdue in working and
 * natural terms.
 *
 * <p>Paused time never counts. For periods in hours the credit is exact: the paused natural time (natural hours) or
 * paused office time (working hours). For periods in days the credit is whole days: every counted day (a working day
 * for working days, any day for natural days) on which the clock stood paused for any time extends the period by one
 * day; a day is credited once however many pauses touch it, and a pause of zero length credits nothing.
 *
 * <p>Everything takes the instant as an argument; nothing reads the system clock. May import {@code calendar} and
 * {@code model}.
 */
package org.enforcementdesk.sla;
