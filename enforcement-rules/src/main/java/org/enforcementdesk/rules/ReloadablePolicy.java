package org.enforcementdesk.rules;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.policy.DelegationTerms;
import org.enforcementdesk.policy.EarlierStatutoryDeadline;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewFacts;

/**
 * A decision policy whose rule book can be replaced while it serves (hot reload). A new book is compiled beside the
 * current one and swapped in atomically; if it does not compile, the current book keeps serving and the caller gets
 * the {@link RuleBookException}. Each decision reads the current book once and finishes on it, so a decision in
 * flight during a swap is made, and labelled, by exactly one book. Thread-safe.
 *
 * <p>Nothing is left behind by a swap: a book's KieModule leaves the KieRepository as soon as it is compiled, and an
 * old book is garbage once the decisions running on it finish.
 *
 * <pre>{@code
 * ReloadablePolicy policy = new ReloadablePolicy(RuleBook.defaults(clock.instant()));
 * try {
 *   policy.reload(Path.of("court-rules"), clock.instant());
 * } catch (RuleBookException e) {
 *   e.problems().forEach(System.err::println);   // the old book is still serving
 * }
 * }</pre>
 */
public final class ReloadablePolicy implements DecisionPolicy {

  private final AtomicReference<RuleBook> current;
  private final Object reloading = new Object();

  /**
   * A policy serving this rule book until the first reload.
   *
   * @param initial the rule book; not null
   */
  public ReloadablePolicy(RuleBook initial) {
    this.current = new AtomicReference<>(requireNonNull(initial, "initial"));
  }

  /** The rule book serving now; not null. */
  public RuleBook ruleBook() {
    return current.get();
  }

  /**
   * Compiles the rule book in a directory and, if it compiles, makes it the one serving. Reloads run one at a time;
   * decisions go on meanwhile on the current book.
   *
   * @param dir the rule author's directory; not null
   * @param loadedAt when it is loaded, for its version; not null
   * @return the new rule book, now serving
   * @throws RuleBookException listing every problem, in which case the current book keeps serving
   * @throws java.io.UncheckedIOException if a file cannot be read, in which case the current book keeps serving
   */
  public RuleBook reload(Path dir, Instant loadedAt) {
    requireNonNull(dir, "dir");
    requireNonNull(loadedAt, "loadedAt");
    synchronized (reloading) {
      RuleBook next = RuleBook.fromDirectory(dir, loadedAt);
      current.set(next);
      return next;
    }
  }

  /**
   * Makes an already compiled rule book the one serving.
   *
   * @param next the rule book; not null
   * @return the rule book that served until now
   */
  public RuleBook swap(RuleBook next) {
    requireNonNull(next, "next");
    synchronized (reloading) {
      return current.getAndSet(next);
    }
  }

  /** {@inheritDoc} Decided by the rule book serving when the call starts. */
  @Override
  public IntakeDecision intake(IntakeFacts facts) {
    return current.get().intake(facts);
  }

  /** {@inheritDoc} Decided by the rule book serving when the call starts. */
  @Override
  public ReviewDecision review(ReviewFacts facts) {
    return current.get().review(facts);
  }

  /** {@inheritDoc} From the settings of the rule book serving when the call starts. */
  @Override
  public DelegationTerms delegationTerms(DelegationKind kind) {
    return current.get().delegationTerms(kind);
  }

  @Override
  public EarlierStatutoryDeadline earlierStatutoryDeadline() {
    return current.get().earlierStatutoryDeadline();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The facts the rule book's {@code court-facts.properties} declares, besides the library's own.
   */
  @Override
  public void checkFacts(RequestFacts facts) {
    current.get().checkFacts(facts);
  }
}
