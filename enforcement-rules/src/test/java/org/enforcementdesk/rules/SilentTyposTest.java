package org.enforcementdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementdesk.rules.RuleDirectories.lineOf;
import static org.enforcementdesk.rules.RuleDirectories.replace;
import static org.enforcementdesk.rules.RuleDirectories.write;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typos that used to pass validate-rules while a row or rule silently never fired: each is now refused at its
 * file and line (a table's row and column).
 */
class SilentTyposTest {

  private static final String ROW = "A complaint of slow progress is resolved within 3 working days,CHASE_PROGRESS,";

  @TempDir Path dir;

  private RuleBookException refusal() {
    return Assertions.assertThrows(RuleBookException.class,
        () -> RuleBook.fromDirectory(dir, Instant.parse("2026-03-02T01:00:00Z")));
  }

  @Test
  void aMistypedTypeCodeInTheTable_isRefusedAtItsCell() {
    RuleDirectories.copyDefaults(dir);
    Path table = dir.resolve("intake-baseline.drl.csv");
    int row = lineOf(table, ROW);
    replace(table, ROW, ROW.replace("CHASE_PROGRESS", "CHASE_PROGRES"));

    assertThat(refusal().problems()).singleElement().asString()
        .startsWith("intake-baseline.drl.csv:" + row + ":2: \"CHASE_PROGRES\" is not a request type code");
  }

  @Test
  void aStrayQuoteAtTheStartOfARow_isRefusedAtItsLine() {
    RuleDirectories.copyDefaults(dir);
    Path table = dir.resolve("intake-baseline.drl.csv");
    int row = lineOf(table, ROW);
    replace(table, ROW, "\"" + ROW);

    assertThat(refusal().problems()).anySatisfy(p -> assertThat(p)
        .startsWith("intake-baseline.drl.csv:" + row + ":1: a quote here opens a cell that runs onto the next line"));
  }

  @Test
  void theSameTypeTwiceInOneTable_isRefused() {
    RuleDirectories.copyDefaults(dir);
    Path table = dir.resolve("intake-baseline.drl.csv");
    String copy = "A complaint of slow progress is resolved within 2 working days,CHASE_PROGRESS,,1 working day,"
        + "2 working days,,,";
    replace(table, ROW, copy + "\n" + ROW);

    assertThat(refusal().problems()).singleElement().asString().contains("type CHASE_PROGRESS has a row already");
  }

  @Test
  void aMistypedTypeCodeInDrl_isRefusedAtItsLineAndColumn() {
    RuleDirectories.copyDefaults(dir);
    write(dir.resolve("court.drl"), """
        package org.enforcementdesk.rules.book;
        import org.enforcementdesk.rules.IntakeRequest;
        import org.enforcementdesk.rules.IntakeResult;
        global IntakeResult intake;

        rule "Large payouts start with the director"
        when
          IntakeRequest( typeCode == "FUNDS_PAYOT" )
        then
          intake.requirement("核对账户");
        end
        """);

    assertThat(refusal().problems()).singleElement().asString()
        .startsWith("court.drl:8:31: \"FUNDS_PAYOT\" is not a request type code");
  }
}
