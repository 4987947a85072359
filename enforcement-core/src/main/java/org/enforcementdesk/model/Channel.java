package org.enforcementdesk.model;

/**
 * 受理渠道: a channel through which a party's request reaches the court. The four standard channels are constants;
 * a court adds its own (say, a people's tribunal window) with {@link #of} and registers it in its {@link Channels}.
 *
 * <p>Two channels are equal when their codes are equal; names are for display.
 *
 * @param code the stable code used in data, JSON and rules, e.g. {@code HOTLINE}; upper-case ASCII
 * @param chineseName the display name in Chinese, e.g. {@code 执行热线}
 * @param englishName the display name in English, e.g. {@code enforcement hotline}
 */
public record Channel(String code, String chineseName, String englishName) {

  /** 执行服务中心窗口: the service centre's counter, where parties walk in. */
  public static final Channel WINDOW = new Channel("WINDOW", "执行服务中心窗口", "service centre window");
  /** 执行热线: the enforcement hotline, including 12368. */
  public static final Channel HOTLINE = new Channel("HOTLINE", "执行热线", "enforcement hotline");
  /** 智慧执行: the court's enforcement app. */
  public static final Channel APP = new Channel("APP", "智慧执行", "enforcement app");
  /** 人民法院在线服务: the courts' online-service mini-program. */
  public static final Channel MINI_PROGRAM = new Channel("MINI_PROGRAM", "人民法院在线服务", "online service mini-program");

  /**
   * Checks the code and names.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the code is not a stable code or a name is blank or over 40 characters
   */
  public Channel {
    code = Codes.check("channel code", code);
    chineseName = Codes.checkText("channel Chinese name", chineseName, 40);
    englishName = Codes.checkText("channel English name", englishName, 40);
  }

  /**
   * Returns a court's own channel.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException as {@link #Channel(String, String, String)}
   */
  public static Channel of(String code, String chineseName, String englishName) {
    return new Channel(code, chineseName, englishName);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Channel that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The code, e.g. {@code HOTLINE}. */
  @Override
  public String toString() {
    return code;
  }
}
