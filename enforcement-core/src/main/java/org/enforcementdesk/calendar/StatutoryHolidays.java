package org.enforcementdesk.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The holidays of a year without a State Council notice, derived from the {@link HolidayRegulation} in force that
 * year: what a provisional year counts with.
 *
 * <ul>
 *   <li>Art. 2: each holiday's days, the lunar ones (春节, 端午, 中秋) and 清明 (the day of the solar term) from the
 *       lunar library, in Beijing time.
 *   <li>Art. 6: every holiday day that falls on a Saturday or Sunday is made up (补假) on the first Monday-to-Friday
 *       after the holiday's last day that is no holiday day and no make-up day already.
 *   <li>Overlaps: a day that is a holiday day of two holidays (中秋 on 1 October, say) counts for each, so the later
 *       holiday in date order makes it up like a weekend day. That is how the notices of such years (2001, 2020)
 *       counted it: the two holidays together keep all their days.
 *   <li>No make-up working days: only a notice sets those.
 * </ul>
 *
 * <p>The result is a {@link HolidayYear} whose holidays are the maximal runs of days with the same name: statutory
 * days under the holiday's name ({@code 中秋节、国庆节} where two fall on one day), make-up days as {@code 端午节补假
 * (Art. 6)}. Derived years are cached, one per year for the whole process: they depend on the year alone.
 */
final class StatutoryHolidays {

  /** Part of every provisional calendar's version: change it whenever a derivation would give other dates. */
  static final String DERIVATION = "statutory-holidays-1";

  private static final ConcurrentMap<Integer, HolidayYear> DERIVED = new ConcurrentHashMap<>();

  // The lunar library keeps unsynchronised static caches: every call into it goes through this lock.
  private static final Object LUNAR_LIBRARY = new Object();

  private StatutoryHolidays() {}

  /** The derived holidays of {@code year}, under the regulation in force that year. */
  static HolidayYear of(int year) {
    HolidayYear derived = DERIVED.get(year);
    return derived != null ? derived : DERIVED.computeIfAbsent(year, StatutoryHolidays::derive);
  }

  private static HolidayYear derive(int year) {
    HolidayRegulation regulation = HolidayRegulation.inForce(year);
    List<Statutory> statutory = statutoryDays(year, regulation);
    // Every statutory day first, so that a make-up day never lands on a later holiday's day.
    Map<LocalDate, Integer> holidaysOn = new TreeMap<>();
    statutory.forEach(h -> h.days().forEach(d -> holidaysOn.merge(d, 1, Integer::sum)));
    TreeMap<LocalDate, String> names = new TreeMap<>();
    Set<LocalDate> counted = new HashSet<>();
    for (Statutory holiday : statutory) {
      int owed = 0;
      for (LocalDate day : holiday.days()) {
        boolean countedBefore = !counted.add(day);
        if (isWeekend(day) || countedBefore) {
          owed++;
        }
        names.merge(day, holiday.name(), (a, b) -> a + "、" + b);
      }
      LocalDate cursor = holiday.days().get(holiday.days().size() - 1).plusDays(1);
      for (; owed > 0; cursor = cursor.plusDays(1)) {
        if (!isWeekend(cursor) && !holidaysOn.containsKey(cursor) && !names.containsKey(cursor)) {
          names.put(cursor, holiday.name() + "补假 (Art. 6)");
          owed--;
        }
      }
    }
    return new HolidayYear(year, regulation.citation(), runs(names), ImmutableSortedSet.of());
  }

  /** The days of each Art. 2 holiday of {@code year}, in date order of their first day. */
  private static List<Statutory> statutoryDays(int year, HolidayRegulation regulation) {
    LocalDate newYear;
    LocalDate dragonBoat;
    LocalDate midAutumn;
    LocalDate qingming;
    synchronized (LUNAR_LIBRARY) {
      newYear = date(Lunar.fromYmd(year, 1, 1).getSolar());
      dragonBoat = date(Lunar.fromYmd(year, 5, 5).getSolar());
      midAutumn = date(Lunar.fromYmd(year, 8, 15).getSolar());
      qingming = date(Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable().get("清明"));
    }
    LocalDate springFirst = regulation.springFestivalIncludesEve() ? newYear.minusDays(1) : newYear;
    List<Statutory> holidays = new ArrayList<>(List.of(
        new Statutory("元旦", days(LocalDate.of(year, 1, 1), 1)),
        new Statutory("春节", days(springFirst, regulation.springFestivalIncludesEve() ? 4 : 3)),
        new Statutory("清明节", days(qingming, 1)),
        new Statutory("劳动节", days(LocalDate.of(year, 5, 1), regulation.labourDayDays())),
        new Statutory("端午节", days(dragonBoat, 1)),
        new Statutory("中秋节", days(midAutumn, 1)),
        new Statutory("国庆节", days(LocalDate.of(year, 10, 1), 3))));
    holidays.sort((a, b) -> a.days().get(0).compareTo(b.days().get(0)));
    return holidays;
  }

  /** The maximal runs of consecutive days with the same name, as holidays. */
  private static ImmutableList<Holiday> runs(TreeMap<LocalDate, String> names) {
    ImmutableList.Builder<Holiday> runs = ImmutableList.builder();
    LocalDate first = null;
    LocalDate last = null;
    String name = null;
    for (Map.Entry<LocalDate, String> day : names.entrySet()) {
      if (name != null && day.getValue().equals(name) && day.getKey().equals(last.plusDays(1))) {
        last = day.getKey();
        continue;
      }
      if (name != null) {
        runs.add(new Holiday(name, first, last));
      }
      first = day.getKey();
      last = first;
      name = day.getValue();
    }
    if (name != null) {
      runs.add(new Holiday(name, first, last));
    }
    return runs.build();
  }

  private static List<LocalDate> days(LocalDate first, int count) {
    List<LocalDate> days = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      days.add(first.plusDays(i));
    }
    return days;
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static LocalDate date(Solar solar) {
    return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
  }

  /** One Art. 2 holiday's days in a year. */
  private record Statutory(String name, List<LocalDate> days) {}
}
