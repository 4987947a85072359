/**
 * Notifications: what the court tells the party (acceptance, deadline, progress, urge receipt, resolution feedback,
 * evaluation invitation, rejection) and its own people (SLA warning, breach, escalation, risk alert, callback due,
 * delegation), rendered from templates in zh-CN and en with personal data masked.
 *
 * <p>{@link org.enforcementdesk.notify.NotificationTemplates} holds the texts, read strictly from {@code
 * notification-templates.yaml} or a court's own file, and documents which values each kind of notification carries:
 * language-neutral codes and ISO date-times, so that one notification renders in either language.
 *
 * <p>Delivery goes through an outbox: the desk records each {@link org.enforcementdesk.notify.Notification} together
 * with the events that cause it (in the same ledger append), and a {@link
 * org.enforcementdesk.notify.NotificationDispatcher} hands pending ones to the host's {@link
 * org.enforcementdesk.notify.NotificationSink}. A sink that fails leaves them pending, holding back only the same
 * recipient's later messages about the same request; an idempotency key makes a retry harmless. May import {@code
 * model} and {@code desk.event} (checked by {@code CoreArchitectureTest}).
 */
package org.enforcementdesk.notify;
