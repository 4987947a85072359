package org.enforcementdesk.notify;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.enforcementdesk.model.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands pending notifications from the {@link Outbox} to the host's {@link NotificationSink}, oldest first, and marks
 * each one delivered once the sink has returned normally. The host calls {@link #dispatch} on its own schedule (after
 * each ledger append, every few seconds, or both).
 *
 * <pre>{@code
 * NotificationDispatcher dispatcher = new NotificationDispatcher(ledger, smsGateway::send);
 * DispatchReport report = dispatcher.dispatch(100);
 * }</pre>
 *
 * <h2>When the sink fails</h2>
 *
 * <p>A notification the sink throws on stays pending and is offered again by the next call. The call then goes on
 * with the rest of the batch, except that it holds back every later notification to the same recipient about the
 * same request, so that nobody is told "resolved" before "accepted". Why not stop at the first failure, which would
 * keep the whole outbox in order and spare a gateway that is down? Because a notification can fail for good: one
 * party's number the gateway rejects, one host bug on one message. Stopping would put it at the head of the outbox
 * forever and silence the whole court, deadline warnings to its own staff included. Going on costs, while a gateway
 * is down, at most {@code limit} failing calls per dispatch; choose {@code limit} with that in mind. Order between
 * different requests or recipients is not kept, and nobody needs it.
 *
 * <p>Each failure is logged at WARN with the notification's key, kind and request id and the exception's class, and
 * nothing else: the exception's message and the values may hold personal data. The sink logs its own reasons.
 *
 * <p>If the outbox fails to mark a delivered notification, the exception propagates and the call ends: the
 * notification stays pending and will be delivered again, as the sink's at-least-once contract allows (a sink that
 * remembers {@link Notification#idempotencyKey() keys} delivers it once). An interrupted sink ends the call too,
 * with the thread's interrupt status restored.
 *
 * <h2>Threads</h2>
 *
 * <p>{@link #dispatch} is synchronized: concurrent calls on one dispatcher run one after the other, so one dispatcher
 * never offers the same notification twice at once. Several dispatchers on one outbox (in one process or several)
 * may offer the same notification concurrently; that too is covered by the sink's idempotency.
 */
public final class NotificationDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final Outbox outbox;
  private final NotificationSink sink;

  /**
   * A dispatcher from this outbox to this sink.
   *
   * @param outbox where pending notifications wait; not null
   * @param sink the host's delivery channel; not null
   * @throws NullPointerException if an argument is null
   */
  public NotificationDispatcher(Outbox outbox, NotificationSink sink) {
    this.outbox = requireNonNull(outbox, "outbox");
    this.sink = requireNonNull(sink, "sink");
  }

  /**
   * Offers up to {@code limit} of the oldest pending notifications to the sink, in the outbox's order, marking each
   * delivered when the sink returns; see the class description for what happens when it throws.
   *
   * @param limit how many notifications to take at most; positive
   * @return what was delivered, failed and held back, not null
   * @throws IllegalArgumentException if {@code limit} is not positive
   * @throws RuntimeException whatever the outbox throws, reading or marking
   */
  public synchronized DispatchReport dispatch(int limit) {
    checkArgument(limit > 0, "limit must be positive: %s", limit);
    List<Notification> batch = outbox.pending(limit);
    // Recipient and request together: a party's failing SMS must not hold back the handler's board message.
    Set<Conversation> blocked = new HashSet<>();
    int delivered = 0;
    int failed = 0;
    int heldBack = 0;
    int taken = Math.min(batch.size(), limit);
    for (int i = 0; i < taken; i++) {
      Notification n = batch.get(i);
      Conversation conversation = new Conversation(n.recipient(), n.requestId());
      if (blocked.contains(conversation)) {
        heldBack++;
        continue;
      }
      try {
        sink.deliver(n);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        warn(n, e);
        failed++;
        heldBack += taken - i - 1;
        break;
      } catch (Exception e) {
        warn(n, e);
        failed++;
        blocked.add(conversation);
        continue;
      }
      outbox.markDelivered(n.idempotencyKey());
      delivered++;
    }
    return new DispatchReport(delivered, failed, heldBack);
  }

  private static void warn(Notification n, Exception e) {
    LOG.warn(
        "notification {} ({}, request {}) was not delivered and stays pending: the sink threw {}",
        n.idempotencyKey(),
        n.kind(),
        n.requestId(),
        e.getClass().getName());
  }

  /** Whose messages about which request must keep their order. */
  private record Conversation(Recipient recipient, RequestId requestId) {}
}
