package org.enforcementdesk.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * One stretch of office hours within a day, half-open: {@code [start, end)}. At {@code end} the office is closed, so
 * a window 08:00-12:00 contains 11:59:59 but not 12:00.
 *
 * @param start the local time the office opens, not null
 * @param end the local time it closes, after {@code start}, not null
 */
public record OfficeWindow(LocalTime start, LocalTime end) {

  /**
   * Checks that the window ends after it opens.
   *
   * @param start the opening time, not null
   * @param end the closing time, after {@code start}, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public OfficeWindow {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(start.isBefore(end), "office window must end after it starts: %s-%s", start, end);
  }

  /**
   * The window {@code [start, end)}.
   *
   * @param start the opening time, not null
   * @param end the closing time, after {@code start}, not null
   * @return the window
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public static OfficeWindow of(LocalTime start, LocalTime end) {
    return new OfficeWindow(start, end);
  }

  /**
   * Reads the text form {@code "08:00-12:00"} (ISO local times, seconds allowed).
   *
   * @param text the text, not null
   * @return the window
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not two ISO local times joined by '-', or the end is not after
   *     the start
   */
  public static OfficeWindow parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString().trim();
    int dash = s.indexOf('-');
    checkArgument(dash > 0, "office window must read like 08:00-12:00: \"%s\"", text);
    try {
      return of(LocalTime.parse(s.substring(0, dash).trim()), LocalTime.parse(s.substring(dash + 1).trim()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("office window must read like 08:00-12:00: \"" + text + "\"", e);
    }
  }

  /**
   * Whether the office is open at {@code time}.
   *
   * @param time a local time, not null
   * @return true if {@code start <= time < end}
   * @throws NullPointerException if {@code time} is null
   */
  public boolean contains(LocalTime time) {
    return !time.isBefore(start) && time.isBefore(end);
  }

  /**
   * How long the window is open.
   *
   * @return the positive length, not null
   */
  public Duration length() {
    return Duration.between(start, end);
  }

  /**
   * The text form {@link #parse} reads.
   *
   * @return e.g. {@code "08:00-12:00"}
   */
  @Override
  public String toString() {
    return start + "-" + end;
  }
}
