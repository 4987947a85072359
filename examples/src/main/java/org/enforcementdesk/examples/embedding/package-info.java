/**
 * How a court's case-management system embeds Enforcement Desk: a small host, readable top to bottom, that an
 * integrator copies from. {@link org.enforcementdesk.examples.embedding.CourtSystem} wires the library (rule book,
 * the court's calendar, resolvers, ledger, the host's clock); {@link
 * org.enforcementdesk.examples.embedding.HostChannels} turns the host's own intake records into requests; {@link
 * org.enforcementdesk.examples.embedding.SmsAndAppSink} delivers notifications; {@link
 * org.enforcementdesk.examples.embedding.DeskScheduler} is the scheduler hook; {@link
 * org.enforcementdesk.examples.embedding.MonthlyIndicators} reads the month's report for the leaders' dashboard.
 *
 * <p>Everything here stands in for something a production host has already: the in-memory ledger for a database, the
 * list of sent messages for the SMS gateway and the app's push service, {@link
 * org.enforcementdesk.examples.embedding.PartyContacts} for the host's party records. docs/embedding.md walks through
 * it in order.
 */
package org.enforcementdesk.examples.embedding;
