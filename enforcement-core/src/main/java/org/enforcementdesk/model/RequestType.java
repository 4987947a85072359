package org.enforcementdesk.model;

import static java.util.Objects.requireNonNull;

/**
 * 诉求小类: the type of an enforcement request, such as {@code SEIZURE_RENEWAL} (申请续封/续冻/续扣), within its
 * {@link Category}. Types are data (see {@link Taxonomy}); rules and JSON name them by their stable code.
 *
 * <p>Two types are equal when their codes are equal.
 *
 * @param code the stable code, e.g. {@code FUNDS_PAYOUT}
 * @param number the display number, e.g. {@code 4.1}
 * @param category the category the type belongs to
 * @param chineseName the display name in Chinese, e.g. {@code 申请发放案款}
 * @param englishName the display name in English, e.g. {@code pay out collected money}
 */
public record RequestType(
    String code, String number, Category category, String chineseName, String englishName) {

  /**
   * Checks the code, number and names.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the code is not a stable code, or the number or a name is blank or too long
   */
  public RequestType {
    code = Codes.check("request type code", code);
    number = Codes.checkText("request type number", number, 8);
    requireNonNull(category, "category");
    chineseName = Codes.checkText("request type Chinese name", chineseName, 60);
    englishName = Codes.checkText("request type English name", englishName, 120);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RequestType that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The code, e.g. {@code SEIZURE_RENEWAL}. */
  @Override
  public String toString() {
    return code;
  }
}
