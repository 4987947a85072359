package org.enforcementdesk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestCheckCommandTest {

  private static final Path SAMPLE = Path.of("../docs/samples/request.json");

  @TempDir Path dir;

  @Test
  void check_documentedSample_showsHowItWasUnderstoodWithMaskedPersonalData() {
    CliRun run = CliRun.of("request", "check", SAMPLE.toString());
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out())
        .contains("（2025）闽0322执1234号 (year 2025, basic court 闽0322, 执 first enforcement, serial 1234)")
        .contains("2.4 SEIZURE_RENEWAL 申请续封/续冻/续扣 (category 2 查询查控)")
        .contains("phone=138****0000")
        .doesNotContain("13800000000")
        .endsWith("1 request valid" + System.lineSeparator());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void check_array_checksEveryRequest() throws IOException {
    String one = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    Path batch = write("batch.json", "[" + one + "," + one.replace("R-2026-000123", "R-2") + "]");
    CliRun run = CliRun.of("request", "check", batch.toString());
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("R-2026-000123", "R-2", "2 requests valid");
  }

  @Test
  void check_invalidRequest_exitsOneWithFileAndPath() throws IOException {
    Path bad = write("bad.json", Files.readString(SAMPLE, StandardCharsets.UTF_8).replace("HOTLINE", "FAX"));
    CliRun run = CliRun.of("request", "check", bad.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("invalid: " + bad + ": $.channel: unknown channel code \"FAX\"");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void check_missingFile_exitsTwoWithOneLine() {
    CliRun run = CliRun.of("request", "check", dir.resolve("none.json").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("enforcement: no such file: ").doesNotContain("Exception");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void unknownCommand_exitsTwoWithOneLine() {
    CliRun run = CliRun.of("request", "chek");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1).first().asString().contains("'chek'");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
