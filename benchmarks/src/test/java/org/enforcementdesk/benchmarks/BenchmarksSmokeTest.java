package org.enforcementdesk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, briefly, in this JVM, with small inputs (1,000 orders or requests instead of 1,000,000),
 * so that the suite cannot rot between real measurements: a benchmark that throws fails the build. Scores are not
 * looked at; they mean nothing here.
 */
class BenchmarksSmokeTest {

  @Test
  void everyBenchmark_oneShortIteration_runs() throws RunnerException {
    // JMH's machine-wide lock keeps two measuring runs apart; this run measures nothing, so a measuring run elsewhere
    // on the machine (or a second build) must not make it fail.
    System.setProperty("jmh.ignoreLock", "true");
    Options options =
        new OptionsBuilder()
            .include("org\\.enforcementdesk\\.benchmarks\\..*Benchmark")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(100))
            .param("orders", "1000")
            .param("requests", "1000")
            .shouldFailOnError(true)
            .build();

    Collection<RunResult> results = new Runner(options).run();

    assertThat(results).extracting(r -> r.getParams().getBenchmark()).contains(
        "org.enforcementdesk.benchmarks.IntakeDecisionBenchmark.ruleBook",
        "org.enforcementdesk.benchmarks.IntakeDecisionBenchmark.plainJava",
        "org.enforcementdesk.benchmarks.SubmitBenchmark.ruleBook",
        "org.enforcementdesk.benchmarks.SubmitBenchmark.plainJava",
        "org.enforcementdesk.benchmarks.DeadlineBenchmark.calendar",
        "org.enforcementdesk.benchmarks.DeadlineBenchmark.naiveOracle",
        "org.enforcementdesk.benchmarks.WorkingTimeBenchmark.calendar",
        "org.enforcementdesk.benchmarks.TickBenchmark.nothingDue",
        "org.enforcementdesk.benchmarks.TickBenchmark.thousandDue",
        "org.enforcementdesk.benchmarks.RuleBookBuildBenchmark.coldDefaults",
        "org.enforcementdesk.benchmarks.RuleBookBuildBenchmark.hotReload",
        "org.enforcementdesk.benchmarks.OpenOrderFootprintBenchmark.openOrders",
        "org.enforcementdesk.benchmarks.IndicatorsBenchmark.indicators",
        "org.enforcementdesk.benchmarks.IndicatorsBenchmark.countingPass",
        "org.enforcementdesk.benchmarks.LedgerSubmitBenchmark.submit",
        "org.enforcementdesk.benchmarks.LedgerSubmitBenchmark.submitFourThreads",
        "org.enforcementdesk.benchmarks.LedgerScaleBenchmark.tickNothingDue",
        "org.enforcementdesk.benchmarks.LedgerScaleBenchmark.newDeskFirstCommand");
  }
}
