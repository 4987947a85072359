package org.enforcementdesk.json;

import static java.util.Objects.requireNonNull;

/**
 * Malformed JSON or YAML input: the message names where (source, JSON path, or line and column for a syntax error)
 * and what is wrong, e.g. {@code request.json: $.requester.role: expected one of [APPLICANT, RESPONDENT, AGENT],
 * found "BUYER"}. Nothing is read from input that fails.
 */
public final class JsonInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String path;

  JsonInputException(String source, String path, String problem) {
    super(prefix(source) + requireNonNull(path, "path") + ": " + requireNonNull(problem, "problem"));
    this.path = path;
  }

  JsonInputException(String source, String path, String problem, Throwable cause) {
    this(source, path, problem);
    initCause(cause);
  }

  private static String prefix(String source) {
    return source == null || source.isEmpty() ? "" : source + ": ";
  }

  /**
   * Where the problem is: a JSON path such as {@code $.facts.amountAtStakeYuan}, or {@code line 3, column 7} for
   * input that is not well-formed JSON at all; not null.
   */
  public String path() {
    return path;
  }
}
