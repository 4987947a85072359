package org.enforcementdesk.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.desk.Submission;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.rules.DroolsDecisionPolicy;
import org.enforcementdesk.rules.RuleBook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One submission end to end, single-threaded: the desk checks the request, finds no open duplicate, the policy
 * decides, both deadlines are computed on the working calendar, the events, due entries, labels and the party's
 * notifications are appended to the in-memory ledger. With the Drools rule book ({@link #ruleBook}) and with the
 * plain-Java baseline policy ({@link #plainJava}); sampled, so the JSON holds the percentiles (p99) beside the mean.
 *
 * <p>65,536 distinct requests (each its own party and case, received in March 2026) are generated once; when a desk
 * has taken them all, the next submission goes to a fresh desk, so the ledger never holds more than that many orders
 * and the same request is never submitted twice to one desk.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class SubmitBenchmark {

  private static final int POOL = 1 << 16;

  private Request[] requests;
  private DecisionPolicy ruleBookPolicy;
  private DecisionPolicy plainJavaPolicy;
  private Clock clock;
  private EnforcementDesk ruleBookDesk;
  private EnforcementDesk plainJavaDesk;
  private int nextRuleBook;
  private int nextPlainJava;

  /** Compiles the rule book and generates the requests. */
  @Setup
  public void setUp() {
    ruleBookPolicy = new DroolsDecisionPolicy(RuleBook.defaults(Instant.parse("2026-11-26T00:00:00Z")));
    plainJavaPolicy = new PlainJavaIntakePolicy();
    clock = Clock.fixed(Instant.parse("2026-04-01T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    GeneratedRequests generated =
        GeneratedRequests.from(20261126L, OffsetDateTime.parse("2026-03-01T00:00+08:00"), 30 * 24 * 60);
    requests = new Request[POOL];
    for (int i = 0; i < POOL; i++) {
      requests[i] = generated.nextRequest();
    }
    ruleBookDesk = desk(ruleBookPolicy);
    plainJavaDesk = desk(plainJavaPolicy);
  }

  private EnforcementDesk desk(DecisionPolicy policy) {
    return EnforcementDesk.builder().policy(policy).clock(clock).build();
  }

  /** Submitted to a desk deciding with the default Drools rule book. */
  @Benchmark
  public Submission ruleBook() {
    if (nextRuleBook == POOL) {
      ruleBookDesk = desk(ruleBookPolicy);
      nextRuleBook = 0;
    }
    return ruleBookDesk.submit(requests[nextRuleBook++], Actor.officer("o-17"));
  }

  /** The baseline: submitted to a desk deciding with the plain-Java policy. */
  @Benchmark
  public Submission plainJava() {
    if (nextPlainJava == POOL) {
      plainJavaDesk = desk(plainJavaPolicy);
      nextPlainJava = 0;
    }
    return plainJavaDesk.submit(requests[nextPlainJava++], Actor.officer("o-17"));
  }
}
