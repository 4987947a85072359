package org.enforcementdesk.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * A deliberately naive oracle for the default calendar, written from DOMAIN.md section 5 and not from the library's
 * code: it walks minute by minute asking "is this minute inside office hours on a working day", and day by day for
 * day periods. Slow on purpose; it shares only the holiday facts (the table's lists, which the integrity test pins)
 * with the calendar under test. Whole-minute starts only.
 *
 * <p>Local time arithmetic stands in for instants because Asia/Shanghai has had no daylight saving since 1991.
 */
public final class NaiveCalendar {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final HolidayTable facts = HolidayTable.china();
  private final Map<LocalDate, Boolean> working = new HashMap<>();

  /** Mon-Fri outside every holiday, or a make-up day. */
  boolean isWorkingDay(LocalDate day) {
    return working.computeIfAbsent(day, this::decideWorkingDay);
  }

  private boolean decideWorkingDay(LocalDate day) {
    if (facts.makeUpWorkdays(day.getYear()).contains(day)) {
      return true;
    }
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    }
    for (Holiday h : facts.holidays(day.getYear())) {
      if (!day.isBefore(h.first()) && !day.isAfter(h.last())) {
        return false;
      }
    }
    return true;
  }

  /** The minute starting at {@code t} lies in office hours: 08:00-12:00 and 14:30-17:30, in summer 15:00-18:00. */
  boolean isOfficeMinute(LocalDateTime t) {
    if (!isWorkingDay(t.toLocalDate())) {
      return false;
    }
    int minute = t.getHour() * 60 + t.getMinute();
    boolean morning = minute >= 8 * 60 && minute < 12 * 60;
    boolean afternoon =
        isSummer(t.toLocalDate())
            ? minute >= 15 * 60 && minute < 18 * 60
            : minute >= 14 * 60 + 30 && minute < 17 * 60 + 30;
    return morning || afternoon;
  }

  ZonedDateTime dueWorkingMinutes(ZonedDateTime start, long minutes) {
    LocalDateTime t = local(start);
    long counted = 0;
    while (counted < minutes) {
      if (isOfficeMinute(t)) {
        counted++;
      }
      t = t.plusMinutes(1);
    }
    return t.atZone(SHANGHAI);
  }

  ZonedDateTime dueWorkingDays(ZonedDateTime start, int days) {
    LocalDate day = local(start).toLocalDate();
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return closeOfOffice(day);
  }

  ZonedDateTime dueNaturalDays(ZonedDateTime start, int days) {
    LocalDate day = local(start).toLocalDate().plusDays(days);
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return closeOfOffice(day);
  }

  ZonedDateTime dueNaturalMinutes(ZonedDateTime start, long minutes) {
    return start.plusMinutes(minutes).withZoneSameInstant(SHANGHAI);
  }

  public ZonedDateTime due(ZonedDateTime start, Period period) {
    switch (period.kind()) {
      case NATURAL_HOURS:
        return dueNaturalMinutes(start, period.duration().toMinutes());
      case WORKING_HOURS:
        return dueWorkingMinutes(start, period.duration().toMinutes());
      case WORKING_DAYS:
        return dueWorkingDays(start, period.days());
      default:
        return dueNaturalDays(start, period.days());
    }
  }

  ZonedDateTime nextOpening(ZonedDateTime at) {
    LocalDateTime t = local(at);
    while (!isOfficeMinute(t)) {
      t = t.plusMinutes(1);
    }
    return t.atZone(SHANGHAI);
  }

  Duration workingTimeBetween(ZonedDateTime from, ZonedDateTime to) {
    long minutes = 0;
    for (LocalDateTime t = local(from); t.isBefore(local(to)); t = t.plusMinutes(1)) {
      if (isOfficeMinute(t)) {
        minutes++;
      }
    }
    return Duration.ofMinutes(minutes);
  }

  private static ZonedDateTime closeOfOffice(LocalDate day) {
    return day.atTime(isSummer(day) ? LocalTime.of(18, 0) : LocalTime.of(17, 30)).atZone(SHANGHAI);
  }

  private static boolean isSummer(LocalDate day) {
    return day.getMonthValue() >= 6 && day.getMonthValue() <= 9;
  }

  private static LocalDateTime local(ZonedDateTime t) {
    return t.withZoneSameInstant(SHANGHAI).toLocalDateTime();
  }
}
