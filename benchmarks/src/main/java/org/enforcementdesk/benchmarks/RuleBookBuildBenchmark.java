package org.enforcementdesk.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.enforcementdesk.rules.ReloadablePolicy;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building rule books: the cold compile of the default book ({@link #coldDefaults}: the first build in a fresh JVM,
 * Drools' own classes loaded on the way, one measurement per fork) and the hot reload of an edited book from a
 * directory in a JVM that has built books before ({@link #hotReload}: a court's clerk changed the payout urgency;
 * read, compiled, validated, probed and swapped in). Each build is timed once, by itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleBookBuildBenchmark {

  private static final List<String> FILES = RuleBook.defaultFiles();

  private Path edited;
  private ReloadablePolicy policy;
  private long reloads;

  /** Writes the edited book to a temporary directory; the policy serving before the reloads is built here. */
  @Setup
  public void setUp() throws IOException {
    edited = Files.createTempDirectory("edited-rule-book");
    for (String name : FILES) {
      try (InputStream in =
          RuleBook.class.getClassLoader().getResourceAsStream("org/enforcementdesk/rules/defaults/" + name)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (name.equals("intake-baseline.drl.csv")) {
          text = text.replace("FUNDS_PAYOUT,PRIORITY", "FUNDS_PAYOUT,NORMAL");
        }
        Files.writeString(edited.resolve(name), text, StandardCharsets.UTF_8);
      }
    }
  }

  /** Removes the temporary directory. */
  @TearDown
  public void tearDown() throws IOException {
    try (var files = Files.list(edited)) {
      files.forEach(RuleBookBuildBenchmark::delete);
    }
    Files.delete(edited);
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The default rule book, built in a fresh JVM. */
  @Benchmark
  @Fork(5)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public RuleBook coldDefaults() {
    return RuleBook.defaults(Desks.LOADED_AT);
  }

  /** An edited book reloaded into a serving policy, after the JVM has built books before. */
  @Benchmark
  @Fork(1)
  @Warmup(iterations = 5)
  @Measurement(iterations = 10)
  public RuleBook hotReload() {
    if (policy == null) {
      policy = new ReloadablePolicy(RuleBook.defaults(Desks.LOADED_AT));
    }
    return policy.reload(edited, Instant.EPOCH.plusSeconds(++reloads));
  }
}
