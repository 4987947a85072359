package org.enforcementdesk.rules;

import java.util.concurrent.ConcurrentHashMap;
import org.enforcementdesk.calendar.Period;

/**
 * Period text as rules write it ("4 working hours"), parsed once: rule actions repeat the same few literals in every
 * decision, and parsing them each time cost a fifth of an intake decision. Parsing is a pure function of the text,
 * so one cache serves every rule book; it stops growing at {@link #LIMIT} texts, in case a rule builds its text from
 * numbers.
 */
final class PeriodTexts {

  static final int LIMIT = 1024;

  private static final ConcurrentHashMap<String, Period> PARSED = new ConcurrentHashMap<>();

  private PeriodTexts() {}

  /**
   * The period the text names.
   *
   * @throws IllegalArgumentException if the text does not parse (never cached)
   */
  static Period parse(String text) {
    Period period = PARSED.get(text);
    if (period == null) {
      period = Period.parse(text);
      if (PARSED.size() < LIMIT) {
        PARSED.putIfAbsent(text, period);
      }
    }
    return period;
  }
}
