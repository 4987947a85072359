package org.enforcementdesk.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ascii;
import com.google.common.base.Strings;

/**
 * Reads case numbers and court codes, one left-to-right pass with a cursor. Every rejection is an {@link
 * IllegalArgumentException} that quotes the input and names the part and the index that are wrong; the cursor never
 * reads past the end, so no other exception can escape whatever the input.
 *
 * <p>Indexes in messages count UTF-16 chars of the input as given, surrounding whitespace included.
 */
final class CaseNumberParser {

  // Long inputs are cut in messages: a case number is about 20 chars, so anything longer is already wrong.

  private final String what;
  private final String input;
  private final int end;
  private int pos;

  private CaseNumberParser(String what, CharSequence input) {
    this.what = what;
    // Copied once, so that a CharSequence changing underneath cannot move the ground during the pass.
    this.input = checkNotNull(input, "%s must not be null", what).toString();
    int first = 0;
    int last = this.input.length();
    while (first < last && Character.isWhitespace(this.input.charAt(first))) {
      first++;
    }
    while (last > first && Character.isWhitespace(this.input.charAt(last - 1))) {
      last--;
    }
    this.pos = first;
    this.end = last;
  }

  static CaseNumber parseCaseNumber(CharSequence text) {
    return new CaseNumberParser("case number", text).caseNumber();
  }

  static CourtCode parseCourtCode(CharSequence text) {
    CaseNumberParser parser = new CaseNumberParser("court code", text);
    parser.requireNotBlank();
    CourtCode court = parser.court();
    if (parser.pos < parser.end) {
      throw parser.fail("unexpected text after the court code at index " + parser.pos + ", found " + parser.rest());
    }
    return court;
  }

  private CaseNumber caseNumber() {
    requireNotBlank();
    int open = pos;
    char close;
    if (is('（')) {
      close = '）';
    } else if (is('(')) {
      close = ')';
    } else {
      throw fail("must start with '（' or '(' at index " + pos + ", found " + found());
    }
    pos++;
    int year = year();
    if (is(close)) {
      pos++;
    } else if (is('）') || is(')')) {
      throw fail("brackets must match: '" + input.charAt(open) + "' at index " + open + " is closed by '"
          + input.charAt(pos) + "' at index " + pos);
    } else {
      throw fail("missing '" + close + "' after the year at index " + pos + ", found " + found());
    }
    CourtCode court = court();
    EnforcementCaseType type = type();
    int serial = serial();
    if (!is('号')) {
      throw fail("missing '号' after the serial at index " + pos + ", found " + found());
    }
    pos++;
    int suffix = suffix();
    return CaseNumber.of(year, court, type, serial, suffix);
  }

  private int year() {
    int start = pos;
    for (int i = 0; i < 4; i++) {
      if (!isAsciiDigit()) {
        throw fail("year must be 4 digits at index " + pos + ", found " + found());
      }
      pos++;
    }
    if (isAsciiDigit()) {
      throw fail("year must be 4 digits at index " + start + ", found a fifth digit at index " + pos);
    }
    String digits = input.substring(start, pos);
    int year = Integer.parseInt(digits);
    if (year < CaseNumber.MIN_YEAR || year > CaseNumber.MAX_YEAR) {
      throw fail("year " + digits + " at index " + start + " is outside " + CaseNumber.MIN_YEAR + ".."
          + CaseNumber.MAX_YEAR);
    }
    return year;
  }

  private CourtCode court() {
    if (startsWith(CourtCode.SUPREME_COURT)) {
      pos += CourtCode.SUPREME_COURT.length();
      if (isAsciiDigit()) {
        throw fail("the supreme court code 最高法 takes no digits at index " + pos + ", found " + found());
      }
      return CourtCode.supremeCourt();
    }
    if (pos >= end || !CourtCode.isProvince(input.charAt(pos))) {
      String hint = pos < end ? CourtCode.provinceHint(input.charAt(pos)) : "";
      throw fail("court code must start with a province abbreviation or 最高法 at index " + pos + ", found "
          + found() + hint);
    }
    String province = input.substring(pos, pos + 1);
    pos++;
    int start = pos;
    while (isAsciiDigit()) {
      pos++;
    }
    int count = pos - start;
    if (count != 0 && count != 2 && count != 4) {
      throw fail("court code must have 0, 2 or 4 digits after the province at index " + start + ", found "
          + count + " digits");
    }
    String digits = input.substring(start, pos);
    String zeroPair = CourtCode.zeroPairProblem(digits);
    if (zeroPair != null) {
      throw fail("court code digits \"" + digits + "\" at index " + start + ": " + zeroPair);
    }
    return CourtCode.of(province, digits);
  }

  private EnforcementCaseType type() {
    if (startsWith(EnforcementCaseType.PRE_ENFORCEMENT)) {
      throw fail("there is no case type \"执前\" at index " + pos + ": "
          + EnforcementCaseType.PRE_ENFORCEMENT_IS_NO_CASE_TYPE);
    }
    for (EnforcementCaseType type : EnforcementCaseType.longestCodeFirst()) {
      if (startsWith(type.code())) {
        pos += type.code().length();
        // 执 followed by another Han character is an unknown longer code, not 执 with a bad serial.
        if (type == EnforcementCaseType.FIRST_ENFORCEMENT && pos < end && !is('号') && isHan(input.charAt(pos))) {
          throw fail("unknown case type \"" + input.substring(pos - 1, pos + 1) + "\" at index " + (pos - 1)
              + "; enforcement codes are " + EnforcementCaseType.knownCodes());
        }
        return type;
      }
    }
    throw fail("unknown case type at index " + pos + ", found " + found() + "; enforcement codes are "
        + EnforcementCaseType.knownCodes());
  }

  private int serial() {
    int start = pos;
    while (isAsciiDigit()) {
      pos++;
    }
    if (pos == start) {
      throw fail("serial must be digits at index " + pos + ", found " + found());
    }
    String digits = input.substring(start, pos);
    if (digits.charAt(0) == '0') {
      throw fail("serial must not start with '0' at index " + start + ", found " + quote(digits));
    }
    if (digits.length() > CaseNumber.MAX_SERIAL_DIGITS) {
      throw fail("serial must have at most " + CaseNumber.MAX_SERIAL_DIGITS + " digits at index " + start
          + ", found " + digits.length());
    }
    return Integer.parseInt(digits);
  }

  private int suffix() {
    if (pos >= end) {
      return 0;
    }
    if (!is('之')) {
      throw fail("unexpected text after '号' at index " + pos + ", found " + rest());
    }
    pos++;
    if (pos >= end) {
      throw fail("missing a Chinese numeral after '之' at index " + pos + ", found end of input");
    }
    int ordinal = ChineseNumerals.parse(input.subSequence(pos, end));
    if (ordinal == 0) {
      throw fail("suffix after '之' must be a Chinese numeral 一..九十九 at index " + pos + ", found " + rest());
    }
    pos = end;
    return ordinal;
  }

  private void requireNotBlank() {
    if (input.isEmpty()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    if (pos == end) {
      throw new IllegalArgumentException(what + " " + quote(input) + " is blank");
    }
  }

  private boolean is(char c) {
    return pos < end && input.charAt(pos) == c;
  }

  private boolean isAsciiDigit() {
    return pos < end && input.charAt(pos) >= '0' && input.charAt(pos) <= '9';
  }

  private boolean startsWith(String prefix) {
    return end - pos >= prefix.length() && input.startsWith(prefix, pos);
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** Describes the character at the cursor so that a reader sees it even when it is invisible. */
  private String found() {
    if (pos >= end) {
      return "end of input";
    }
    int c = input.codePointAt(pos);
    int type = Character.getType(c);
    if (Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED) {
      return "U+" + Strings.padStart(Ascii.toUpperCase(Integer.toHexString(c)), 4, '0');
    }
    return "'" + Character.toString(c) + "'";
  }

  private String rest() {
    return quote(input.substring(pos, end));
  }

  private static String quote(String text) {
    return LogSafe.quoted(text);
  }

  private IllegalArgumentException fail(String problem) {
    return new IllegalArgumentException(what + " " + quote(input) + ": " + problem);
  }
}
