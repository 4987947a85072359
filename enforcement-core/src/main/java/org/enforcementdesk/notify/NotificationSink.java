package org.enforcementdesk.notify;

/**
 * The host's delivery channel (SMS gateway, app push, internal message board). The library calls it with each
 * pending notification; the host delivers it and returns normally, or throws to have it retried later.
 *
 * <p>Delivery is at least once: after a crash between delivery and acknowledgement the same notification may come
 * again, with the same {@link Notification#idempotencyKey()}; a sink that remembers keys it has delivered makes it
 * exactly once.
 */
@FunctionalInterface
public interface NotificationSink {

  /**
   * Delivers one notification.
   *
   * @param notification what to deliver, with its rendered text available through {@link NotificationTemplates}
   * @throws Exception any failure; the notification stays pending and is offered again on the next attempt
   */
  void deliver(Notification notification) throws Exception;
}
