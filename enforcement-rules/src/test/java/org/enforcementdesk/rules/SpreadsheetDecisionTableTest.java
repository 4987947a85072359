package org.enforcementdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.IntakeDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision table saved as XLSX (what clerks' spreadsheets write) decides and reports problems like the CSV. */
class SpreadsheetDecisionTableTest {

  private static final Instant LOADED = Instant.parse("2026-03-01T00:00:00Z");

  @TempDir Path dir;

  @TempDir Path csvCopy;

  /** The defaults with the CSV table converted cell by cell into {@code intake-baseline.drl.xlsx}. */
  private Path defaultsAsXlsx(String from, String to) throws IOException {
    RuleDirectories.copyDefaults(dir);
    Path csv = dir.resolve("intake-baseline.drl.csv");
    List<String> lines = RuleDirectories.lines(csv);
    Files.delete(csv);
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(dir.resolve("intake-baseline.drl.xlsx"))) {
      Sheet sheet = workbook.createSheet("Baseline");
      for (int r = 0; r < lines.size(); r++) {
        Row row = sheet.createRow(r);
        List<String> cells = Csv.cells(lines.get(r).replace(from, to));
        for (int c = 0; c < cells.size(); c++) {
          if (!cells.get(c).isEmpty()) {
            row.createCell(c).setCellValue(cells.get(c));
          }
        }
      }
      workbook.write(out);
    }
    return dir;
  }

  @Test
  void fromDirectory_xlsxTable_decidesLikeTheCsv() throws IOException {
    RuleBook book = RuleBook.fromDirectory(defaultsAsXlsx("", ""), LOADED);

    IntakeDecision decision = new DroolsDecisionPolicy(book).intake(Requests.intake("FUNDS_PAYOUT"));

    assertThat(decision.urgency()).isEqualTo(Urgency.PRIORITY);
    assertThat(decision.targets().resolution()).isEqualTo(Period.workingDays(10));
    assertThat(book.files()).contains("intake-baseline.drl.xlsx");
  }

  @Test
  void fromDirectory_xlsxTableWithBadPeriod_namesTheRow() throws IOException {
    int row = RuleDirectories.lineOf(copyOfCsv(), "FUNDS_PAYOUT,PRIORITY");
    defaultsAsXlsx("FUNDS_PAYOUT,PRIORITY,1 working day,10 working days", "FUNDS_PAYOUT,PRIORITY,1 working day,10 workin days");

    RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.fromDirectory(dir, LOADED));

    assertThat(e).isNotNull();
    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("intake-baseline.drl.xlsx:" + row + ":").contains("10 workin days"));
  }

  private Path copyOfCsv() {
    RuleDirectories.copyDefaults(csvCopy);
    return csvCopy.resolve("intake-baseline.drl.csv");
  }
}
