package org.enforcementdesk.jdbc;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failed statement means, without depending on one driver: the SQLSTATE class, and for a unique violation the
 * constraint's name, from the driver's server message where it has one (pgjdbc and its forks) or else from the
 * quoted name in the message.
 */
final class SqlErrors {

  /** SQLSTATE of a unique violation. */
  static final String UNIQUE_VIOLATION = "23505";

  private static final Pattern QUOTED = Pattern.compile("\"([a-z0-9_]+)\"");

  private SqlErrors() {}

  static boolean isUniqueViolation(SQLException e) {
    return UNIQUE_VIOLATION.equals(e.getSQLState());
  }

  /** The name of the constraint a unique violation broke, if the driver or the message says. */
  static Optional<String> constraint(SQLException e) {
    try {
      Method serverMessage = e.getClass().getMethod("getServerErrorMessage");
      Object message = serverMessage.invoke(e);
      if (message != null) {
        Object name = message.getClass().getMethod("getConstraint").invoke(message);
        if (name instanceof String s && !s.isEmpty()) {
          return Optional.of(s);
        }
      }
    } catch (ReflectiveOperationException | RuntimeException notThisDriver) {
      // Another driver: fall back to the message.
    }
    String text = String.valueOf(e.getMessage());
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      if (m.group(1).startsWith("ed_")) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the failure is the database's or the connection's (the server down, the network cut, the pool
   * exhausted): retrying later may succeed. SQLSTATE classes 08 (connection), 53 (resources), 57 (operator
   * intervention, a restart), 40 (a serialization failure or deadlock).
   */
  static boolean isTransient(SQLException e) {
    String state = e.getSQLState();
    return state == null || state.startsWith("08") || state.startsWith("53") || state.startsWith("57")
        || state.startsWith("40");
  }
}
