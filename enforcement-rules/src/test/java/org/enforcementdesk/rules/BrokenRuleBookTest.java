package org.enforcementdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.enforcementdesk.rules.RuleDirectories.lineOf;
import static org.enforcementdesk.rules.RuleDirectories.replace;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken rule file is reported at the author's file and line, all problems in one exception. */
class BrokenRuleBookTest {

  /** A DRL condition of the shipped book to break. */
  private static final String OPEN_PETITION =
      "ReviewOrder( $open : openPetitions > 0, !flagged(RiskKind.PETITION_UNRESOLVED) )";

  private static final Instant LOADED = Instant.parse("2026-03-01T00:00:00Z");

  @TempDir Path dir;

  private RuleBookException build() {
    RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.fromDirectory(dir, LOADED));
    assertThat(e).as("the rule book should not compile").isNotNull();
    return e;
  }

  @Test
  void fromDirectory_copyOfTheDefaults_compilesToTheSameContentHash() {
    RuleDirectories.copyDefaults(dir);

    assertThat(RuleBook.fromDirectory(dir, LOADED).contentHash()).isEqualTo(DefaultBook.BOOK.contentHash());
  }

  @Test
  void fromDirectory_decisionTableSavedAsGbk_namesFileAndLineInsteadOfLoadingGarbledText() throws Exception {
    RuleDirectories.copyDefaults(dir);
    Path table = dir.resolve("intake-baseline.drl.csv");
    int line = lineOf(table, "一次性书面告知需补正的全部材料");
    // A clerk edits the sheet, whose requirements are in Chinese, then saves it as plain CSV on Chinese Windows: GBK.
    // The first line with Chinese text is the first the rule book cannot read.
    String text = java.nio.file.Files.readString(table, java.nio.charset.StandardCharsets.UTF_8);
    java.nio.file.Files.write(table, text.getBytes(java.nio.charset.Charset.forName("GBK")));

    RuleBookException e = build();

    assertThat(e.problems()).anySatisfy(p -> assertThat(p)
        .startsWith("intake-baseline.drl.csv:" + line + ":")
        .contains("not UTF-8 text"));
  }

  @Test
  void fromDirectory_drlSyntaxError_namesFileAndLine() {
    RuleDirectories.copyDefaults(dir);
    Path drl = dir.resolve("review-risk.drl");
    int line = lineOf(drl, OPEN_PETITION);
    replace(drl, OPEN_PETITION, "ReviewOrder( $open : openPetitions > 0,, ");
    int secondComma = RuleDirectories.lines(drl).get(line - 1).indexOf(",,") + 2;

    RuleBookException e = build();

    // The second comma, where the parser gave up.
    assertThat(e.problems()).singleElement()
        .satisfies(p -> assertThat(p).startsWith("review-risk.drl:" + line + ":" + secondComma + ": "));
  }

  @Test
  void fromDirectory_unknownFactType_namesFileAndLine() {
    RuleDirectories.copyDefaults(dir);
    Path drl = dir.resolve("review-risk.drl");
    int line = lineOf(drl, OPEN_PETITION);
    replace(drl, OPEN_PETITION, OPEN_PETITION.replace("ReviewOrder(", "PetitionFact("));

    RuleBookException e = build();

    // Drools adds the RHS's use of the pattern's binding; every problem names the line.
    assertThat(e.problems())
        .allSatisfy(p -> assertThat(p).startsWith("review-risk.drl:" + line + ":"))
        .anySatisfy(p -> assertThat(p).contains("PetitionFact"));
  }

  @Test
  void fromDirectory_unknownField_namesFileAndLine() {
    RuleDirectories.copyDefaults(dir);
    Path drl = dir.resolve("review-risk.drl");
    int line = lineOf(drl, OPEN_PETITION);
    replace(drl, OPEN_PETITION, OPEN_PETITION.replace("openPetitions", "openPetitionz"));

    RuleBookException e = build();

    // Drools adds the RHS's use of the pattern's binding; every problem names the line.
    assertThat(e.problems())
        .allSatisfy(p -> assertThat(p).startsWith("review-risk.drl:" + line + ":"))
        .anySatisfy(p -> assertThat(p).contains("openPetitionz"));
  }

  @Test
  void fromDirectory_misspeltUrgencyInTheDecisionTable_namesTheRow() {
    RuleDirectories.copyDefaults(dir);
    Path table = dir.resolve("intake-baseline.drl.csv");
    int row = lineOf(table, "FUNDS_PAYOUT,PRIORITY");
    replace(table, "FUNDS_PAYOUT,PRIORITY", "FUNDS_PAYOUT,PRIORTY");

    RuleBookException e = build();

    // Column 3 is "Urgency": the cell the message quotes.
    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("intake-baseline.drl.csv:" + row + ":3: ").contains("PRIORTY"));
  }

  @Test
  void fromDirectory_badPeriodInTheDecisionTable_namesRowAndColumn() {
    RuleDirectories.copyDefaults(dir);
    Path table = dir.resolve("intake-baseline.drl.csv");
    int row = lineOf(table, "FUNDS_PAYOUT,PRIORITY,1 working day,10 working days");
    replace(table, "FUNDS_PAYOUT,PRIORITY,1 working day,10 working days", "FUNDS_PAYOUT,PRIORITY,1 working day,10 workin days");

    RuleBookException e = build();

    // Column 5 is "Resolution": NAME, type, urgency, response, resolution.
    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("intake-baseline.drl.csv:" + row + ":5: ").contains("10 workin days"));
  }

  @Test
  void fromDirectory_badPeriodInDrl_namesFileLineAndColumn() {
    RuleDirectories.copyDefaults(dir);
    Path drl = dir.resolve("review-risk.drl");
    int line = lineOf(drl, "review.callback(Tier.CENTER_DIRECTOR, \"1 working day\",");
    replace(drl, "review.callback(Tier.CENTER_DIRECTOR, \"1 working day\",", "review.callback(Tier.CENTER_DIRECTOR, \"1 day\",");

    RuleBookException e = build();

    assertThat(e.problems()).singleElement()
        .satisfies(p -> assertThat(p).startsWith("review-risk.drl:" + line + ":42: "));
  }

  @Test
  void fromDirectory_badSetting_namesFileAndLine() {
    RuleDirectories.copyDefaults(dir);
    Path settings = dir.resolve(RuleSettings.FILE_NAME);
    int line = lineOf(settings, "repeatedVisits.visitsWithin30Days = 3");
    replace(settings, "repeatedVisits.visitsWithin30Days = 3", "repeatedVisits.visitsWithin30Days = three");

    RuleBookException e = build();

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p).startsWith(RuleSettings.FILE_NAME + ":" + line + ":1: "));
  }

  @Test
  void fromDirectory_settingUnderItsFormerName_saysWhatReplacedIt() {
    RuleDirectories.copyDefaults(dir);
    Path settings = dir.resolve(RuleSettings.FILE_NAME);
    int line = lineOf(settings, "repeatedVisits.visitsWithin30Days = 3");
    // A court's copy from before visits counted contacts.
    replace(settings, "repeatedVisits.visitsWithin30Days = 3", "repeatedVisits.requestsWithin30Days = 3");

    RuleBookException e = build();

    assertThat(e.problems())
        .containsExactly(
            RuleSettings.FILE_NAME + ":" + line + ":1: repeatedVisits.requestsWithin30Days is now"
                + " repeatedVisits.visitsWithin30Days: it counts every visit on the case, requests and other contacts"
                + " (walk-ins, calls); rename the key and check its value");
  }

  @Test
  void fromDirectory_severalBrokenFiles_listsEveryProblemInOneException() {
    RuleDirectories.copyDefaults(dir);
    replace(dir.resolve("review-risk.drl"), OPEN_PETITION, "PetitionFact( )");
    replace(dir.resolve("intake-delegation.dslr"), "案件尚未执行立案\nthen", "案件还没立案\nthen");
    replace(dir.resolve(RuleSettings.FILE_NAME), "= 50000", "= lots");

    RuleBookException e = build();

    assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("review-risk.drl:"));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("intake-delegation.dslr:"));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(RuleSettings.FILE_NAME + ":"));
    assertThat(e.getMessage()).startsWith("the rule book has " + e.problems().size() + " problems:");
  }

  @Test
  void fromDirectory_noRowForAnyType_isRefusedAtLoadNotAtTheFirstDecision() {
    RuleDirectories.copyDefaults(dir);
    replace(
        dir.resolve("intake-baseline.drl.csv"),
        "Any request is normal and is answered within 1 working day and resolved within 5 working days,(any type),"
            + "NORMAL,1 working day,5 working days,2 working days,OFFICER\n",
        "");

    RuleBookException e = build();

    assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("(rule book):1:1: deciding a plain "));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("CREDIT_RESTRICTION").contains("no urgency"));
  }

  @Test
  void fromDirectory_spreadsheetNotNamedDrl_isReportedNotSkipped() {
    RuleDirectories.copyDefaults(dir);
    RuleDirectories.write(dir.resolve("extra-table.csv"), "RuleSet,x\n");

    assertThat(build().problems()).singleElement().satisfies(p -> assertThat(p).startsWith("extra-table.csv:1:1: "));
  }
}
