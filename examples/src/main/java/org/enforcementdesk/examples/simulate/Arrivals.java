package org.enforcementdesk.examples.simulate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.Channel;

/**
 * When a year's requests arrive and through which channel: on working days in office hours at the window and the
 * hotline, and also in the evenings and on rest days through the app and the mini-program. Drawn all at once and
 * sorted, so the year's requests are numbered in the order they arrive.
 */
final class Arrivals {

  /** One arrival: when, and through which channel. */
  record Arrival(Instant at, Channel channel) {}

  private static final Weighted<Channel> ONLINE =
      Weighted.<Channel>builder().add(Channel.APP, 58).add(Channel.MINI_PROGRAM, 42).build();

  private Arrivals() {}

  /** {@code count} arrivals in {@code year}, in time order. */
  static List<Arrival> of(int year, int count, WorkingCalendar calendar, SplittableRandom random) {
    LocalDate first = LocalDate.of(year, 1, 1);
    int days = first.lengthOfYear();
    double[] cumulative = new double[days];
    boolean[] working = new boolean[days];
    double sum = 0;
    for (int d = 0; d < days; d++) {
      working[d] = calendar.isWorkingDay(first.plusDays(d));
      sum += working[d] ? 1 : BehaviourModel.REST_DAY_ACTIVITY;
      cumulative[d] = sum;
    }
    List<Arrival> arrivals = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int index = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
      int d = Math.min(days - 1, index >= 0 ? index : -index - 1);
      arrivals.add(arrival(first.plusDays(d), working[d], calendar, random));
    }
    arrivals.sort((a, b) -> a.at().compareTo(b.at()));
    return arrivals;
  }

  private static Arrival arrival(LocalDate day, boolean working, WorkingCalendar calendar, SplittableRandom random) {
    ZonedDateTime midnight = day.atStartOfDay(calendar.zone());
    Channel channel = working ? BehaviourModel.CHANNELS.draw(random) : ONLINE.draw(random);
    boolean online = channel.equals(Channel.APP) || channel.equals(Channel.MINI_PROGRAM);
    if (working && (!online || random.nextDouble() < 0.7)) {
      Instant opening = midnight.toInstant();
      Duration office = calendar.workingTimeBetween(opening, midnight.plusDays(1).toInstant());
      long second = (long) (random.nextDouble() * (office.getSeconds() - 60));
      return new Arrival(calendar.plusWorkingTime(opening, Duration.ofSeconds(1 + second)).toInstant(), channel);
    }
    // Online outside office hours: between 07:00 and 23:00.
    long second = 7 * 3600 + (long) (random.nextDouble() * 16 * 3600);
    return new Arrival(midnight.plusSeconds(second).toInstant(), channel);
  }
}
