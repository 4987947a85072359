package org.enforcementdesk.notify;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>Each failure is counted in the outbox. A notification that has failed {@link #DEFAULT_MAX_ATTEMPTS} times (or
 * the limit the dispatcher was built with) is parked: the outbox stops offering it, the centre director is sent a
 * {@link NotificationKind#NOTIFICATION_PARKED} notice in the same write, and it waits for a retry by hand ({@link
 * Outbox#unpark}). A parked-notification notice that fails too is parked without another notice, so a sink that
 * refuses everything cannot feed itself.
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

  /** How many failed deliveries park a notification, unless the dispatcher is built with another limit. */
  public static final int DEFAULT_MAX_ATTEMPTS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final Outbox outbox;
  private final NotificationSink sink;
  private final int maxAttempts;

  /**
   * A dispatcher from this outbox to this sink that parks a notification after {@link #DEFAULT_MAX_ATTEMPTS} failed
   * deliveries.
   *
   * @param outbox where pending notifications wait; not null
   * @param sink the host's delivery channel; not null
   * @throws NullPointerException if an argument is null
   */
  public NotificationDispatcher(Outbox outbox, NotificationSink sink) {
    this(outbox, sink, DEFAULT_MAX_ATTEMPTS);
  }

  /**
   * A dispatcher from this outbox to this sink that parks a notification after {@code maxAttempts} failed deliveries.
   *
   * @param outbox where pending notifications wait; not null
   * @param sink the host's delivery channel; not null
   * @param maxAttempts failed deliveries that park a notification; positive
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code maxAttempts} is not positive
   */
  public NotificationDispatcher(Outbox outbox, NotificationSink sink, int maxAttempts) {
    this.outbox = requireNonNull(outbox, "outbox");
    this.sink = requireNonNull(sink, "sink");
    checkArgument(maxAttempts > 0, "maxAttempts must be positive: %s", maxAttempts);
    this.maxAttempts = maxAttempts;
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
    List<Notification> batch = outbox.claimPending(limit);
    // Recipient and request together: a party's failing SMS must not hold back the handler's board message.
    Set<Conversation> blocked = new HashSet<>();
    int delivered = 0;
    int failed = 0;
    int heldBack = 0;
    int parked = 0;
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
        if (outbox.recordFailure(n.idempotencyKey()) >= maxAttempts && park(n, e)) {
          parked++;
        }
        continue;
      }
      outbox.markDelivered(n.idempotencyKey());
      delivered++;
    }
    return new DispatchReport(delivered, failed, heldBack, parked);
  }

  /** Parks {@code n}, with the centre director's notice of it (unless it is such a notice itself). */
  private boolean park(Notification n, Exception e) {
    String reason = e.getClass().getName();
    Optional<Notification> notice = n.kind() == NotificationKind.NOTIFICATION_PARKED
        ? Optional.empty()
        : Optional.of(Notification.of(
            n.idempotencyKey() + ":parked",
            NotificationKind.NOTIFICATION_PARKED,
            n.requestId(),
            new Recipient(Recipient.Kind.TIER, "CENTER_DIRECTOR"),
            n.at(),
            Map.of("caseNumber", n.values().getOrDefault("caseNumber", ""), "notice", n.kind().name(),
                "reason", maxAttempts + " deliveries failed; last: " + reason)));
    boolean done = outbox.park(n.idempotencyKey(), reason, notice);
    if (done) {
      LOG.error("notification {} ({}, request {}) parked after {} failed deliveries; retry it by hand once fixed",
          Masking.mask(n.idempotencyKey()), n.kind(), n.requestId(), maxAttempts);
    }
    return done;
  }

  private static void warn(Notification n, Exception e) {
    LOG.warn(
        "notification {} ({}, request {}) was not delivered and stays pending: the sink threw {}",
        // The key names the recipient, and a host may use a party's phone number as their id.
        Masking.mask(n.idempotencyKey()),
        n.kind(),
        n.requestId(),
        e.getClass().getName());
  }

  /** Whose messages about which request must keep their order. */
  private record Conversation(Recipient recipient, RequestId requestId) {}
}
