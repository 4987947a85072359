package org.enforcementdesk.model;

import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code toString} of every record that may hold a party's personal data or free text (events, decisions,
 * notifications): identifiers are shown, masked where they look like a phone or identity number (hosts often use
 * one as a party's id); free text (notes, reasons, names, results) is shown by its length only, since a regular
 * expression can mask a number but never a name. Nested values describe themselves, and every type of the library
 * that holds personal data masks it in its own {@code toString}.
 *
 * <p>So a host that logs an event, a notification or an exception never logs what a party or an officer wrote.
 * Raw values stay reachable through each record's accessors, which say so in their Javadoc.
 */
public final class LogSafe {

  /** What an identifier looks like: the rule of actor ids, request ids and the host's other ids. */
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  /** The most characters of a value a message quotes: enough to recognise it, never a document. */
  public static final int MAX_QUOTED = 40;

  private LogSafe() {}

  /**
   * A value as a refusal quotes it: in double quotes, phone and identity numbers masked, cut at {@value #MAX_QUOTED}
   * characters with its length after ({@code "R-2026-00000000000000000000000000000000..." (1000000 chars)}), so a
   * huge value cannot make a huge message. For values that are not personal data; those are described, never quoted.
   *
   * @param value any text; not null
   */
  public static String quoted(String value) {
    String masked = PersonalData.maskText(value);
    return masked.length() <= MAX_QUOTED ? "\"" + masked + "\"" : "\"" + head(masked) + "...\" (" + value.length() + " chars)";
  }

  /**
   * {@link #quoted} without the quotes, for a number: {@code -5.00}, or {@code 1E+99999999...} cut.
   *
   * @param value any text; not null
   */
  public static String cut(String value) {
    String masked = PersonalData.maskText(value);
    return masked.length() <= MAX_QUOTED ? masked : head(masked) + "... (" + value.length() + " chars)";
  }

  private static String head(String text) {
    int cut = MAX_QUOTED;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut);
  }

  /**
   * {@code Kind[name=value, ...]} for a record, its texts reduced to their lengths and its ids masked.
   *
   * @param record any record; not null
   * @return its safe description, not null
   */
  public static String describe(Record record) {
    StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('[');
    RecordComponent[] components = record.getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(components[i].getName()).append('=').append(value(record, components[i]));
    }
    return text.append(']').toString();
  }

  /**
   * A text as a log may show it: an identifier masked where it looks like personal data, anything else by its
   * length ({@code "24 chars"}).
   *
   * @param value any text; null gives {@code "null"}
   */
  public static String text(String value) {
    if (value == null) {
      return "null";
    }
    return IDENTIFIER.matcher(value).matches()
        ? PersonalData.maskText(value)
        : value.codePointCount(0, value.length()) + " chars";
  }

  private static String value(Record record, RecordComponent component) {
    Object value;
    try {
      value = component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException | RuntimeException unreadable) {
      // A description must never fail the log line it is for.
      return "?";
    }
    if (value instanceof String string) {
      return text(string);
    }
    if (value instanceof Optional<?> optional && optional.isPresent() && optional.get() instanceof String string) {
      return "Optional[" + text(string) + "]";
    }
    return PersonalData.maskText(String.valueOf(value));
  }
}
