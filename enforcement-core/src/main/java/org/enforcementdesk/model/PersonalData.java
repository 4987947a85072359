package org.enforcementdesk.model;

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

  private PersonalData() {}

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
