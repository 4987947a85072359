package org.enforcementdesk.benchmarks;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.desk.TickReport;
import org.enforcementdesk.jdbc.JdbcRequestLedger;
import org.enforcementdesk.jdbc.SchemaMigrations;
import org.enforcementdesk.jdbc.Transactions;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.store.LedgerAppend;
import org.enforcementdesk.store.RequestLedger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A court's desk over 1,000,000 open orders on PostgreSQL ({@code ledger=postgres}) beside the in-memory ledger
 * ({@code ledger=memory}): a tick with nothing due, and a new desk (a host node starting) serving its first command
 * without replaying anything. The PostgreSQL orders are made once by an in-memory desk, 50,000 at a time, and written
 * with the ledger's bulk import ({@link JdbcRequestLedger#importNew}); the data directory under {@code target} is kept,
 * so a later run finds them there. The server runs with {@value BenchmarkDatabase#SETTINGS}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LedgerScaleBenchmark {

  private static final OffsetDateTime NOW = TickBenchmark.NOW;
  private static final String COURT = "BENCH-SCALE";

  /** How many open orders the desk holds. */
  @Param({"1000000"})
  public int orders;

  /** Where the desk keeps them. */
  @Param({"postgres", "memory"})
  public String ledger;

  private DecisionPolicy policy;
  private RequestLedger filled;
  private Transactions transactions;
  private RequestId known;
  private EnforcementDesk desk;

  /** Fills (or finds) the orders and checks that nothing is due at the tick. */
  @Setup
  public void fill() {
    policy = Desks.ruleBook();
    if (ledger.equals("memory")) {
      desk = Desks.desk(policy, NOW.toInstant());
      Desks.fill(desk, orders, NOW, 1, 20261126L);
      filled = desk.ledger();
    } else {
      transactions = BenchmarkDatabase.perThread(BenchmarkDatabase.server("scale-" + orders));
      SchemaMigrations.of(transactions).migrate();
      JdbcRequestLedger jdbc = jdbc();
      int stored = jdbc.size();
      if (stored > orders) {
        throw new IllegalStateException("target/postgres-scale-" + orders + " holds " + stored + " orders, more than "
            + orders + ": delete it and run again");
      }
      if (stored < orders) {
        importOrders(jdbc, stored); // a run stopped while filling left whole batches: go on after them
      }
      filled = jdbc;
      desk = newDesk();
    }
    known = filled.workOrderIds().get(0);
    desk.tick(NOW.toInstant());
    if (desk.tick(NOW.toInstant()).dueEntries() != 0) {
      throw new IllegalStateException("the open orders must not be due at the tick");
    }
  }

  private JdbcRequestLedger jdbc() {
    return JdbcRequestLedger.builder().transactions(transactions).court(COURT).dueJudgedByTheTick().build();
  }

  private EnforcementDesk newDesk() {
    RequestLedger over = ledger.equals("memory") ? filled : jdbc();
    return EnforcementDesk.builder().policy(policy).ledger(over)
        .clock(Clock.fixed(NOW.toInstant(), ZoneId.of("Asia/Shanghai"))).build();
  }

  /**
   * The orders after the first {@code stored}, made by in-memory desks a chunk at a time, each chunk imported in
   * batches of 1,000. The requests come from a fixed seed, so those already stored are generated again and skipped.
   */
  private void importOrders(JdbcRequestLedger into, int stored) {
    GeneratedRequests requests = GeneratedRequests.from(20261126L, NOW.minusMinutes(1), 1);
    for (int i = 0; i < stored; i++) {
      requests.nextRequest();
    }
    for (int done = stored; done < orders; ) {
      int chunk = Math.min(50_000, orders - done);
      EnforcementDesk maker = Desks.desk(policy, NOW.toInstant());
      for (int i = 0; i < chunk; i++) {
        maker.submit(requests.nextRequest(), Desks.OFFICER);
      }
      InMemoryRequestLedger made = (InMemoryRequestLedger) maker.ledger();
      List<LedgerAppend> batch = new ArrayList<>(1_000);
      for (RequestId id : made.workOrderIds()) {
        List<RecordedEvent> events = made.read(id);
        batch.add(LedgerAppend.of(WorkOrder.fold(events), 0, events.stream().map(RecordedEvent::event).toList(),
            List.of()));
        if (batch.size() == 1_000) {
          into.importNew(batch);
          batch.clear();
        }
      }
      if (!batch.isEmpty()) {
        into.importNew(batch);
      }
      done += chunk;
    }
  }

  /** A tick that finds nothing due among the open orders. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public TickReport tickNothingDue() {
    return desk.tick(NOW.toInstant());
  }

  /**
   * A host node starting: a new ledger and desk over the orders already stored, then its first command (reading an
   * order). Nothing is loaded or replayed at start.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 5, batchSize = 1)
  public WorkOrder newDeskFirstCommand() {
    return newDesk().workOrder(known, Desks.OFFICER);
  }
}
