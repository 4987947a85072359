/**
 * The request ledger: where work orders live, as streams of events. {@link org.enforcementdesk.store.RequestLedger}
 * is the SPI (append with an expected version, read a stream, list by case or party, find what is due, and the
 * notification outbox written in the same append); {@link org.enforcementdesk.store.InMemoryRequestLedger} is the
 * embedded default. A JDBC ledger with a transactional outbox and a {@code SKIP LOCKED} due queue implements the same
 * interface without changing callers.
 *
 * <p>May import {@code model}, {@code desk.event} and {@code notify} (for the outbox).
 */
package org.enforcementdesk.store;
