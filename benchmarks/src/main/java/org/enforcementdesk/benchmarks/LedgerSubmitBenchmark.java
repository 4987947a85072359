package org.enforcementdesk.benchmarks;

import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.desk.Submission;
import org.enforcementdesk.jdbc.JdbcRequestLedger;
import org.enforcementdesk.jdbc.SchemaMigrations;
import org.enforcementdesk.jdbc.Transactions;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.store.InMemoryRequestLedger;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code desk.submit} end to end on the PostgreSQL ledger ({@code ledger=postgres}: every submission a durable commit
 * of its events, projection and notifications) beside the in-memory one ({@code ledger=memory}), with the default
 * rule book: sampled single-threaded for the p99, and as throughput with four threads. Each trial starts from an
 * empty court of its own; each submission is a new party's request on a new case, so each opens an order. The server
 * runs with {@value BenchmarkDatabase#SETTINGS}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LedgerSubmitBenchmark {

  /** How many distinct requests are generated for a trial. */
  @Param({"1048576"})
  public int requests;

  /** Where the desk keeps its orders. */
  @Param({"postgres", "memory"})
  public String ledger;

  private Request[] pool;
  private final AtomicInteger next = new AtomicInteger();
  private EnforcementDesk desk;

  /** Compiles the rule book, generates the requests and opens the ledger. */
  @Setup
  public void setUp() throws Exception {
    DecisionPolicy policy = Desks.ruleBook();
    GeneratedRequests generated =
        GeneratedRequests.from(20261203L, OffsetDateTime.parse("2026-03-01T00:00+08:00"), 30 * 24 * 60);
    pool = new Request[requests];
    for (int i = 0; i < requests; i++) {
      pool[i] = generated.nextRequest();
    }
    desk = EnforcementDesk.builder().policy(policy).ledger(ledger(ledger))
        .clock(Clock.fixed(Instant.parse("2026-04-01T01:00:00Z"), ZoneId.of("Asia/Shanghai"))).build();
  }

  static RequestLedger ledger(String kind) throws Exception {
    if (kind.equals("memory")) {
      return new InMemoryRequestLedger();
    }
    Transactions transactions = BenchmarkDatabase.perThread(BenchmarkDatabase.server("submit"));
    SchemaMigrations.of(transactions).migrate();
    transactions.inTransaction(c -> {
      try (Statement s = c.createStatement()) {
        s.execute("CHECKPOINT");
      }
      return null;
    });
    return JdbcRequestLedger.builder().transactions(transactions).court("BENCH-" + UUID.randomUUID()).build();
  }

  /**
   * The next request. PostgreSQL takes a few thousand a second, far fewer than the pool holds; the in-memory desk
   * may pass a million in a trial, and then submits the pool again (duplicates, linked as urges).
   */
  private Request nextRequest() {
    return pool[Math.floorMod(next.getAndIncrement(), pool.length)];
  }

  /** One submission at a time, sampled: the JSON holds its percentiles. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  public Submission submit() {
    return desk.submit(nextRequest(), Desks.OFFICER);
  }

  /** Four threads submitting at once: submissions per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(4)
  public Submission submitFourThreads() {
    return desk.submit(nextRequest(), Desks.OFFICER);
  }
}
