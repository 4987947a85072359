package org.enforcementdesk.examples.embedding;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.desk.TickReport;
import org.enforcementdesk.notify.DispatchReport;
import org.enforcementdesk.notify.NotificationDispatcher;

/**
 * The hook the host's scheduler calls every minute or so: {@code tick} the desk with the host's clock (deadline
 * warnings, breaches, escalations), then hand the outbox to the sink.
 *
 * <p>What a host must take care of here:
 *
 * <ul>
 *   <li><b>Its own clock.</b> The library never reads the system clock: {@code tick} is given the host's instant, the
 *       same clock the desk was built with, so a test (or a replay) runs on simulated time.
 *   <li><b>Missed runs.</b> A tick processes everything due before the instant it is given, so a scheduler that was
 *       down catches up on its next run; each crossing is recorded once, so running twice is harmless.
 *   <li><b>Dispatch until empty.</b> {@code dispatch(limit)} takes one batch; the hook repeats while full batches are
 *       delivered, and stops at the first batch with failures: they stay pending for the next run, which is the
 *       retry. Between runs the host may also dispatch right after its own commands, so a party is told at once.
 * </ul>
 */
public final class DeskScheduler {

  /** Notifications taken from the outbox per dispatch call: also the most failing gateway calls per call. */
  static final int BATCH = 50;

  /**
   * What one run did.
   *
   * @param tick what the desk's tick recorded
   * @param delivered notifications delivered
   * @param stillPending notifications the sink failed on (or held back behind a failure), waiting for the next run
   */
  public record Run(TickReport tick, int delivered, int stillPending) {}

  private final EnforcementDesk desk;
  private final NotificationDispatcher dispatcher;
  private final Clock clock;

  /**
   * A hook for {@code desk}.
   *
   * @param desk the desk; not null
   * @param dispatcher from the desk's outbox to the host's sink; not null
   * @param clock the host's clock, the one the desk was built with; not null
   */
  public DeskScheduler(EnforcementDesk desk, NotificationDispatcher dispatcher, Clock clock) {
    this.desk = requireNonNull(desk, "desk");
    this.dispatcher = requireNonNull(dispatcher, "dispatcher");
    this.clock = requireNonNull(clock, "clock");
  }

  /** One scheduled run: tick, then dispatch. */
  public Run run() {
    TickReport tick = desk.tick(clock.instant());
    Dispatched dispatched = dispatchAll();
    return new Run(tick, dispatched.delivered(), dispatched.stillPending());
  }

  /** Dispatches without ticking, e.g. right after a command, so the party hears at once. */
  public int dispatchNow() {
    return dispatchAll().delivered();
  }

  private record Dispatched(int delivered, int stillPending) {}

  private Dispatched dispatchAll() {
    int delivered = 0;
    while (true) {
      DispatchReport report = dispatcher.dispatch(BATCH);
      delivered += report.delivered();
      if (report.stillPending() > 0 || report.taken() < BATCH) {
        return new Dispatched(delivered, report.stillPending());
      }
    }
  }
}
