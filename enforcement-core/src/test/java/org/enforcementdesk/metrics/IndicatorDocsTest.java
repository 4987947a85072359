package org.enforcementdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/indicators.md lists every indicator with its definition: this test renders the catalogue table from the code
 * and checks the page holds it exactly, so the two cannot drift apart.
 */
class IndicatorDocsTest {

  private static final Path PAGE = Path.of("../docs/indicators.md");

  static String catalogueTable() {
    StringBuilder table = new StringBuilder();
    table.append("| id | 名称 | name | unit | numerator | denominator | period (what puts it in) | filters | breakdowns |\n");
    table.append("|---|---|---|---|---|---|---|---|---|\n");
    for (IndicatorId id : IndicatorId.values()) {
      Definition d = id.definition();
      table.append("| `").append(id.id()).append("` | ")
          .append(id.chineseName()).append(" | ")
          .append(id.englishName()).append(" | ")
          .append(id.unit().jsonName()).append(" | ")
          .append(cell(d.numerator())).append(" | ")
          .append(cell(d.denominator())).append(" | ")
          .append(cell(d.period())).append(" | ")
          .append(cell(d.filters())).append(" | ")
          .append(id.breakdowns().isEmpty() ? "-" : "`" + String.join("`, `", id.breakdowns()) + "`")
          .append(" |\n");
    }
    return table.toString();
  }

  private static String cell(String text) {
    return text.isEmpty() ? "-" : text.replace("|", "\\|");
  }

  @Test
  void page_listsEveryIndicatorAsTheCodeDefinesIt() throws IOException {
    String table = catalogueTable();
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    if (!page.contains(table)) {
      Files.writeString(Path.of("target", "indicator-catalogue.md"), table, StandardCharsets.UTF_8);
    }
    assertThat(page).contains(table);
  }
}
