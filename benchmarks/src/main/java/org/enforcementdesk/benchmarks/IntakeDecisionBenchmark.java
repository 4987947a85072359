package org.enforcementdesk.benchmarks;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
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
 * One intake decision through the default Drools rule book ({@link #ruleBook}) against the same decision written
 * in plain Java ({@link #plainJava}), over the same 4,096 generated requests of every type, taken in turn. The
 * ratio of the two is the price of rules a court can edit.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class IntakeDecisionBenchmark {

  private static final int MASK = 4096 - 1;

  private IntakeFacts[] facts;
  private DecisionPolicy ruleBookPolicy;
  private DecisionPolicy plainJavaPolicy;
  private int next;

  /** Compiles the default rule book and generates the requests. */
  @Setup
  public void setUp() {
    ruleBookPolicy = new DroolsDecisionPolicy(RuleBook.defaults(Instant.parse("2026-11-26T00:00:00Z")));
    plainJavaPolicy = new PlainJavaIntakePolicy();
    GeneratedRequests requests = GeneratedRequests.overTwoYears(20261126L);
    facts = new IntakeFacts[MASK + 1];
    for (int i = 0; i < facts.length; i++) {
      facts[i] = requests.nextIntake();
    }
  }

  /** The default rule book decides. */
  @Benchmark
  public IntakeDecision ruleBook() {
    return ruleBookPolicy.intake(facts[next++ & MASK]);
  }

  /** The baseline: the same decision in plain Java. */
  @Benchmark
  public IntakeDecision plainJava() {
    return plainJavaPolicy.intake(facts[next++ & MASK]);
  }
}
