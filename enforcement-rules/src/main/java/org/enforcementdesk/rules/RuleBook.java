package org.enforcementdesk.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.policy.DelegationTerms;
import org.enforcementdesk.policy.EarlierStatutoryDeadline;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewFacts;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;

/**
 * A compiled rule book: the intake and review rules, the per-type decision table and the settings file, ready to
 * decide. Immutable and thread-safe: the rules are compiled once, and each decision runs alone in a session that
 * is empty before and after it (sessions are reused, one decision at a time).
 *
 * <p>A rule book is identified by its {@link #version()}: the first 12 hex digits of the SHA-256 of all its files
 * (name and content), so the same files give the same version on every node and in every run, and every decision
 * names it. The instant it was loaded, which the caller passes in (the library never reads a clock), is reported
 * beside it ({@link #loadedAt()}, {@link #toString()}).
 *
 * <pre>{@code
 * RuleBook book = RuleBook.defaults(clock.instant());
 * RuleBook edited = RuleBook.fromDirectory(Path.of("court-rules"), clock.instant());  // may throw RuleBookException
 * }</pre>
 */
public final class RuleBook {

  private final String contentHash;
  private final Instant loadedAt;
  // Named by every decision: built once, not per decision (Instant.toString formats).
  private final String version;
  private final ImmutableList<String> files;
  private final RuleSettings settings;
  private final CourtFacts courtFacts;
  private final KieBase kieBase;
  private final ImmutableSet<String> globals;
  private final String releaseId;
  private final DecisionSessions sessions;

  private RuleBook(
      String contentHash,
      Instant loadedAt,
      List<String> files,
      RuleSettings settings,
      CourtFacts courtFacts,
      RuleBookCompiler.Compiled compiled) {
    this.courtFacts = courtFacts;
    this.contentHash = contentHash;
    this.loadedAt = loadedAt;
    this.version = contentHash;
    this.files = ImmutableList.copyOf(files);
    this.settings = settings;
    this.kieBase = compiled.kieBase();
    this.releaseId = compiled.releaseId();
    // Drools refuses a value for a global the rules never declared; remember which ones they did.
    this.globals =
        kieBase.getKiePackages().stream()
            .map(KiePackage::getGlobalVariables)
            .flatMap(Collection::stream)
            .map(Global::getName)
            .collect(ImmutableSet.toImmutableSet());
    this.sessions = new DecisionSessions(kieBase, globals, settings);
  }

  /**
   * The default rule book shipped with the library (DOMAIN.md section 10), read from the classpath.
   *
   * @param loadedAt when it was loaded, for its version; not null
   * @return the rule book
   * @throws RuleBookException if the shipped files do not compile (a packaging error)
   */
  public static RuleBook defaults(Instant loadedAt) {
    requireNonNull(loadedAt, "loadedAt");
    return build(RuleSources.defaults(), new ArrayList<>(), loadedAt);
  }

  /**
   * The rule book in a rule author's directory: every {@code *.drl}, {@code *.drl.csv} and {@code *.drl.xlsx} under
   * it, its rules in business language ({@code *.dslr}, in the sentences of its {@code *.dsl} vocabularies) and its
   * {@code rule-settings.properties}. Copy the defaults (in this library's jar under {@code
   * org/enforcementdesk/rules/defaults/}) to start one.
   *
   * @param dir the directory; not null
   * @param loadedAt when it was loaded, for its version; not null
   * @return the rule book
   * @throws RuleBookException listing every problem as {@code file:line:column: message}, file names relative to
   *     {@code dir}; also when the book compiles but cannot decide a plain request of every type of the default
   *     taxonomy (then the file is {@code (rule book)})
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public static RuleBook fromDirectory(Path dir, Instant loadedAt) {
    requireNonNull(loadedAt, "loadedAt");
    List<String> problems = new ArrayList<>();
    List<RuleSource> sources = RuleSources.fromDirectory(dir, problems);
    return build(sources, problems, loadedAt);
  }

  /**
   * The names of the shipped rule book's files, in the order they are listed to authors: what to copy from {@code
   * org/enforcementdesk/rules/defaults/} in this jar to start a court's own directory.
   */
  public static List<String> defaultFiles() {
    return RuleSources.DEFAULT_FILES;
  }

  /**
   * The DRL a rules file in business language ({@code *.dslr}) expands to, as Drools compiles it: with the
   * vocabularies ({@code *.dsl}) beside it, or the shipped one if there are none. Each line stays where it was; the
   * package, imports and globals go before the first.
   *
   * @param dslr the rules file; not null
   * @return the expanded DRL
   * @throws RuleBookException listing every sentence that matches no mapping, every word that names nothing, and
   *     every trap in the vocabularies, as {@code file:line:column: message}
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public static String expandDsl(Path dslr) {
    requireNonNull(dslr, "dslr");
    Path dir = dslr.toAbsolutePath().getParent();
    List<String> problems = new ArrayList<>();
    List<RuleSource> vocabularies = RuleSources.vocabulariesBeside(dslr, problems);
    if (vocabularies.isEmpty()) {
      vocabularies = RuleSources.defaults().stream().filter(RuleSource::isDsl).toList();
    }
    RuleSource rules = RuleSources.read(dir, dslr, problems);
    String drl = DslBook.expand(rules, vocabularies, problems);
    if (!problems.isEmpty()) {
      throw new RuleBookException(problems);
    }
    return drl;
  }

  private static RuleBook build(List<RuleSource> sources, List<String> problems, Instant loadedAt) {
    RuleSettings settings = null;
    List<RuleSource> settingsFiles = sources.stream().filter(RuleSource::isSettings).toList();
    if (settingsFiles.size() != 1) {
      problems.add(
          RuleSettings.FILE_NAME + ":1:1: a rule book needs exactly one " + RuleSettings.FILE_NAME + ", found "
              + settingsFiles.size());
    } else {
      RuleSource file = settingsFiles.get(0);
      Optional<RuleSettings> parsed = RuleSettings.parse(file.name(), file.text(), problems);
      settings = parsed.orElse(null);
    }
    CourtFacts courtFacts = CourtFacts.NONE;
    List<RuleSource> factsFiles = sources.stream().filter(RuleSource::isCourtFacts).toList();
    if (factsFiles.size() > 1) {
      problems.add(CourtFacts.FILE_NAME + ":1:1: a rule book has at most one " + CourtFacts.FILE_NAME + ", found "
          + factsFiles.size());
    } else if (factsFiles.size() == 1) {
      courtFacts = CourtFacts.parse(factsFiles.get(0).name(), factsFiles.get(0).text(), problems);
    }
    problems.addAll(PeriodTextCheck.check(sources));
    TypeCodeCheck.check(sources, problems);
    String hash = RuleSources.contentHash(sources);
    List<RuleSource> drl = DslBook.expandAll(sources, problems);
    RuleBookCompiler.Compiled compiled = null;
    try {
      compiled = RuleBookCompiler.compile(drl, hash);
    } catch (RuleBookException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new RuleBookException(problems);
    }
    List<String> names = sources.stream().map(RuleSource::name).toList();
    RuleBook book = new RuleBook(hash, loadedAt, names, settings, courtFacts, compiled);
    List<String> probeProblems = RuleBookProbe.problems(book);
    if (!probeProblems.isEmpty()) {
      throw new RuleBookException(probeProblems);
    }
    return book;
  }

  /**
   * The version every decision names: the {@link #contentHash()}, e.g. {@code 3f2a9c1b7d4e}. Two loads of the same
   * files have the same version; {@link #loadedAt()} tells them apart.
   */
  public String version() {
    return version;
  }

  /** The first 12 hex digits of the SHA-256 of the rule files: the same files give the same hash. */
  public String contentHash() {
    return contentHash;
  }

  /** When the rule book was loaded, as the caller said. */
  public Instant loadedAt() {
    return loadedAt;
  }

  /** The names of the files the rule book was built from, relative to its directory. */
  public ImmutableList<String> files() {
    return files;
  }

  /** The Drools ReleaseId this book was built under; the KieRepository no longer holds it. */
  String releaseId() {
    return releaseId;
  }

  IntakeDecision intake(IntakeFacts facts) {
    requireNonNull(facts, "facts");
    IntakeRequest request = new IntakeRequest(facts);
    IntakeResult result = new IntakeResult(request);
    List<String> fired = execute(request, "intake", result);
    return result.toDecision(facts.request().type().code(), fired, version());
  }

  ReviewDecision review(ReviewFacts facts) {
    requireNonNull(facts, "facts");
    ReviewOrder order = new ReviewOrder(facts);
    ReviewResult result = new ReviewResult(order);
    List<String> fired = execute(order, "review", result);
    return result.toDecision(fired, version());
  }

  /** Refuses facts neither the library nor the book's {@code court-facts.properties} declares. */
  void checkFacts(RequestFacts facts) {
    courtFacts.check(requireNonNull(facts, "facts"));
  }

  /** The settings file's terms for a delegation of this kind: no rule fires, the book's data decides. */
  DelegationTerms delegationTerms(DelegationKind kind) {
    return settings.delegationTerms(requireNonNull(kind, "kind"));
  }

  /** The settings file's choice for an earlier statutory deadline after a revision. */
  EarlierStatutoryDeadline earlierStatutoryDeadline() {
    return settings.getEarlierOnRevision();
  }

  private List<String> execute(Object fact, String resultGlobal, Object result) {
    return sessions.execute(fact, resultGlobal, result);
  }

  @Override
  public String toString() {
    return "RuleBook[" + version() + ", loaded at " + loadedAt + ", " + files.size() + " files]";
  }
}
