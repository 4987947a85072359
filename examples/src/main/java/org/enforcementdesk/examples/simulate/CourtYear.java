package org.enforcementdesk.examples.simulate;

/**
 * How big one simulated year at one court is.
 *
 * @param year the calendar year
 * @param requests the requests that arrive in it
 * @param cases the court's enforcement cases in it (the host's count, the denominator of 案访比 and 信访比)
 */
record CourtYear(int year, int requests, int cases) {}
