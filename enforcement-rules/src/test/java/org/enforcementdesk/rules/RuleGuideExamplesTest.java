package org.enforcementdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enforcementdesk.json.EnforcementJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every worked example of the Chinese rule author's guide (docs/rules-guide-zh.md) compiles into a copy of the
 * shipped book, and the scenario beside it passes on that book: the guide cannot drift from what the rules do.
 */
class RuleGuideExamplesTest {

  private static final Path GUIDE = Path.of("../docs/rules-guide-zh.md");
  private static final Pattern EXAMPLE = Pattern.compile("```dslr\n(.*?)```\\s*(?:[^`]*?)```json\n(.*?)```",
      Pattern.DOTALL);

  @TempDir Path dir;

  @Test
  void everyWorkedExample_compiles_andItsScenarioPasses() throws IOException {
    Matcher example = EXAMPLE.matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
    List<ScenarioResult> results = new ArrayList<>();
    int n = 0;
    while (example.find()) {
      Path book = Files.createDirectories(dir.resolve("example-" + ++n));
      RuleDirectories.copyDefaults(book);
      RuleDirectories.write(book.resolve("guide-example.dslr"), example.group(1));
      DroolsDecisionPolicy policy =
          new DroolsDecisionPolicy(RuleBook.fromDirectory(book, Instant.parse("2026-03-02T01:00:00Z")));
      RuleScenarios.of(EnforcementJson.defaults()).read(example.group(2), GUIDE + " example " + n)
          .forEach(scenario -> results.add(scenario.run(policy)));
    }

    assertThat(n).as("worked examples in the guide").isEqualTo(3);
    assertThat(results).hasSize(3).allSatisfy(r -> assertThat(r.mismatches()).as(r.scenario()).isEmpty());
  }
}
