package org.enforcementdesk.json;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * Malformed JSON or YAML input: the message names where (source, JSON path, and line and column where the parser
 * knows them) and what is wrong, never quoting personal data and quoting any other value cut at 40 characters, e.g. {@code request.json: $.requester.role: expected one of [APPLICANT, RESPONDENT, AGENT],
 * found "BUYER"}. Nothing is read from input that fails.
 */
public final class JsonInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final int line;
  private final int column;

  JsonInputException(String source, String path, String problem) {
    this(source, path, 0, 0, problem);
  }

  /** A refusal where the parser knows the place in the text as well: line and column from 1, or 0 if not known. */
  JsonInputException(String source, String path, int line, int column, String problem) {
    super(prefix(source) + requireNonNull(path, "path") + (line > 0 ? " (line " + line + ", column " + column + ")" : "")
        + ": " + requireNonNull(problem, "problem"));
    this.path = path;
    this.line = line;
    this.column = column;
  }

  JsonInputException(String source, String path, String problem, Throwable cause) {
    this(source, path, problem);
    initCause(cause);
  }

  private static String prefix(String source) {
    return source == null || source.isEmpty() ? "" : source + ": ";
  }

  /**
   * Where the problem is: a JSON path such as {@code $.facts.amountAtStakeYuan}; for input that is not well-formed
   * JSON, the path the parser had reached. Not null.
   */
  public String path() {
    return path;
  }

  /** The line of the problem in the text, from 1, where the parser knows it (syntax and size refusals). */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** The column of the problem in its line, from 1, where the parser knows it. */
  public OptionalInt column() {
    return line > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }
}
