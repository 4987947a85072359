package org.enforcementdesk.notify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enforcementdesk.model.PersonalData;

/**
 * The last guard before a text leaves the library: masks whatever looks like a mainland mobile number or a resident
 * identity number, however it got into a value (an officer pasting a phone number into a progress note is the usual
 * way). Whoever creates a notification masks personal data already; this catches what they missed.
 *
 * <p>Digits may be ASCII or full-width ({@code １３８…}), because Chinese input methods produce both. A number counts
 * only when it is not part of a longer run of digits, so dates, amounts and case numbers are left alone.
 */
public final class Masking {

  private static final String DIGIT = "[0-9０-９]";

  /** 18 characters, the last possibly the check character X: 公民身份号码 (GB 11643). */
  private static final Pattern ID_NUMBER =
      Pattern.compile("(?<!" + DIGIT + ")" + DIGIT + "{17}[0-9０-９XxＸｘ](?![0-9０-９XxＸｘ])");

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

  private Masking() {}

  /**
   * The text with every identity number and mobile number in it masked by {@link PersonalData}.
   *
   * @param text any text; not null
   * @return the masked text; not null
   */
  public static String mask(String text) {
    Matcher id = ID_NUMBER.matcher(text);
    String masked = id.replaceAll(m -> Matcher.quoteReplacement(PersonalData.maskIdNumber(m.group())));
    Matcher mobile = MOBILE.matcher(masked);
    return mobile.replaceAll(
        m -> Matcher.quoteReplacement(m.group(1) + PersonalData.maskPhone(m.group(2).replaceAll("[- ]", ""))));
  }
}
