package org.enforcementdesk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The court code of a case number (法院代字), such as {@code 闽0322}: a province abbreviation followed by no digits
 * (high court), two digits (intermediate court, the prefecture part of the administrative division code) or four
 * digits (basic court, the prefecture and county parts), or {@code 最高法} for the Supreme People's Court.
 *
 * <p>The province characters are the ones court codes actually use, which differ from the everyday abbreviations in
 * two places: Inner Mongolia is {@code 内} (not 蒙) and Guizhou is {@code 黔} (not 贵). Military courts and the
 * courts of the Xinjiang Production and Construction Corps ({@code 兵}) are out of scope.
 *
 * <p>A digit pair {@code 00} is rejected: in the administrative division code it stands for the level above (the
 * province itself, or the prefecture itself), so it cannot name an intermediate or basic court.
 *
 * <p>Instances are immutable; two codes are equal when they print the same.
 */
public final class CourtCode {

  /** The court code of the Supreme People's Court, which carries no digits. */
  static final String SUPREME_COURT = "最高法";

  // The 31 mainland provincial-level divisions, in the order of their administrative division codes (11 京 .. 65 新).
  private static final String PROVINCES = "京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔云藏陕甘青宁新";

  private static final CourtCode SUPREME = new CourtCode(SUPREME_COURT, "");

  private final String province;
  private final String digits;

  private CourtCode(String province, String digits) {
    this.province = province;
    this.digits = digits;
  }

  /**
   * Returns the court code of the Supreme People's Court, {@code 最高法}.
   *
   * @return the code, not null
   */
  public static CourtCode supremeCourt() {
    return SUPREME;
  }

  /**
   * Returns the court code made of a province abbreviation and its digits.
   *
   * <p>Example: {@code CourtCode.of("闽", "0322")} is the Xianyou County court, {@code CourtCode.of("闽", "")} the
   * Fujian High Court.
   *
   * @param province one province abbreviation such as {@code "闽"}, or {@code "最高法"}; not null
   * @param digits {@code ""}, two or four ASCII digits, with no {@code "00"} pair; must be empty for {@code 最高法};
   *     not null
   * @return the court code, not null
   * @throws NullPointerException if {@code province} or {@code digits} is null
   * @throws IllegalArgumentException if the province is unknown or the digits are not valid for it
   */
  public static CourtCode of(String province, String digits) {
    checkNotNull(province, "province must not be null");
    checkNotNull(digits, "digits must not be null");
    if (province.equals(SUPREME_COURT)) {
      checkArgument(digits.isEmpty(), "the supreme court code 最高法 takes no digits, found \"%s\"", digits);
      return SUPREME;
    }
    checkArgument(
        province.length() == 1 && isProvince(province.charAt(0)),
        "unknown province abbreviation \"%s\"%s",
        province,
        province.length() == 1 ? provinceHint(province.charAt(0)) : "");
    checkArgument(
        (digits.length() == 0 || digits.length() == 2 || digits.length() == 4) && isAsciiDigits(digits),
        "court code digits must be none, 2 or 4 ASCII digits, found \"%s\"",
        digits);
    String zeroPair = zeroPairProblem(digits);
    checkArgument(zeroPair == null, "court code digits \"%s\": %s", digits, zeroPair);
    return new CourtCode(province, digits);
  }

  /**
   * Reads a court code on its own, such as {@code "闽03"}; surrounding whitespace is ignored.
   *
   * @param text the court code, not null
   * @return the court code, not null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not a court code; the message says what is wrong and at which
   *     index
   */
  public static CourtCode parse(CharSequence text) {
    return CaseNumberParser.parseCourtCode(text);
  }

  /**
   * Returns the province abbreviation, or {@code 最高法} for the Supreme People's Court.
   *
   * @return the province part such as {@code "闽"}, not null
   */
  public String province() {
    return province;
  }

  /**
   * Returns the digits after the province.
   *
   * @return {@code ""} for the supreme and high courts, two digits for an intermediate court, four for a basic court;
   *     not null
   */
  public String digits() {
    return digits;
  }

  /**
   * Returns the level of the court this code names.
   *
   * @return the level, not null
   */
  public CourtLevel level() {
    if (province.equals(SUPREME_COURT)) {
      return CourtLevel.SUPREME;
    }
    return switch (digits.length()) {
      case 0 -> CourtLevel.HIGH;
      case 2 -> CourtLevel.INTERMEDIATE;
      default -> CourtLevel.BASIC;
    };
  }

  /**
   * Returns the code as printed in a case number, such as {@code 闽0322}.
   *
   * @return the printed code, not null
   */
  public String format() {
    return province + digits;
  }

  /**
   * Compares by printed form.
   *
   * @param other the object to compare with, may be null
   * @return whether {@code other} is a court code printing the same
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CourtCode that && province.equals(that.province) && digits.equals(that.digits);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * province.hashCode() + digits.hashCode();
  }

  /**
   * Returns {@link #format()}.
   *
   * @return the printed code, not null
   */
  @Override
  public String toString() {
    return format();
  }

  static boolean isProvince(char c) {
    return PROVINCES.indexOf(c) >= 0;
  }

  /** Explains the two abbreviations that people write but court codes do not use; empty for any other character. */
  static String provinceHint(char c) {
    return switch (c) {
      case '蒙' -> " (court codes write Inner Mongolia as 内)";
      case '贵' -> " (court codes write Guizhou as 黔)";
      default -> "";
    };
  }

  /** Returns why the digits contain a {@code 00} pair that names no court, or null if they do not. */
  static String zeroPairProblem(CharSequence digits) {
    if (digits.length() >= 2 && digits.charAt(0) == '0' && digits.charAt(1) == '0') {
      return "prefecture part \"00\" names no intermediate or basic court";
    }
    if (digits.length() == 4 && digits.charAt(2) == '0' && digits.charAt(3) == '0') {
      return "county part \"00\" names no basic court";
    }
    return null;
  }

  private static boolean isAsciiDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
