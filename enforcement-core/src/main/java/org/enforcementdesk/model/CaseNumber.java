package org.enforcementdesk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;

/**
 * 案号: the number a people's court gives an enforcement case, in the format set by the SPC's case-number provisions
 * (法〔2015〕137号, in force since 2016-01-01): {@code （year）court-code type-code serial 号}, optionally followed by a
 * suffix {@code 之} and a Chinese numeral.
 *
 * <pre>{@code
 * CaseNumber n = CaseNumber.parse("(2024)闽0322执恢12号之一");
 * n.year();                 // 2024
 * n.courtCode().level();    // CourtLevel.BASIC
 * n.type();                 // EnforcementCaseType.RESTORED_ENFORCEMENT
 * n.serial();               // 12
 * n.suffixOrdinal();        // 1
 * n.format();               // "（2024）闽0322执恢12号之一", always with full-width brackets
 * }</pre>
 *
 * <p>Parsing accepts full-width {@code （）} or half-width {@code ()} brackets (matching) and ignores surrounding
 * whitespace; nothing else is lenient. Printing always uses full-width brackets, and {@code parse(n.format())} equals
 * {@code n} for every case number {@code n}.
 *
 * <p>Instances are immutable and validated at construction: a case number that exists is a valid one.
 */
public final class CaseNumber {

  /** The earliest year accepted: the founding of the People's Republic and its people's courts. */
  public static final int MIN_YEAR = 1949;

  /** The latest year accepted: four digits with a leading 2, far beyond any real case, so no clock is needed. */
  public static final int MAX_YEAR = 2999;

  /**
   * The largest serial accepted, six digits. The busiest basic courts reach five-digit serials in a year; a sixth digit
   * leaves ten times that headroom while rejecting digit runs that are clearly typing or OCR errors.
   */
  public static final int MAX_SERIAL = 999_999;

  // The parser checks the digit count before converting, so that a long digit run cannot overflow an int.
  static final int MAX_SERIAL_DIGITS = Integer.toString(MAX_SERIAL).length();

  /** The largest suffix ordinal accepted, {@code 之九十九}. */
  public static final int MAX_SUFFIX_ORDINAL = ChineseNumerals.MAX;

  private final int year;
  private final CourtCode courtCode;
  private final EnforcementCaseType type;
  private final int serial;
  private final int suffixOrdinal;

  private CaseNumber(int year, CourtCode courtCode, EnforcementCaseType type, int serial, int suffixOrdinal) {
    checkArgument(year >= MIN_YEAR && year <= MAX_YEAR, "year must be in %s..%s: %s", MIN_YEAR, MAX_YEAR, year);
    this.courtCode = checkNotNull(courtCode, "courtCode must not be null");
    this.type = checkNotNull(type, "type must not be null");
    checkArgument(serial >= 1 && serial <= MAX_SERIAL, "serial must be in 1..%s: %s", MAX_SERIAL, serial);
    checkArgument(
        suffixOrdinal >= 0 && suffixOrdinal <= MAX_SUFFIX_ORDINAL,
        "suffix ordinal must be in 0..%s: %s",
        MAX_SUFFIX_ORDINAL,
        suffixOrdinal);
    this.year = year;
    this.serial = serial;
    this.suffixOrdinal = suffixOrdinal;
  }

  /**
   * Returns the case number without a suffix.
   *
   * @param year the filing year, in {@value #MIN_YEAR}..{@value #MAX_YEAR}
   * @param courtCode the court code, not null
   * @param type the enforcement case type, not null
   * @param serial the serial, in 1..{@value #MAX_SERIAL}
   * @return the case number, not null
   * @throws NullPointerException if {@code courtCode} or {@code type} is null
   * @throws IllegalArgumentException if {@code year} or {@code serial} is out of range
   */
  public static CaseNumber of(int year, CourtCode courtCode, EnforcementCaseType type, int serial) {
    return new CaseNumber(year, courtCode, type, serial, 0);
  }

  /**
   * Returns the case number with a suffix: ordinal 1 prints as {@code 之一}, 12 as {@code 之十二}; 0 means no suffix.
   *
   * @param year the filing year, in {@value #MIN_YEAR}..{@value #MAX_YEAR}
   * @param courtCode the court code, not null
   * @param type the enforcement case type, not null
   * @param serial the serial, in 1..{@value #MAX_SERIAL}
   * @param suffixOrdinal the suffix ordinal, in 0..{@value #MAX_SUFFIX_ORDINAL}
   * @return the case number, not null
   * @throws NullPointerException if {@code courtCode} or {@code type} is null
   * @throws IllegalArgumentException if {@code year}, {@code serial} or {@code suffixOrdinal} is out of range
   */
  public static CaseNumber of(
      int year, CourtCode courtCode, EnforcementCaseType type, int serial, int suffixOrdinal) {
    return new CaseNumber(year, courtCode, type, serial, suffixOrdinal);
  }

  /**
   * Reads a case number such as {@code （2024）闽0322执1234号} or {@code (2024)闽0322执1234号之一}.
   *
   * <p>Brackets may be full-width or half-width but must match; surrounding whitespace is ignored; the longest type
   * code wins, so {@code 执恢12} is type 执恢 with serial 12.
   *
   * @param text the case number, not null
   * @return the case number, not null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not a valid enforcement case number; the message quotes the
   *     input and says which part is wrong at which index
   */
  public static CaseNumber parse(CharSequence text) {
    return CaseNumberParser.parseCaseNumber(text);
  }

  /**
   * Returns the filing year, the number in brackets.
   *
   * @return the year, in {@value #MIN_YEAR}..{@value #MAX_YEAR}
   */
  public int year() {
    return year;
  }

  /**
   * Returns the code of the court that filed the case.
   *
   * @return the court code, not null
   */
  public CourtCode courtCode() {
    return courtCode;
  }

  /**
   * Returns the enforcement case type.
   *
   * @return the type, not null
   */
  public EnforcementCaseType type() {
    return type;
  }

  /**
   * Returns the serial, the number before {@code 号}.
   *
   * @return the serial, in 1..{@value #MAX_SERIAL}
   */
  public int serial() {
    return serial;
  }

  /**
   * Returns the suffix ordinal: 1 for {@code 之一}, 12 for {@code 之十二}, 0 when there is no suffix.
   *
   * @return the ordinal, in 0..{@value #MAX_SUFFIX_ORDINAL}
   */
  public int suffixOrdinal() {
    return suffixOrdinal;
  }

  /**
   * Returns whether the case number has a {@code 之} suffix.
   *
   * @return whether {@link #suffixOrdinal()} is not 0
   */
  public boolean hasSuffix() {
    return suffixOrdinal != 0;
  }

  /**
   * Returns the case number as courts print it, always with full-width brackets, such as {@code （2024）闽0322执1234号}.
   *
   * @return the printed case number, not null
   */
  public String format() {
    StringBuilder out = new StringBuilder(24);
    out.append('（').append(year).append('）');
    out.append(courtCode.format()).append(type.code()).append(serial).append('号');
    if (suffixOrdinal != 0) {
      out.append('之').append(ChineseNumerals.format(suffixOrdinal));
    }
    return out.toString();
  }

  /**
   * Compares all parts.
   *
   * @param other the object to compare with, may be null
   * @return whether {@code other} is a case number with the same year, court code, type, serial and suffix
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CaseNumber that
        && year == that.year
        && serial == that.serial
        && suffixOrdinal == that.suffixOrdinal
        && type == that.type
        && courtCode.equals(that.courtCode);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(year, courtCode, type, serial, suffixOrdinal);
  }

  /**
   * Returns {@link #format()}.
   *
   * @return the printed case number, not null
   */
  @Override
  public String toString() {
    return format();
  }
}
