package org.enforcementdesk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * Validation of the stable codes that name categories, request types and channels in data files, JSON and rules.
 * Codes are upper-case ASCII so that they read the same in every locale and never need case folding.
 */
final class Codes {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,47}");

  private Codes() {}

  /**
   * Returns {@code code} if it is a valid stable code.
   *
   * @param what what the code names, for the message, e.g. "channel code"
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if it is not 1-48 characters of A-Z, 0-9 and _, starting with a letter
   */
  static String check(String what, String code) {
    requireNonNull(code, what);
    checkArgument(
        CODE.matcher(code).matches(),
        "%s must be 1-48 characters of A-Z, 0-9 and _ starting with a letter: %s",
        what,
        LogSafe.quoted(code));
    return code;
  }

  /**
   * Returns {@code text} stripped of surrounding white space if it is a non-blank display text of at most
   * {@code maxLength} characters.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if it is blank or too long
   */
  static String checkText(String what, String text, int maxLength) {
    requireNonNull(text, what);
    String stripped = text.strip();
    checkArgument(!stripped.isEmpty(), "%s must not be blank", what);
    checkArgument(
        stripped.length() <= maxLength,
        "%s must be at most %s characters, has %s",
        what,
        maxLength,
        stripped.length());
    return stripped;
  }
}
