package org.enforcementdesk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.notify.NotificationDispatcher;
import org.enforcementdesk.policy.DecisionPolicy;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The heap an open work order keeps in the in-memory ledger: {@code orders} requests are submitted to a fresh desk
 * (rule book policy, default calendar) and the retained heap is read after full collections, before and after. Two
 * figures per order go to the results as secondary metrics: with the party's notifications still pending in the
 * outbox ({@code bytesPerOrderPending}), and after a dispatcher has delivered them ({@code bytesPerOrderDelivered}),
 * which is the steady state of a host that dispatches. The score is the time to open them all.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class OpenOrderFootprintBenchmark {

  private static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");

  /** How many open orders. */
  @Param({"1000000"})
  public int orders;

  private DecisionPolicy policy;
  private EnforcementDesk desk;

  /** The retained heap per order, as counters JMH reports beside the time. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Footprint {
    /** Retained bytes per open order, notifications pending. */
    public double bytesPerOrderPending;
    /** Retained bytes per open order, notifications delivered. */
    public double bytesPerOrderDelivered;
  }

  /** Compiles the rule book once. */
  @Setup
  public void compile() {
    policy = Desks.ruleBook();
  }

  /** A fresh, empty desk for each measurement. */
  @Setup(Level.Iteration)
  public void emptyDesk() {
    desk = null;
    desk = Desks.desk(policy, NOW);
  }

  /** Opens the orders and measures what they keep. */
  @Benchmark
  public EnforcementDesk openOrders(Footprint footprint) {
    long before = retainedHeap();
    Desks.fill(desk, orders, OffsetDateTime.parse("2026-04-01T09:00+08:00"), 60 * 24 * 20, 20261126L);
    long pending = retainedHeap();
    NotificationDispatcher dispatcher = new NotificationDispatcher(desk.ledger(), notification -> { });
    while (dispatcher.dispatch(10_000).delivered() > 0) {
      // until the outbox is empty
    }
    long delivered = retainedHeap();
    footprint.bytesPerOrderPending = (double) (pending - before) / orders;
    footprint.bytesPerOrderDelivered = (double) (delivered - before) / orders;
    return desk;
  }

  private static long retainedHeap() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    // Collections until the figure stops falling: one full GC may leave garbage that a finaliser or reference kept.
    for (int i = 0; i < 5; i++) {
      System.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        break;
      }
      used = now;
    }
    return used;
  }
}
