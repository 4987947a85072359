package org.enforcementdesk.model;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masking of personal data for anything a person or a log may read (个人信息保护法, the Personal Information
 * Protection Law). Every {@code toString} and log line in the library that shows a party's phone number, identity
 * document number or name goes through these methods.
 *
 * <p>Masking keeps just enough to let a clerk recognise a number they already know: a phone keeps its first three
 * and last four digits ({@code 138****0000}); a document number keeps its first three and last four characters
 * ({@code 350***********1234}); a name keeps its first character ({@code 张**}). Short values are masked whole.
 */
public final class PersonalData {

  private static final String DIGIT = "[0-9０-９]";

  /** 18 characters, the last possibly the check character X: 公民身份号码 (GB 11643). */
  private static final Pattern ID_NUMBER =
      Pattern.compile("(?<!" + DIGIT + ")" + DIGIT + "{17}[0-9０-９XxＸｘ](?![0-9０-９XxＸｘ])");

  /** 15 digits: the first-generation identity number, still on old files and typed from them. */
  private static final Pattern OLD_ID_NUMBER = Pattern.compile("(?<!" + DIGIT + ")" + DIGIT + "{15}(?!" + DIGIT + ")");

  /**
   * 11 digits starting 13-19, alone or written 3-4-4 with spaces or hyphens, optionally after the country code 86;
   * the code stays, the number is masked.
   */
  private static final Pattern MOBILE =
      Pattern.compile(
          "(?<!"
              + DIGIT
              + ")((?:[+＋]?[8８][6６][- ]?)?)([1１][3-9３-９]"
              + DIGIT
              + "(?:[- ]?"
              + DIGIT
              + "{4}){2})(?!"
              + DIGIT
              + ")");

  /**
   * A landline with its area code: {@code 0} and two or three digits, in brackets or followed by a hyphen or a space
   * or by nothing, then seven or eight digits ({@code 0591-87654321}, {@code （0591）8765 4321}). A short service
   * number ({@code 0594-12368}) is not one; a local number without its area code is left alone, since it cannot be
   * told from an amount.
   */
  private static final Pattern LANDLINE =
      Pattern.compile(
          "(?<!" + DIGIT + ")([(（]?[0０]" + DIGIT + "{2,3}[)）]?[- ]?)(" + DIGIT + "{3,4}[- ]?" + DIGIT + "{4})(?!"
              + DIGIT + ")");

  private PersonalData() {}

  /**
   * The text with everything in it that looks like a phone number (mobile or landline) or an identity number (18
   * or 15 characters) masked, however it got there: an officer pasting a number into a note is the usual way. The
   * last guard of every {@code toString}, exception message, log line and notification value that may hold a
   * party's free text. Digits may be ASCII or full-width, because Chinese input methods produce both; a number
   * counts only when it is not part of a longer run of digits, so dates, amounts and case numbers are left alone.
   *
   * @param text any text; null gives null
   * @return the masked text
   */
  public static String maskText(String text) {
    if (text == null) {
      return null;
    }
    String masked = replace(ID_NUMBER, text, m -> maskIdNumber(m.group()));
    masked = replace(OLD_ID_NUMBER, masked, m -> maskIdNumber(m.group()));
    masked = replace(MOBILE, masked, m -> m.group(1) + maskPhone(m.group(2).replaceAll("[- ]", "")));
    return replace(LANDLINE, masked, m -> m.group(1) + keepEnds(m.group(2).replaceAll("[- ]", ""), 0, 4));
  }

  private static String replace(Pattern pattern, String text, Function<MatchResult, String> with) {
    return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
  }

  /** Masks a phone number: {@code 13800000000} becomes {@code 138****0000}; null gives {@code null}. */
  public static String maskPhone(String phone) {
    return keepEnds(phone, 3, 4);
  }

  /** Masks an identity document number, keeping its first three and last four characters; null gives null. */
  public static String maskIdNumber(String idNumber) {
    return keepEnds(idNumber, 3, 4);
  }

  /** Masks a person's name, keeping its first character: {@code 张三丰} becomes {@code 张**}; null gives null. */
  public static String maskName(String name) {
    if (name == null) {
      return null;
    }
    int first = name.offsetByCodePoints(0, Math.min(1, name.codePointCount(0, name.length())));
    return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
  }

  private static String keepEnds(String value, int head, int tail) {
    if (value == null) {
      return null;
    }
    int length = value.length();
    if (length <= head + tail) {
      return "*".repeat(length);
    }
    return value.substring(0, head) + "*".repeat(length - head - tail) + value.substring(length - tail);
  }
}
