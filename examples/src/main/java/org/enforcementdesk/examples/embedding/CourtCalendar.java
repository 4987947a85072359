package org.enforcementdesk.examples.embedding;

import static com.google.common.base.Preconditions.checkArgument;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.enforcementdesk.calendar.HolidayTable;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.calendar.WorkingCalendarBuilder;

/**
 * The court's working calendar, from two files the court edits itself: {@code court-holidays.yaml} (official holidays
 * and make-up working days, in the library's holiday format) and {@code court-closures.txt} (the court's own closed
 * days). Both are read strictly at start-up, so a typo stops the deployment instead of moving a party's deadline.
 *
 * <p>A production host reads them from its configuration directory ({@code HolidayTable.fromFile(path)}); the example
 * reads them from the class path.
 */
public final class CourtCalendar {

  private static final String HOLIDAYS = "court-holidays.yaml";
  private static final String CLOSURES = "court-closures.txt";

  private CourtCalendar() {}

  /**
   * The calendar of the example court: zone Asia/Shanghai and Fujian office hours (the builder's defaults), the
   * court's holiday file, and its closures.
   *
   * @return the calendar, not null
   * @throws IllegalArgumentException if a file is malformed, naming the file, the line and the problem
   */
  public static WorkingCalendar load() {
    // The court's file replaces the shipped table as a whole (it does not add to it): see court-holidays.yaml.
    WorkingCalendarBuilder calendar = WorkingCalendar.builder().holidays(read(HOLIDAYS, HolidayTable::from));
    for (Closure closure : read(CLOSURES, CourtCalendar::closures)) {
      calendar.closure(closure.date(), closure.name());
    }
    // A year the court's file does not cover yet is counted provisionally (the default policy): its holidays come
    // from the national regulation and every deadline that reaches it says so. When the notice is published, the
    // office adds the year to court-holidays.yaml and the host hands the new calendar to the running desk
    // (desk.calendars().use(CourtCalendar.load())), which revises the provisional deadlines.
    return calendar.build();
  }

  private interface Reader<T> {
    T read(InputStream in, String name) throws IOException;
  }

  private static <T> T read(String resource, Reader<T> reader) {
    try (InputStream in = CourtCalendar.class.getResourceAsStream(resource)) {
      checkArgument(in != null, "court calendar file missing from the class path: %s", resource);
      return reader.read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read court calendar file " + resource, e);
    }
  }

  private record Closure(LocalDate date, String name) {}

  /** Lines {@code yyyy-mm-dd name}; {@code #} starts a comment line; blank lines are skipped. */
  private static List<Closure> closures(InputStream in, String file) throws IOException {
    List<Closure> closures = new ArrayList<>();
    String[] lines = new String(in.readAllBytes(), UTF_8).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      checkArgument(parts.length == 2, "%s:%s: expected \"yyyy-mm-dd name\", got \"%s\"", file, i + 1, line);
      try {
        closures.add(new Closure(LocalDate.parse(parts[0]), parts[1]));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a date yyyy-mm-dd: \"" + parts[0] + "\"", e);
      }
    }
    return closures;
  }
}
