/**
 * Notifications: what the court tells the party (acceptance, deadline, progress, urge receipt, resolution feedback,
 * evaluation invitation, rejection) and its own people (SLA warning, breach, escalation, risk alert, callback due,
 * delegation), rendered from templates in zh-CN and en with personal data masked.
 *
 * <p>Delivery goes through an outbox: the desk records each {@link org.enforcementdesk.notify.Notification} together
 * with the events that cause it (in the same ledger append), and a {@link
 * org.enforcementdesk.notify.NotificationDispatcher} hands pending ones to the host's {@link
 * org.enforcementdesk.notify.NotificationSink}. A sink that fails leaves them pending; an idempotency key makes a
 * retry harmless. May import {@code model} and {@code desk.event}.
 */
package org.enforcementdesk.notify;
