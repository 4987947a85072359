package org.enforcementdesk.notify;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * The languages notifications are written in. Simplified Chinese as used on the mainland is the default, because the
 * parties and staff of a people's court read it; English serves foreign parties and tests.
 */
enum Language {
  /** Simplified Chinese, mainland: {@code zh-CN}. */
  ZH_CN("zh-CN"),
  /** English: {@code en}. */
  EN("en");

  private final String tag;
  private final Locale locale;

  Language(String tag) {
    this.tag = tag;
    this.locale = Locale.forLanguageTag(tag);
  }

  /** The BCP 47 tag, as template files name the language: {@code zh-CN} or {@code en}. */
  String tag() {
    return tag;
  }

  /** The locale of this language. */
  Locale locale() {
    return locale;
  }

  /** The language a template file names by {@code tag} exactly, or null for any other text. */
  static Language ofTag(String tag) {
    for (Language language : values()) {
      if (language.tag.equals(tag)) {
        return language;
      }
    }
    return null;
  }

  /**
   * The language to write in for {@code locale}. Chinese is accepted as {@code zh}, {@code zh-CN}, {@code zh-Hans}
   * or {@code zh-Hans-CN}: the texts are mainland texts (Beijing time, simplified characters), so Taiwan, Hong Kong
   * and traditional script are refused rather than answered in the wrong script. English is accepted in any region,
   * because the English texts use no regional spelling a reader would stumble on. Extensions (e.g. {@code -u-ca-})
   * are ignored.
   *
   * @throws NullPointerException if {@code locale} is null
   * @throws IllegalArgumentException if the locale is neither, naming the supported ones
   */
  static Language of(Locale locale) {
    checkNotNull(locale, "language");
    Locale plain = locale.stripExtensions();
    String script = plain.getScript();
    String region = plain.getCountry();
    boolean noVariant = plain.getVariant().isEmpty();
    if (plain.getLanguage().equals("zh")
        && (script.isEmpty() || script.equals("Hans"))
        && (region.isEmpty() || region.equals("CN"))
        && noVariant) {
      return ZH_CN;
    }
    if (plain.getLanguage().equals("en") && (script.isEmpty() || script.equals("Latn")) && noVariant) {
      return EN;
    }
    throw new IllegalArgumentException(
        "unsupported language '"
            + locale.toLanguageTag()
            + "' (supported: zh-CN, also as zh, zh-Hans or zh-Hans-CN; en, in any region)");
  }
}
