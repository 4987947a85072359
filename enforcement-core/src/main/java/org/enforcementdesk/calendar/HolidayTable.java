package org.enforcementdesk.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Official public holidays (放假) and make-up working days (调休: weekend days declared working), by year, as the
 * General Office of the State Council announces them each October-November for the next year. A working day is
 * Monday to Friday outside every holiday, or a make-up working day.
 *
 * <p>The library ships {@link #china() China 2024-2026}. A court extends it with next year's notice as soon as it is
 * published ({@link #extendedWith}), or replaces it with its own file in the same format. A file with a problem loads
 * nothing: one exception lists every problem with {@code file:line:column}. A year no table covers is counted
 * provisionally by default ({@link MissingYearPolicy#PROVISIONAL}).
 *
 * <pre>
 * # Sources: the State Council notice for 2026 (gov.cn, 2025-11, content_7047091).
 * 2026:
 *   source: "国务院办公厅关于2026年部分节假日安排的通知 (gov.cn, 2025-11, content_7047091)"
 *   holidays:
 *     - {name: 春节, off: [2026-02-15, 2026-02-23]}
 *     - {name: 国庆节, off: [2026-10-01, 2026-10-07]}
 *   makeup_workdays: [2026-02-14, 2026-02-28, 2026-09-20, 2026-10-10]
 * </pre>
 *
 * <p>Rules: keys are exactly {@code source} (required), {@code holidays} (required, may be empty) and {@code
 * makeup_workdays} (optional) per year, {@code name} and {@code off} per holiday; dates are ISO {@code yyyy-mm-dd}
 * inside their year; an {@code off} range does not end before it starts and does not overlap another; a make-up
 * working day is a Saturday or Sunday outside every holiday.
 *
 * <p>Immutable and thread-safe.
 */
public final class HolidayTable {

  private static final String CHINA_RESOURCE = "holidays-cn.yaml";

  private final String sourceName;
  private final ImmutableSortedMap<Integer, HolidayYear> years;
  private final String version;

  private HolidayTable(String sourceName, ImmutableSortedMap<Integer, HolidayYear> years) {
    this.sourceName = sourceName;
    this.years = years;
    this.version = ContentHash.of("hol-", canonical(years));
  }

  /** What counting depends on, in a fixed form: each year's holidays and make-up days, never the file's name. */
  private static String canonical(ImmutableSortedMap<Integer, HolidayYear> years) {
    StringBuilder text = new StringBuilder();
    years.values().forEach(year -> {
      text.append(year.year()).append(':');
      year.holidays().forEach(
          h -> text.append(h.name()).append('=').append(h.first()).append("..").append(h.last()).append(';'));
      text.append("makeup=").append(year.makeUpWorkdays()).append('\n');
    });
    return text.toString();
  }

  /**
   * The shipped table of the People's Republic of China, 2024-2026, with the State Council notices as sources.
   *
   * @return the table, not null
   */
  public static HolidayTable china() {
    return ChinaHolder.CHINA;
  }

  /**
   * Reads a holiday file.
   *
   * @param file the YAML file, not null
   * @return the table, named after the file
   * @throws NullPointerException if {@code file} is null
   * @throws IllegalArgumentException if the file is not valid, listing every problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static HolidayTable fromFile(Path file) {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return new HolidayTable(file.toString(), HolidayFileReader.read(in, file.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read holiday file " + file, e);
    }
  }

  /**
   * Reads a holiday file from a stream, which is left open.
   *
   * @param in the YAML content, UTF-8, not null
   * @param sourceName what messages and derivations call the file, e.g. its path, not null
   * @return the table
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the content is not valid, listing every problem
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static HolidayTable from(InputStream in, String sourceName) {
    checkNotNull(in, "in");
    checkNotNull(sourceName, "sourceName");
    try {
      return new HolidayTable(sourceName, HolidayFileReader.read(in, sourceName));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read holiday file " + sourceName, e);
    }
  }

  /**
   * This table with the years of {@code newer} added, a year in both taken from {@code newer}: how a court adds next
   * year's notice, or corrects one year, without copying every other year.
   *
   * <pre>{@code
   * HolidayTable table = HolidayTable.china().extendedWith(HolidayTable.fromFile(Path.of("holidays-2027.yaml")));
   * }</pre>
   *
   * @param newer the table whose years win; not null
   * @return the combined table, named after both sources
   */
  public HolidayTable extendedWith(HolidayTable newer) {
    checkNotNull(newer, "newer");
    TreeMap<Integer, HolidayYear> combined = new TreeMap<>(years);
    combined.putAll(newer.years);
    return new HolidayTable(sourceName + " + " + newer.sourceName, ImmutableSortedMap.copyOf(combined));
  }

  /**
   * The name of the file this table was read from.
   *
   * @return e.g. {@code "holidays-cn.yaml"}, not null
   */
  public String sourceName() {
    return sourceName;
  }

  /**
   * The table's version: a hash of its dates (holidays and make-up working days by year), the same for the same dates
   * whatever file or order they came from.
   *
   * @return e.g. {@code "hol-9c1e0b7d2a4f6e13"}, not null
   */
  public String version() {
    return version;
  }

  /**
   * The years this table has data for.
   *
   * @return the years in ascending order, possibly empty, not null
   */
  public ImmutableSortedSet<Integer> years() {
    return years.keySet();
  }

  /**
   * Whether this table has data for {@code year}.
   *
   * @param year a year
   * @return true if the file lists it
   */
  public boolean covers(int year) {
    return years.containsKey(year);
  }

  /**
   * The holidays of a year, in date order.
   *
   * @param year a year this table {@link #covers}
   * @return the holidays, not null
   * @throws IllegalArgumentException if the table has no data for {@code year}
   */
  public ImmutableList<Holiday> holidays(int year) {
    return year(year).holidays();
  }

  /**
   * The make-up working days (调休) of a year.
   *
   * @param year a year this table {@link #covers}
   * @return the dates in ascending order, possibly empty, not null
   * @throws IllegalArgumentException if the table has no data for {@code year}
   */
  public ImmutableSortedSet<LocalDate> makeUpWorkdays(int year) {
    return year(year).makeUpWorkdays();
  }

  /**
   * The notice a year's dates come from, as the file cites it.
   *
   * @param year a year this table {@link #covers}
   * @return the citation, not blank, not null
   * @throws IllegalArgumentException if the table has no data for {@code year}
   */
  public String source(int year) {
    return year(year).source();
  }

  /**
   * The holiday {@code date} falls in, if any.
   *
   * @param date a date, not null
   * @return the holiday, or empty if the date is not a holiday or its year has no data
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<Holiday> holidayOn(LocalDate date) {
    checkNotNull(date, "date");
    HolidayYear y = years.get(date.getYear());
    if (y != null) {
      for (Holiday h : y.holidays()) {
        if (h.contains(date)) {
          return Optional.of(h);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code date} is a make-up working day.
   *
   * @param date a date, not null
   * @return true if the file lists it as a make-up working day
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isMakeUpWorkday(LocalDate date) {
    checkNotNull(date, "date");
    HolidayYear y = years.get(date.getYear());
    return y != null && y.makeUpWorkdays().contains(date);
  }

  /**
   * A short form for messages.
   *
   * @return e.g. {@code "holidays-cn.yaml (2024-2026)"}
   */
  @Override
  public String toString() {
    return years.isEmpty()
        ? sourceName + " (no years)"
        : sourceName + " (" + years.firstKey() + "-" + years.lastKey() + ")";
  }

  /** The year's data; package-private for the calendar's tables. */
  HolidayYear year(int year) {
    HolidayYear y = years.get(year);
    checkArgument(y != null, "no holiday data for %s in %s", year, this);
    return y;
  }

  /** Loads the shipped file on first use: a broken resource is a build defect, so it fails loudly. */
  private static final class ChinaHolder {
    static final HolidayTable CHINA = load();

    private static HolidayTable load() {
      try (InputStream in = HolidayTable.class.getResourceAsStream(CHINA_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("shipped holiday file missing from the classpath: " + CHINA_RESOURCE);
        }
        return from(in, CHINA_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read shipped holiday file " + CHINA_RESOURCE, e);
      }
    }
  }
}
