package org.enforcementdesk.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * The office hours of one day: one or more {@link OfficeWindow windows}, sorted and not overlapping (a window may
 * start where the previous one ends). The default Fujian winter hours are {@code 08:00-12:00, 14:30-17:30}: the
 * break between windows is the lunch break, which working-hour periods skip.
 *
 * <p>Immutable value; equal when the windows are equal.
 */
public final class OfficeHours {

  private static final Splitter COMMA = Splitter.on(',').trimResults();

  private final ImmutableList<OfficeWindow> windows;

  private OfficeHours(ImmutableList<OfficeWindow> windows) {
    checkArgument(!windows.isEmpty(), "office hours need at least one window");
    for (int i = 1; i < windows.size(); i++) {
      OfficeWindow before = windows.get(i - 1);
      OfficeWindow after = windows.get(i);
      checkArgument(
          !after.start().isBefore(before.end()),
          "office windows must be sorted and not overlap: %s then %s",
          before,
          after);
    }
    this.windows = windows;
  }

  /**
   * Office hours made of the given windows, in order.
   *
   * @param windows one or more windows, sorted, not overlapping, not null
   * @return the office hours
   * @throws NullPointerException if the array or a window is null
   * @throws IllegalArgumentException if there is no window, or windows are out of order or overlap
   */
  public static OfficeHours of(OfficeWindow... windows) {
    return new OfficeHours(ImmutableList.copyOf(windows));
  }

  /**
   * Office hours made of the given windows, in order.
   *
   * @param windows one or more windows, sorted, not overlapping, not null
   * @return the office hours
   * @throws NullPointerException if the list or a window is null
   * @throws IllegalArgumentException if there is no window, or windows are out of order or overlap
   */
  public static OfficeHours of(List<OfficeWindow> windows) {
    checkNotNull(windows, "windows");
    return new OfficeHours(ImmutableList.copyOf(windows));
  }

  /**
   * Reads the text form {@code "08:00-12:00, 14:30-17:30"}.
   *
   * @param text comma-separated windows, not null
   * @return the office hours
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if a window does not parse, or windows are out of order or overlap
   */
  public static OfficeHours parse(CharSequence text) {
    checkNotNull(text, "text");
    ImmutableList.Builder<OfficeWindow> windows = ImmutableList.builder();
    for (String window : COMMA.split(text)) {
      windows.add(OfficeWindow.parse(window));
    }
    return new OfficeHours(windows.build());
  }

  /**
   * The windows, sorted by time.
   *
   * @return one or more windows, not null
   */
  public ImmutableList<OfficeWindow> windows() {
    return windows;
  }

  /**
   * When the office opens: the start of the first window.
   *
   * @return the opening time, not null
   */
  public LocalTime opening() {
    return windows.get(0).start();
  }

  /**
   * Close of office hours (停止业务活动的时间, 民法典 Art. 203): the end of the last window, when day periods fall
   * due.
   *
   * @return the closing time, not null
   */
  public LocalTime closing() {
    return windows.get(windows.size() - 1).end();
  }

  /**
   * The office time of one working day: the windows' lengths added up.
   *
   * @return the positive total, not null
   */
  public Duration total() {
    Duration total = Duration.ZERO;
    for (OfficeWindow w : windows) {
      total = total.plus(w.length());
    }
    return total;
  }

  /**
   * Whether the office is open at {@code time}.
   *
   * @param time a local time, not null
   * @return true if a window contains it
   * @throws NullPointerException if {@code time} is null
   */
  public boolean contains(LocalTime time) {
    checkNotNull(time, "time");
    for (OfficeWindow w : windows) {
      if (w.contains(time)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OfficeHours && ((OfficeHours) o).windows.equals(windows);
  }

  @Override
  public int hashCode() {
    return windows.hashCode();
  }

  /**
   * The text form {@link #parse} reads.
   *
   * @return e.g. {@code "08:00-12:00, 14:30-17:30"}
   */
  @Override
  public String toString() {
    return Joiner.on(", ").join(windows);
  }
}
