package org.enforcementdesk.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A rule book that does not compile or cannot be read: one exception for all its problems, each a line
 * {@code file:line:column: message} naming the file relative to the rule directory, as the author knows it. The
 * message is those lines, after one summary line.
 */
public final class RuleBookException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Every problem, one line each. */
  private final ImmutableList<String> problems;

  /**
   * An exception listing these problems.
   *
   * @param problems one line per problem, {@code file:line:column: message}; not empty
   * @throws IllegalArgumentException if there are no problems
   */
  public RuleBookException(List<String> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rule book exception needs at least one problem");
    }
    return "the rule book has " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ":\n"
        + String.join("\n", problems);
  }

  /** Every problem, one line each: {@code file:line:column: message}; not empty. */
  public ImmutableList<String> problems() {
    return problems;
  }
}
