package org.enforcementdesk.examples.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.enforcementdesk.examples.cli.EnforcementCli;
import org.enforcementdesk.metrics.IndicatorId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code enforcement simulate} run in-process at a small size: files, determinism, bad options, the dashboard. */
class SimulateCommandTest {

  private static final String SMALL = "300";

  @TempDir Path dir;

  /** One run of the command line: its exit code and what it printed. */
  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EnforcementCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Run simulate(String seed, Path out) {
    return run("simulate", "--requests", SMALL, "--seed", seed, "--out", out.toString());
  }

  @Test
  void simulate_smallCourt_writesTheIndicatorReportAndPrintsTheDashboard() throws IOException {
    Run run = simulate("7", dir);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(Files.readString(dir.resolve("indicators.json")));
    assertThat(json.get("format").asText()).isEqualTo("enforcement-desk-indicators/1");
    assertThat(json.get("period").get("label").asText()).isEqualTo("2025");
    assertThat(json.get("indicators").get("requests_received").get("current").get("value").asLong())
        .isBetween(250L, 300L);
    assertThat(run.out().lines().count()).isLessThanOrEqualTo(40);
    assertThat(run.out()).contains("期限内办结率", "案由", "风险案件", "indicators.json", "dashboard.html");
    // The dashboard shows the same report: the headline figure as the JSON displays it.
    String page = Files.readString(dir.resolve("dashboard.html"));
    assertThat(page).startsWith("<!DOCTYPE html>")
        .contains(json.get("indicators").get("on_time_rate_net").get("current").get("display").asText());
  }

  @Test
  void simulate_onAnEditedRuleBook_showsWhatTheEditDoes() throws IOException {
    Path rules = dir.resolve("court-rules");
    assertThat(run("validate-rules", "--export-defaults", rules.toString()).exitCode()).isZero();
    Path settings = rules.resolve("rule-settings.properties");
    Files.writeString(settings, Files.readString(settings).replace("repeatedVisits.visitsWithin30Days = 3",
        "repeatedVisits.visitsWithin30Days = 1"));

    Run shipped = simulate("7", dir.resolve("shipped"));
    Run edited = run("simulate", "--requests", SMALL, "--seed", "7", "--rules", rules.toString(), "--out",
        dir.resolve("edited").toString());

    assertThat(edited.exitCode()).as(edited.err()).isZero();
    assertThat(shipped.exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("edited/indicators.json")))
        .as("every visit now flags repeated visits, so the year's figures change")
        .isNotEqualTo(Files.readString(dir.resolve("shipped/indicators.json")));
    assertBadInput(run("simulate", "--rules", dir.resolve("none").toString(), "--out", dir.toString()),
        "--rules " + dir.resolve("none") + " is not a directory of rule files");
  }

  @Test
  void simulate_sameSeedTwice_writesByteIdenticalJson() throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");

    assertThat(simulate("11", first).exitCode()).isEqualTo(0);
    assertThat(simulate("11", second).exitCode()).isEqualTo(0);

    assertThat(Files.readAllBytes(second.resolve("indicators.json")))
        .isEqualTo(Files.readAllBytes(first.resolve("indicators.json")));
  }

  @Test
  void simulate_differentSeeds_writeDifferentHistories() throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");

    assertThat(simulate("11", first).exitCode()).isEqualTo(0);
    assertThat(simulate("12", second).exitCode()).isEqualTo(0);

    assertThat(Files.readString(second.resolve("indicators.json")))
        .isNotEqualTo(Files.readString(first.resolve("indicators.json")));
  }

  @Test
  void simulate_terminalFigures_areTheJsonReportsDisplays() throws IOException {
    Run run = simulate("5", dir);

    JsonNode indicators =
        new ObjectMapper().readTree(Files.readString(dir.resolve("indicators.json"))).get("indicators");
    for (IndicatorId id : TerminalDashboard.HEADLINES) {
      JsonNode indicator = indicators.get(id.id());
      String line =
          run.out().lines().filter(l -> l.startsWith(id.chineseName() + " ")).findFirst().orElseThrow();
      assertThat(line)
          .as(id.id())
          .contains(" " + indicator.get("current").get("display").asText() + " ")
          .endsWith("同比 " + indicator.get("change_year_over_year").get("display").asText());
    }
  }

  @Test
  void simulate_noRequests_isBadUsage() {
    assertBadInput(run("simulate", "--requests", "0", "--out", dir.toString()), "--requests must be at least 1");
  }

  @Test
  void simulate_yearOutOfRange_isBadUsage() {
    assertBadInput(run("simulate", "--year", "2100", "--out", dir.toString()), "--year must be between 1902 and 2099");
  }

  @Test
  void simulate_yearWithoutItsNotice_runsProvisionallyAndSaysSo() {
    Run run = run("simulate", "--year", "2027", "--requests", SMALL, "--out", dir.toString());
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("2027 is provisional: holidays-cn.yaml (2024-2026) has no State Council notice for"
        + " it, so its deadlines are counted with the holidays of 全国年节及纪念日放假办法 (2024 revision");
    assertThat(dir.resolve("indicators.json")).exists();
  }

  @Test
  void simulate_outThatIsAFile_isBadInput() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "not a directory");

    assertBadInput(run("simulate", "--requests", SMALL, "--out", file.resolve("out").toString()), "cannot create");
  }

  private static void assertBadInput(Run run, String message) {
    assertThat(run.exitCode()).isEqualTo(EnforcementCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().count()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains(message);
  }
}
