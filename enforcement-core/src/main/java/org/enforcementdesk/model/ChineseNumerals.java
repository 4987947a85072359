package org.enforcementdesk.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;

/**
 * Chinese numerals 一..九十九 as case-number suffixes write them ({@code 之一}, {@code 之十二}). Only the canonical
 * form is read ({@code 十一}, not {@code 一十一}), so that reading and printing are inverses.
 */
final class ChineseNumerals {

  static final int MAX = 99;

  private static final String DIGITS = "一二三四五六七八九";

  // Built from format() so that parse() accepts exactly what format() prints: the printer is the oracle.
  private static final ImmutableMap<String, Integer> BY_NUMERAL = buildIndex();

  private ChineseNumerals() {}

  /** Prints 1..99 as 一, 十, 十一, 二十, 九十九. */
  static String format(int n) {
    checkArgument(n >= 1 && n <= MAX, "numeral must be in 1..%s: %s", MAX, n);
    int tens = n / 10;
    int units = n % 10;
    StringBuilder out = new StringBuilder(3);
    if (tens > 1) {
      out.append(DIGITS.charAt(tens - 1));
    }
    if (tens > 0) {
      out.append('十');
    }
    if (units > 0) {
      out.append(DIGITS.charAt(units - 1));
    }
    return out.toString();
  }

  /** Reads a canonical numeral 一..九十九; returns 0 for anything else. */
  static int parse(CharSequence numeral) {
    // Longer text is never a numeral; checking first keeps a huge input from being copied.
    if (numeral.length() > 3) {
      return 0;
    }
    Integer n = BY_NUMERAL.get(numeral.toString());
    return n == null ? 0 : n;
  }

  private static ImmutableMap<String, Integer> buildIndex() {
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builderWithExpectedSize(MAX);
    for (int n = 1; n <= MAX; n++) {
      index.put(format(n), n);
    }
    return index.buildOrThrow();
  }
}
