package org.enforcementdesk.jdbc.reliability;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.store.LedgerUnavailableException;

/**
 * Submissions and progress notes in a thread of their own, as a host's request threads would send them, counting
 * what was acknowledged and what failed, and how: a command may fail only with the retryable {@link
 * LedgerUnavailableException}.
 */
final class LoadDriver implements AutoCloseable {

  final List<String> acknowledged = new CopyOnWriteArrayList<>();
  final List<String> unavailable = new CopyOnWriteArrayList<>();
  final List<Throwable> unexpected = new CopyOnWriteArrayList<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger next = new AtomicInteger();
  private final Thread thread;

  LoadDriver(EnforcementDesk desk) {
    thread = new Thread(() -> {
      while (running.get()) {
        String id = "L-" + next.getAndIncrement();
        try {
          RequestId order = desk.submit(DeskNode.request(id, next.get() % 50 + 100), DeskNode.OFFICER)
              .workOrder().id();
          acknowledged.add(id + " " + order.value());
        } catch (LedgerUnavailableException e) {
          unavailable.add(id);
          pause(100);
        } catch (RuntimeException | Error e) {
          unexpected.add(e);
          pause(100);
        }
      }
    }, "load");
    thread.setDaemon(true);
    thread.start();
  }

  /** Waits until {@code count} more commands are acknowledged than now. */
  void awaitMoreAcknowledged(int count, long timeoutMillis) throws InterruptedException {
    int target = acknowledged.size() + count;
    long end = System.currentTimeMillis() + timeoutMillis;
    while (acknowledged.size() < target && System.currentTimeMillis() < end) {
      Thread.sleep(20);
    }
    if (acknowledged.size() < target) {
      throw new AssertionError("only " + acknowledged.size() + " acknowledged of " + target + "; failures "
          + unavailable.size() + ", unexpected " + unexpected);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    thread.join(30_000);
  }
}
