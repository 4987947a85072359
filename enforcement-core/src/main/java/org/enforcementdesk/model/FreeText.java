package org.enforcementdesk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * The one rule for text people write into the record (a request, a note, a reason, a comment, a measure): stripped
 * of surrounding white space and at most {@value #MAX_LENGTH} characters, so that one paste cannot bloat a stream
 * and every text is held to the same limit wherever it is written.
 */
public final class FreeText {

  /** The longest text accepted, in characters: a long letter, not a file. */
  public static final int MAX_LENGTH = 5000;

  private FreeText() {}

  /**
   * A text that may be empty, stripped.
   *
   * @param field what the message calls the text, e.g. {@code "note"}
   * @param text the text; not null
   * @return the stripped text
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if it is longer than {@value #MAX_LENGTH} characters
   */
  public static String optional(String field, String text) {
    requireNonNull(text, field);
    String stripped = text.strip();
    checkArgument(
        stripped.length() <= MAX_LENGTH,
        "%s must be at most %s characters, has %s",
        field,
        MAX_LENGTH,
        stripped.length());
    return stripped;
  }

  /**
   * A text that must say something, stripped.
   *
   * @param field what the message calls the text, e.g. {@code "reason"}
   * @param text the text; not null
   * @return the stripped text, not empty
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if it is blank or longer than {@value #MAX_LENGTH} characters
   */
  public static String required(String field, String text) {
    String stripped = optional(field, text);
    checkArgument(!stripped.isEmpty(), "%s must not be blank", field);
    return stripped;
  }
}
