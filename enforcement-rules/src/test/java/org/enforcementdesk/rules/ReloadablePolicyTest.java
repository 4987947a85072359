package org.enforcementdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hot reload: swaps are atomic, a broken book never replaces a working one, decisions never fail meanwhile. */
class ReloadablePolicyTest {

  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  private static final IntakeFacts PAYOUT = Requests.intake("FUNDS_PAYOUT");

  @TempDir Path root;

  /** The defaults (payouts PRIORITY) in one directory, an edited copy (payouts NORMAL) in another. */
  private Path defaults() throws Exception {
    return RuleDirectories.copyDefaults(Files.createDirectory(root.resolve("a")));
  }

  private Path payoutsNormal() throws Exception {
    Path dir = RuleDirectories.copyDefaults(Files.createDirectory(root.resolve("b")));
    RuleDirectories.replace(dir.resolve("intake-baseline.drl.csv"), "FUNDS_PAYOUT,PRIORITY", "FUNDS_PAYOUT,NORMAL");
    return dir;
  }

  private Path broken() throws Exception {
    Path dir = RuleDirectories.copyDefaults(Files.createDirectory(root.resolve("broken")));
    RuleDirectories.replace(dir.resolve("review-risk.drl"), "ReviewOrder( $open : openPetitions > 0,", "Nope(");
    return dir;
  }

  @Test
  void reload_validDirectory_swapsTheBookIn() throws Exception {
    ReloadablePolicy policy = new ReloadablePolicy(DefaultBook.BOOK);

    RuleBook next = policy.reload(payoutsNormal(), T0.plusSeconds(60));

    assertThat(policy.ruleBook()).isSameAs(next);
    IntakeDecision decision = policy.intake(PAYOUT);
    assertThat(decision.urgency()).isEqualTo(Urgency.NORMAL);
    assertThat(decision.ruleBookVersion()).isEqualTo(next.version()).isNotEqualTo(DefaultBook.BOOK.version());
    assertThat(next.loadedAt()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void reload_brokenDirectory_throwsAndTheOldBookKeepsServing() throws Exception {
    ReloadablePolicy policy = new ReloadablePolicy(DefaultBook.BOOK);
    Path broken = broken();

    assertThatThrownBy(() -> policy.reload(broken, T0.plusSeconds(60)))
        .isInstanceOf(RuleBookException.class)
        .hasMessageContaining("review-risk.drl:");

    assertThat(policy.ruleBook()).isSameAs(DefaultBook.BOOK);
    assertThat(policy.intake(PAYOUT).ruleBookVersion()).isEqualTo(DefaultBook.BOOK.version());
  }

  @Test
  void reload_underLoad_everyDecisionSucceedsOnExactlyOneBook() throws Exception {
    Path a = defaults();
    Path b = payoutsNormal();
    Path broken = broken();
    ReloadablePolicy policy = new ReloadablePolicy(DefaultBook.BOOK);
    // What each version decides for a payout: a decision must agree with the book it names.
    Map<String, Urgency> expected = new HashMap<>();
    expected.put(DefaultBook.BOOK.version(), Urgency.PRIORITY);

    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicBoolean stop = new AtomicBoolean();
    ConcurrentLinkedQueue<IntakeDecision> decisions = new ConcurrentLinkedQueue<>();
    CountDownLatch started = new CountDownLatch(threads);
    List<Future<Integer>> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      workers.add(
          pool.submit(
              () -> {
                started.countDown();
                int n = 0;
                while (!stop.get()) {
                  decisions.add(policy.intake(PAYOUT));
                  n++;
                }
                return n;
              }));
    }
    try {
      started.await(10, TimeUnit.SECONDS);
      for (int swap = 1; swap <= 6; swap++) {
        Path dir = swap % 2 == 1 ? b : a;
        RuleBook book = policy.reload(dir, T0.plusSeconds(swap));
        expected.put(book.version(), dir == b ? Urgency.NORMAL : Urgency.PRIORITY);
        RuleBook serving = policy.ruleBook();
        int swapNumber = swap;
        assertThatThrownBy(() -> policy.reload(broken, T0.plusSeconds(100 + swapNumber)))
            .isInstanceOf(RuleBookException.class);
        assertThat(policy.ruleBook()).isSameAs(serving);
      }
    } finally {
      stop.set(true);
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
    int total = 0;
    for (Future<Integer> worker : workers) {
      total += worker.get(); // rethrows any failed decision
    }

    assertThat(total).isEqualTo(decisions.size()).isPositive();
    assertThat(decisions)
        .allSatisfy(
            d -> {
              assertThat(expected).containsKey(d.ruleBookVersion());
              assertThat(d.urgency()).isEqualTo(expected.get(d.ruleBookVersion()));
            });
    // Seven books served (the initial and six reloads) of two contents: a version is its content, so the books
    // of directory a share the default book's version (a is a copy of the defaults) and those of b share one.
    assertThat(expected).hasSize(2);
    System.out.println("decisions during reloads: " + total);
  }

  /** Each way of breaking a rule book that BrokenRuleBookTest checks, as a (file, from, to) edit. */
  static Stream<Arguments> breakages() {
    return Stream.of(
        Arguments.of("a DRL syntax error", "review-risk.drl", "openPetitions > 0,", "openPetitions > 0,,"),
        Arguments.of("an unknown fact type", "review-risk.drl", "ReviewOrder( $open :", "Nope( $open :"),
        Arguments.of("an unknown field", "review-risk.drl", "openPetitions > 0,", "notPetitions > 0,"),
        Arguments.of("an unknown sentence", "intake-risk.dslr", "本案有未办结的信访", "本案信访还没完"),
        Arguments.of("a broken decision table", "intake-baseline.drl.csv", "FUNDS_PAYOUT,PRIORITY", "FUNDS_PAYOUT,PRIORTY"),
        Arguments.of("a bad period in the table", "intake-baseline.drl.csv", "1 working day,10 working days", "1 working day,10 workin days"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void reload_brokenBook_failsWhileDecisionsKeepSucceedingOnTheOldBook(
      String breakage, String file, String from, String to) throws Exception {
    Path dir = RuleDirectories.copyDefaults(Files.createDirectory(root.resolve("broken")));
    RuleDirectories.replace(dir.resolve(file), from, to);
    ReloadablePolicy policy = new ReloadablePolicy(DefaultBook.BOOK);
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Future<Integer> decider =
        pool.submit(
            () -> {
              int n = 0;
              while (!stop.get()) {
                assertThat(policy.intake(PAYOUT).ruleBookVersion()).isEqualTo(DefaultBook.BOOK.version());
                n++;
              }
              return n;
            });
    try {
      assertThatThrownBy(() -> policy.reload(dir, T0.plusSeconds(60)))
          .as(breakage)
          .isInstanceOfSatisfying(
              RuleBookException.class, e -> assertThat(e.problems()).allSatisfy(p -> assertThat(p).startsWith(file + ":")));
    } finally {
      stop.set(true);
      pool.shutdown();
    }
    assertThat(decider.get(30, TimeUnit.SECONDS)).isPositive();
    assertThat(policy.ruleBook()).isSameAs(DefaultBook.BOOK);
  }

  @Test
  void swap_returnsTheBookThatServedUntilNow() throws Exception {
    ReloadablePolicy policy = new ReloadablePolicy(DefaultBook.BOOK);
    RuleBook other = RuleBook.fromDirectory(payoutsNormal(), T0.plusSeconds(5));

    assertThat(policy.swap(other)).isSameAs(DefaultBook.BOOK);
    assertThat(policy.ruleBook()).isSameAs(other);
  }
}
