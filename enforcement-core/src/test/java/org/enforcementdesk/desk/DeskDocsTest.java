package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.Transitions;
import org.enforcementdesk.order.WorkOrderState;
import org.junit.jupiter.api.Test;

/**
 * docs/desk.md shows the state machine and the permission matrix; this test renders both from the code and checks
 * the page holds them exactly, so the documentation can never drift from what the desk enforces.
 */
class DeskDocsTest {

  private static final Path PAGE = Path.of("../docs/desk.md");

  @Test
  void deskPage_showsTheStateMachineAsTheCodeHasIt() throws IOException {
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8)).contains(stateMachine());
  }

  @Test
  void deskPage_showsThePermissionMatrixAsTheCodeHasIt() throws IOException {
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8)).contains(permissionMatrix());
  }

  /** One row per state: the commands it accepts, each with the state it leads to. */
  static String stateMachine() {
    StringBuilder table = new StringBuilder("| state | command -> next state |\n|---|---|\n");
    for (WorkOrderState state : WorkOrderState.values()) {
      StringJoiner cells = new StringJoiner(", ");
      Transitions.table().row(state).forEach((command, next) -> cells.add(command + " -> " + next));
      table.append("| ").append(state).append(" | ").append(cells.length() == 0 ? "(final)" : cells).append(" |\n");
    }
    return table.toString();
  }

  /** One row per command, one column per role; x where the role may issue it. */
  static String permissionMatrix() {
    StringBuilder table = new StringBuilder("| command |");
    StringBuilder rule = new StringBuilder("|---|");
    for (ActorRole role : ActorRole.values()) {
      table.append(' ').append(role).append(" |");
      rule.append("---|");
    }
    table.append('\n').append(rule).append('\n');
    for (CommandKind command : CommandKind.values()) {
      table.append("| ").append(command).append(" |");
      for (ActorRole role : ActorRole.values()) {
        table.append(Permissions.roleMay(role, command) ? " x |" : "   |");
      }
      table.append('\n');
    }
    return table.toString();
  }

  public static void main(String[] args) {
    System.out.println(stateMachine());
    System.out.println(permissionMatrix());
  }
}
