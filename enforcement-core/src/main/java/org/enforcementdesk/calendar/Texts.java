package org.enforcementdesk.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.SortedSet;

/** Small, locale-independent text pieces shared by messages and derivations. */
final class Texts {

  private Texts() {}

  /** The English weekday name, e.g. "Saturday": messages never depend on the machine's locale. */
  static String dayOfWeek(LocalDate date) {
    return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** The short English weekday name, e.g. "Sat". */
  static String shortDayOfWeek(LocalDate date) {
    return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  /** A month and day as "06-01", rather than MonthDay's ISO "--06-01". */
  static String monthDay(MonthDay day) {
    return day.toString().substring(2);
  }

  /** A duration as a clerk reads it: "2h", "30m", "4h30m", "1h00m15s"; never ISO "PT4H30M". */
  static String duration(Duration d) {
    long hours = d.toHours();
    int minutes = d.toMinutesPart();
    int seconds = d.toSecondsPart();
    int nanos = d.toNanosPart();
    StringBuilder sb = new StringBuilder();
    if (hours > 0) {
      sb.append(hours).append('h');
    }
    if (minutes > 0 || (hours > 0 && (seconds > 0 || nanos > 0))) {
      if (hours > 0 && minutes < 10) {
        sb.append('0');
      }
      sb.append(minutes).append('m');
    }
    if (seconds > 0 || nanos > 0) {
      sb.append(seconds);
      if (nanos > 0) {
        sb.append('.').append(String.valueOf(1_000_000_000L + nanos).substring(1).replaceAll("0+$", ""));
      }
      sb.append('s');
    }
    return sb.length() == 0 ? "0m" : sb.toString();
  }

  /** Years for a sentence: {@code "2027"}, {@code "2027 and 2028"}, {@code "2027, 2028 and 2029"}. */
  static String years(SortedSet<Integer> years) {
    StringBuilder text = new StringBuilder();
    int i = 0;
    for (int year : years) {
      if (i > 0) {
        text.append(i == years.size() - 1 ? " and " : ", ");
      }
      text.append(year);
      i++;
    }
    return text.toString();
  }
}
