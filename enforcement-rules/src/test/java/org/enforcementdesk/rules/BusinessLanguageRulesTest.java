package org.enforcementdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.rules.RuleDirectories.lineOf;
import static org.enforcementdesk.rules.RuleDirectories.replace;
import static org.enforcementdesk.rules.RuleDirectories.write;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.IntakeDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules in Chinese business language (enforcement.dsl, *.dslr): the court's own example compiles and decides, and
 * every trap of the DSL is refused at its file and line instead of passing silently.
 */
class BusinessLanguageRulesTest {

  private static final Instant LOADED = Instant.parse("2026-03-02T01:00:00Z");

  /** The court's example, word for word as the issue gives it. */
  static final String COURT_EXAMPLE = """
      rule "车辆续封在查封到期前7日内为紧急"
      when
          诉求类型为 车辆续封
          查封到期不超过 7 天
      then
          设定紧急程度为 紧急
          限 2 小时内办结
      end
      """;

  @TempDir Path dir;

  private RuleBookException refusal() {
    return org.junit.jupiter.api.Assertions.assertThrows(
        RuleBookException.class, () -> RuleBook.fromDirectory(dir, LOADED));
  }

  @Test
  void theCourtsExample_compiles_andDecidesARenewalAboutToLapse() {
    RuleDirectories.copyDefaults(dir);
    write(dir.resolve("court-renewals.dslr"), COURT_EXAMPLE);

    RuleBook book = RuleBook.fromDirectory(dir, LOADED);
    IntakeDecision decision = new DroolsDecisionPolicy(book)
        .intake(Requests.seizureRenewalExpiring(LocalDate.of(2026, 3, 6)));

    assertThat(decision.firedRules()).contains("车辆续封在查封到期前7日内为紧急");
    assertThat(decision.urgency()).isEqualTo(Urgency.URGENT);
    assertThat(decision.targets().resolution()).isEqualTo(Period.parse("2 natural hours"));
  }

  @Test
  void theExample_expandsToTheDrlAnEngineerWouldWrite_lineForLine() {
    Path file = dir.resolve("court-renewals.dslr");
    write(file, COURT_EXAMPLE);

    String[] drl = RuleBook.expandDsl(file).split("\n", -1);

    assertThat(drl[0]).startsWith(DslBook.HEADER).endsWith("rule \"车辆续封在查封到期前7日内为紧急\"");
    assertThat(drl[2].strip()).isEqualTo("IntakeRequest( typeCode == \"SEIZURE_RENEWAL\", "
        + "daysUntilSeizureExpiry != null, daysUntilSeizureExpiry <= 7 )");
    assertThat(drl[3]).as("the second condition joined the first pattern").isBlank();
    assertThat(drl[5].strip()).isEqualTo("intake.exception().urgency(Urgency.URGENT);");
    assertThat(drl[6].strip()).isEqualTo("intake.exception().resolutionPeriod(\"2 natural hours\");");
  }

  @Test
  void aSentenceTheVocabularyDoesNotKnow_isAnErrorAtItsLine() {
    RuleDirectories.copyDefaults(dir);
    write(dir.resolve("court.dslr"), COURT_EXAMPLE.replace("限 2 小时内办结", "两小时内必须办完"));

    assertThat(refusal().problems()).singleElement().asString()
        .startsWith("court.dslr:7:1: no sentence of the vocabulary says \u201c两小时内必须办完\u201d");
  }

  @Test
  void aConditionTheVocabularyDoesNotKnow_isAnErrorAtItsLine() {
    RuleDirectories.copyDefaults(dir);
    write(dir.resolve("court.dslr"), COURT_EXAMPLE.replace("查封到期不超过 7 天", "查封快到期了"));

    assertThat(refusal().problems()).anySatisfy(p -> assertThat(p).startsWith("court.dslr:4:1: no sentence"));
  }

  @Test
  void aWordThatNamesNothing_isRefusedWithWhatMayBeWritten() {
    RuleDirectories.copyDefaults(dir);
    write(dir.resolve("court.dslr"), COURT_EXAMPLE.replace("车辆续封", "汽车续封").replace("设定紧急程度为 紧急",
        "设定紧急程度为 特急").replace("2 小时", "2 钟头"));

    assertThat(refusal().problems()).containsExactlyInAnyOrder(
        "court.dslr:3:1: \u201c汽车续封\u201d is not a 诉求类型; write " + RuleWords.accepted(RuleWords.Kind.TYPE),
        "court.dslr:6:1: \u201c特急\u201d is not a 紧急程度; write 紧急, 优先 or 一般",
        "court.dslr:7:1: \u201c2 钟头\u201d is not a 期限; write " + RuleWords.accepted(RuleWords.Kind.PERIOD));
  }

  @Test
  void aReasonQuotingAFigureThatDoesNotExist_isRefused() {
    RuleDirectories.copyDefaults(dir);
    write(dir.resolve("court.dslr"), COURT_EXAMPLE.replace("限 2 小时内办结", "标记风险 多次来访 理由为 来访〔来访总数〕次"));

    assertThat(refusal().problems()).singleElement().asString()
        .startsWith("court.dslr:7:1: 〔来访总数〕 is not a figure a reason can quote");
  }

  @Test
  void aDrlErrorInsideBusinessLanguage_pointsAtTheClerksLine() {
    RuleDirectories.copyDefaults(dir);
    // A line starting with > is DRL that the expander leaves alone.
    write(dir.resolve("court.dslr"), COURT_EXAMPLE.replace("限 2 小时内办结", ">intake.noSuchAction();"));

    assertThat(refusal().problems()).singleElement().asString().startsWith("court.dslr:7:");
  }

  @Test
  void aPackageLine_isRefused_becauseTheBookSuppliesIt() {
    RuleDirectories.copyDefaults(dir);
    write(dir.resolve("court.dslr"), "package court.rules;\n" + COURT_EXAMPLE);

    assertThat(refusal().problems()).anySatisfy(p -> assertThat(p).startsWith("court.dslr:1:1: a rules file in"
        + " business language has no package line"));
  }

  @Test
  void rulesInBusinessLanguage_needAVocabulary() {
    RuleDirectories.copyDefaults(dir);
    uncheckedDelete(dir.resolve("enforcement.dsl"));

    assertThat(refusal().problems()).anySatisfy(p -> assertThat(p).contains("need a vocabulary (*.dsl)"));
  }

  @Test
  void aVocabularyWithAByteOrderMark_isRefused() {
    RuleDirectories.copyDefaults(dir);
    Path dsl = dir.resolve("enforcement.dsl");
    write(dsl, "\uFEFF" + RuleDirectories.read(dsl));

    assertThat(refusal().problems()).singleElement().asString()
        .startsWith("enforcement.dsl:1:1: the file starts with a byte-order mark");
  }

  @Test
  void aPlaceholderWithoutAPattern_isRefusedAtItsColumn() {
    RuleDirectories.copyDefaults(dir);
    Path dsl = dir.resolve("enforcement.dsl");
    int line = lineOf(dsl, "[then]设定紧急程度为 {紧急程度:\\p{IsHan}+}");
    replace(dsl, "[then]设定紧急程度为 {紧急程度:\\p{IsHan}+}", "[then]设定紧急程度为 {紧急程度}");

    assertThat(refusal().problems()).singleElement().asString()
        .startsWith("enforcement.dsl:" + line + ":15: placeholder {紧急程度} has no pattern, so it swallows");
  }

  @Test
  void aWordClassInAPlaceholder_isRefused_becauseItMissesChinese() {
    RuleDirectories.copyDefaults(dir);
    Path dsl = dir.resolve("enforcement.dsl");
    int line = lineOf(dsl, "[then]由 {层级:\\p{IsHan}+} 起办");
    replace(dsl, "[then]由 {层级:\\p{IsHan}+} 起办", "[then]由 {层级:\\w+} 起办");

    assertThat(refusal().problems()).anySatisfy(p -> assertThat(p)
        .startsWith("enforcement.dsl:" + line + ":9: \\w does not match Chinese characters"));
  }

  @Test
  void fullWidthPunctuationInAKey_isRefused() {
    RuleDirectories.copyDefaults(dir);
    Path dsl = dir.resolve("enforcement.dsl");
    int line = lineOf(dsl, "[then]标记风险 {风险:\\p{IsHan}+} 理由为");
    replace(dsl, "[then]标记风险 {风险:\\p{IsHan}+} 理由为", "[then]标记风险 {风险:\\p{IsHan}+}，理由为");

    assertThat(refusal().problems()).anySatisfy(p -> assertThat(p)
        .startsWith("enforcement.dsl:" + line + ":").contains("full-width punctuation \u201c，\u201d"));
  }

  @Test
  void aRulesFileSavedAsGbk_isRefused() throws Exception {
    RuleDirectories.copyDefaults(dir);
    Files.write(dir.resolve("court.dslr"), COURT_EXAMPLE.getBytes(Charset.forName("GBK")));

    assertThat(refusal().problems()).anySatisfy(p -> assertThat(p).startsWith("court.dslr:1:").contains("GBK"));
  }

  @Test
  void theShippedBook_writesItsIntakeExceptionsInBusinessLanguage() {
    assertThat(DefaultBook.BOOK.files()).contains("enforcement.dsl", "intake-exceptions.dslr")
        .doesNotContain("intake-exceptions.drl");
    assertThatThrownBy(() -> RuleBook.expandDsl(dir.resolve("missing.dslr")))
        .isInstanceOf(java.io.UncheckedIOException.class);
  }

  private static void uncheckedDelete(Path file) {
    try {
      Files.delete(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
