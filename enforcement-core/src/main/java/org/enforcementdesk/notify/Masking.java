package org.enforcementdesk.notify;

import static java.util.Objects.requireNonNull;

import org.enforcementdesk.model.PersonalData;

/**
 * The last guard before a text leaves the library: masks whatever looks like a mainland phone number or a resident
 * identity number ({@link PersonalData#maskText}), however it got into a value (an officer pasting a phone number
 * into a progress note is the usual way). Whoever creates a notification masks personal data already; this catches
 * what they missed.
 *
 * <p>Digits may be ASCII or full-width ({@code １３８…}), because Chinese input methods produce both. A number counts
 * only when it is not part of a longer run of digits, so dates, amounts and case numbers are left alone.
 */
public final class Masking {

  private Masking() {}

  /**
   * The text with every identity number and phone number in it masked by {@link PersonalData}.
   *
   * @param text any text; not null
   * @return the masked text; not null
   */
  public static String mask(String text) {
    return PersonalData.maskText(requireNonNull(text, "text"));
  }
}
