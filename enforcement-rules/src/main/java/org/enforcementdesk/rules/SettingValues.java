package org.enforcementdesk.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.enforcementdesk.calendar.Period;

/**
 * The raw values of one settings file, read into types: each reader reports a bad value as {@code file:line:1: key:
 * message} and returns a harmless stand-in, so every bad value of the file is reported at once, not only the first.
 */
final class SettingValues {

  private final String fileName;
  private final Map<String, String> values;
  private final Map<String, Integer> lines;
  private final List<String> problems;

  SettingValues(String fileName, Map<String, String> values, Map<String, Integer> lines, List<String> problems) {
    this.fileName = fileName;
    this.values = values;
    this.lines = lines;
    this.problems = problems;
  }

  int positiveInt(String key) {
    try {
      int n = Integer.parseInt(values.get(key));
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, as for a non-positive number
    }
    problem(key, "not a positive whole number: " + values.get(key));
    return 1;
  }

  List<String> list(String key) {
    List<String> items = new ArrayList<>();
    for (String item : values.get(key).split("[,，]")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    if (items.isEmpty()) {
      problem(key, "the list is empty");
    }
    return items;
  }

  BigDecimal amount(String key) {
    try {
      return new BigDecimal(values.get(key));
    } catch (NumberFormatException e) {
      problem(key, "not an amount in yuan: " + values.get(key));
      return BigDecimal.ZERO;
    }
  }

  /** A period text, as in the rule files ({@code 15 working days}); the message is the calendar's own. */
  Period period(String key) {
    try {
      return Period.parse(values.get(key));
    } catch (IllegalArgumentException e) {
      problem(key, e.getMessage());
      return Period.workingDays(1);
    }
  }

  /** Exactly {@code true} or {@code false}: a typo such as {@code ture} must not quietly read as false. */
  boolean flag(String key) {
    String value = values.get(key);
    if (value.equals("true") || value.equals("false")) {
      return Boolean.parseBoolean(value);
    }
    problem(key, "expected true or false, found: " + value);
    return false;
  }

  /** The value as one of {@code options}, each written in lower case with dashes ({@code keep-as-told}). */
  <E extends Enum<E>> E choice(String key, Class<E> options) {
    String value = values.get(key);
    List<String> written = new ArrayList<>();
    for (E option : options.getEnumConstants()) {
      String text = option.name().toLowerCase(Locale.ROOT).replace('_', '-');
      if (text.equals(value)) {
        return option;
      }
      written.add(text);
    }
    problem(key, "expected " + String.join(" or ", written) + ", found: " + value);
    return options.getEnumConstants()[0];
  }

  private void problem(String key, String message) {
    problems.add(fileName + ":" + lines.get(key) + ":1: " + key + ": " + message);
  }
}
