package org.enforcementdesk.model;

/**
 * 诉求大类: one of the major categories of enforcement requests, such as {@code URGE_AND_COERCE} (督促强制). Categories
 * are data (see {@link Taxonomy}), never a Java enum: courts rename and extend them.
 *
 * <p>Two categories are equal when their codes are equal.
 *
 * @param code the stable code used in data, JSON and rules, e.g. {@code INQUIRY_AND_CONTROL}
 * @param number the display number, e.g. {@code 2}; may change when a court renumbers
 * @param chineseName the display name in Chinese, e.g. {@code 查询查控}
 * @param englishName the display name in English, e.g. {@code inquiry and control}
 */
public record Category(String code, String number, String chineseName, String englishName) {

  /**
   * Checks the code, number and names.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the code is not a stable code, or the number or a name is blank or too long
   */
  public Category {
    code = Codes.check("category code", code);
    number = Codes.checkText("category number", number, 8);
    chineseName = Codes.checkText("category Chinese name", chineseName, 40);
    englishName = Codes.checkText("category English name", englishName, 80);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Category that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The code, e.g. {@code URGE_AND_COERCE}. */
  @Override
  public String toString() {
    return code;
  }
}
