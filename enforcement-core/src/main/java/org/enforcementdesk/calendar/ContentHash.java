package org.enforcementdesk.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.hash.Hashing;

/**
 * The version of calendar data as a short content hash: equal content gives an equal version on every machine and in
 * every run, and any change to what a count depends on gives another. Events record it beside each deadline, as they
 * record the rule book's version beside each decision.
 */
final class ContentHash {

  /** Hex digits kept: 64 bits, far more than the few versions a court ever has. */
  private static final int DIGITS = 16;

  private ContentHash() {}

  /** {@code prefix} and the first digits of the SHA-256 of {@code canonical}, e.g. {@code cal-3f2a…}. */
  static String of(String prefix, CharSequence canonical) {
    return prefix + Hashing.sha256().hashString(canonical, UTF_8).toString().substring(0, DIGITS);
  }
}
