package org.enforcementdesk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * The identifier of one enforcement request (诉求编号), chosen by the host system that takes the request in.
 *
 * <p>It is 1-64 characters of ASCII letters, digits and {@code . _ : -}, so that it is safe in logs, file names, URLs
 * and database keys without escaping. Equality is exact (case-sensitive).
 *
 * @param value the identifier text; not null
 */
public record RequestId(String value) implements Comparable<RequestId> {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  /**
   * Checks the value: one the host can use as a key anywhere.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is not 1-64 characters of letters, digits and {@code . _ : -} starting
   *     with a letter or digit
   */
  public RequestId {
    requireNonNull(value, "request id");
    checkArgument(
        VALID.matcher(value).matches(),
        "request id must be 1-64 characters of letters, digits and . _ : - starting with a letter or digit: %s",
        LogSafe.quoted(value));
  }

  /**
   * Returns the request id with this text.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException as {@link #RequestId(String)}
   */
  public static RequestId of(String value) {
    return new RequestId(value);
  }

  @Override
  public int compareTo(RequestId other) {
    return value.compareTo(other.value);
  }

  /** The identifier text itself. */
  @Override
  public String toString() {
    return value;
  }
}
