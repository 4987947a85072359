package org.enforcementdesk.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ChineseCalendar;
import com.nlf.calendar.LunarMonth;
import com.nlf.calendar.LunarYear;
import com.nlf.calendar.Solar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lunar library the calendar derives provisional years from ({@code cn.6tail:lunar}) against a second,
 * independent one (ICU4J's {@code ChineseCalendar}), over every day of 1901-2100. Every disagreement must be one of
 * those listed, with its settlement and source, in {@code lunar-disagreements.tsv}, and the lunar library must give
 * the settled date each time. A new version of either library that moves any month fails here, naming the month.
 * Every day the two disagree on is written to {@code target/lunar-disagreements-by-day.txt}.
 */
class LunarLibraryCrossCheckTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static TreeMap<Long, Month> library;
  private static TreeMap<Long, Month> icu;

  /** A lunar month by its lunar year and number, e.g. 1917 leap 2. */
  private record Month(int year, String month) {
    @Override
    public String toString() {
      return year + " " + month;
    }
  }

  /** One line of the fixture. */
  private record Settled(Month month, String library, String icu, String settled, String source) {}

  @BeforeAll
  static void monthStarts() {
    library = new TreeMap<>();
    for (int year = 1900; year <= 2100; year++) {
      for (LunarMonth m : LunarYear.fromYear(year).getMonths()) {
        Solar first = Solar.fromJulianDay(m.getFirstJulianDay());
        long epochDay = LocalDate.of(first.getYear(), first.getMonth(), first.getDay()).toEpochDay();
        library.put(epochDay, new Month(m.getYear(), (m.isLeap() ? "leap " : "") + Math.abs(m.getMonth())));
      }
    }
    icu = new TreeMap<>();
    ChineseCalendar chinese = new ChineseCalendar(com.ibm.icu.util.TimeZone.getTimeZone("Asia/Shanghai"));
    chinese.setTimeInMillis(LocalDate.of(1900, 6, 1).atTime(12, 0).atZone(BEIJING).toInstant().toEpochMilli());
    chinese.set(ChineseCalendar.DAY_OF_MONTH, 1);
    while (true) {
      LocalDate first = Instant.ofEpochMilli(chinese.getTimeInMillis()).atZone(BEIJING).toLocalDate();
      if (first.getYear() > 2100) {
        break;
      }
      String month = (chinese.get(ChineseCalendar.IS_LEAP_MONTH) == 1 ? "leap " : "")
          + (chinese.get(ChineseCalendar.MONTH) + 1);
      // ICU4J 79 gives the Gregorian year in which the lunar year begins as the extended year.
      icu.put(first.toEpochDay(), new Month(chinese.get(ChineseCalendar.EXTENDED_YEAR), month));
      chinese.add(ChineseCalendar.MONTH, 1);
    }
  }

  @Test
  void everyDisagreement_isListedAndSettled_andTheLibraryGivesTheSettledDate() throws IOException {
    Map<Month, String> byLibrary = firstDays(library);
    Map<Month, String> byIcu = firstDays(icu);
    List<Settled> fixture = fixture();
    TreeSet<String> disagreements = new TreeSet<>();
    for (Month month : union(byLibrary, byIcu)) {
      String lib = byLibrary.getOrDefault(month, "-");
      String other = byIcu.getOrDefault(month, "-");
      if (!lib.equals(other)) {
        disagreements.add(month + "\t" + lib + "\t" + other);
      }
    }
    TreeSet<String> listed = new TreeSet<>();
    fixture.forEach(row -> listed.add(row.month() + "\t" + row.library() + "\t" + row.icu()));

    assertThat(listed).as("the disagreements the fixture settles").isEqualTo(disagreements);
    for (Settled row : fixture) {
      assertThat(row.library()).as("%s: the lunar library against %s", row.month(), row.source())
          .isEqualTo(row.settled());
      assertThat(row.source()).as("%s has a source", row.month()).isNotBlank();
    }
  }

  @Test
  void disagreeingDays_areThoseOfTheSettledMonths_andAreListed() throws IOException {
    List<String> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(1901, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
      String lib = dayOf(library, d);
      String other = dayOf(icu, d);
      if (!lib.equals(other)) {
        days.add(d + "\tlunar library " + lib + "\tICU4J " + other);
      }
    }
    Path report = Path.of("target", "lunar-disagreements-by-day.txt");
    Files.createDirectories(report.getParent());
    Files.write(report, days, UTF_8);
    // The 18 months of the fixture: 30 days each where a month starts a day apart, 59 where a leap month moves.
    assertThat(days).hasSize(447);
    assertThat(days.get(0)).startsWith("1917-03-23\tlunar library 1917 leap 2 day 1\tICU4J 1917 3 day 1");
    assertThat(days).contains("2027-02-06\tlunar library 2027 1 day 1\tICU4J 2026 12 day 30");
  }

  @Test
  void springFestival2027_isOn6February() {
    Map.Entry<Long, Month> library2027 = library.floorEntry(LocalDate.of(2027, 2, 6).toEpochDay());
    assertThat(LocalDate.ofEpochDay(library2027.getKey())).isEqualTo(LocalDate.of(2027, 2, 6));
    assertThat(library2027.getValue()).isEqualTo(new Month(2027, "1"));
  }

  private static String dayOf(TreeMap<Long, Month> starts, LocalDate date) {
    Map.Entry<Long, Month> month = starts.floorEntry(date.toEpochDay());
    return month.getValue() + " day " + (date.toEpochDay() - month.getKey() + 1);
  }

  private static Map<Month, String> firstDays(TreeMap<Long, Month> starts) {
    Map<Month, String> firstDays = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
    starts.forEach((epochDay, month) -> {
      LocalDate first = LocalDate.ofEpochDay(epochDay);
      if (first.getYear() >= 1901 && first.getYear() <= 2100) {
        firstDays.put(month, first.toString());
      }
    });
    return firstDays;
  }

  private static TreeSet<Month> union(Map<Month, String> a, Map<Month, String> b) {
    TreeSet<Month> all = new TreeSet<>((x, y) -> x.toString().compareTo(y.toString()));
    all.addAll(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  private static List<Settled> fixture() throws IOException {
    List<Settled> rows = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(
            LunarLibraryCrossCheckTest.class.getResourceAsStream("lunar-disagreements.tsv"), "fixture");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        assertThat(f).as("fixture line %s", line).hasSize(6);
        rows.add(new Settled(new Month(Integer.parseInt(f[0]), f[1]), f[2], f[3], f[4], f[5]));
      }
    }
    return rows;
  }
}
