package org.enforcementdesk.calendar;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a holiday file strictly. The file is a mapping of years; each year has a {@code source} (the notice the dates
 * come from), {@code holidays} (a list of {@code {name, off: [first, last]}}) and optionally {@code makeup_workdays}
 * (a list of dates). Every problem found is reported with {@code file:line:column}, the year and the entry, all in
 * one exception, and nothing is returned unless the whole file is valid.
 *
 * <p>A streaming parser rather than data binding, because only the token stream knows where each entry stands in the
 * file, and semantic problems (a range ending before it starts) need that location as much as syntax errors do.
 */
final class HolidayFileReader {

  private static final YAMLFactory YAML =
      YAMLFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final String sourceName;
  private final List<String> problems = new ArrayList<>();
  private final TreeMap<Integer, HolidayYear> years = new TreeMap<>();
  private final Set<Integer> seenYears = new HashSet<>();
  private JsonParser parser;

  private HolidayFileReader(String sourceName) {
    this.sourceName = sourceName;
  }

  /**
   * Reads every year of the file.
   *
   * @throws IllegalArgumentException listing every problem, if the file is not valid
   * @throws IOException if the stream cannot be read
   */
  static ImmutableSortedMap<Integer, HolidayYear> read(InputStream in, String sourceName) throws IOException {
    HolidayFileReader reader = new HolidayFileReader(sourceName);
    try (JsonParser p = YAML.createParser(in)) {
      reader.parser = p;
      reader.readFile();
    } catch (JsonProcessingException e) {
      reader.problems.add(reader.where(e.getLocation()) + "not valid YAML: " + explanation(e.getOriginalMessage()));
    }
    if (!reader.problems.isEmpty()) {
      int n = reader.problems.size();
      throw new IllegalArgumentException(
          "holiday file "
              + sourceName
              + " has "
              + n
              + (n == 1 ? " problem" : " problems")
              + ", nothing was loaded:\n  "
              + String.join("\n  ", reader.problems));
    }
    return ImmutableSortedMap.copyOf(reader.years);
  }

  private void readFile() throws IOException {
    JsonToken t = parser.nextToken();
    if (t != JsonToken.START_OBJECT) {
      problems.add(where(parser.currentTokenLocation()) + "expected a mapping of years (2026: ...)");
      return;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      readYear();
    }
  }

  private void readYear() throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    String key = parser.currentName();
    JsonToken t = parser.nextToken();
    if (!YEAR.matcher(key).matches()) {
      problems.add(where(at) + "year key must be a year like 2026: '" + key + "'");
      parser.skipChildren();
      return;
    }
    int year = Integer.parseInt(key);
    if (!seenYears.add(year)) {
      problems.add(where(at) + "year " + year + " appears twice");
      parser.skipChildren();
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      problems.add(where(at) + "year " + year + ": expected a mapping with source, holidays and makeup_workdays");
      parser.skipChildren();
      return;
    }
    YearDraft draft = new YearDraft(year, at);
    Set<String> fields = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonLocation fieldAt = parser.currentTokenLocation();
      parser.nextToken();
      if (!fields.add(field)) {
        problem(fieldAt, year, "key '" + field + "' appears twice");
        parser.skipChildren();
        continue;
      }
      switch (field) {
        case "source":
          draft.sourceSeen = true;
          draft.source = scalar(fieldAt, year, "source");
          break;
        case "holidays":
          draft.holidaysSeen = true;
          readHolidays(draft);
          break;
        case "makeup_workdays":
          readMakeUpDays(draft, fieldAt);
          break;
        default:
          problem(fieldAt, year, "unknown key '" + field + "' (expected: source, holidays, makeup_workdays)");
          parser.skipChildren();
      }
    }
    draft.finish();
  }

  private void readHolidays(YearDraft draft) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      problem(parser.currentTokenLocation(), draft.year, "holidays must be a list of {name, off: [first, last]}");
      parser.skipChildren();
      return;
    }
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      index++;
      JsonLocation at = parser.currentTokenLocation();
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        problem(at, draft.year, "holiday #" + index + " must be a mapping {name, off: [first, last]}");
        parser.skipChildren();
        continue;
      }
      readHoliday(draft, at, index);
    }
  }

  private void readHoliday(YearDraft draft, JsonLocation entryAt, int index) throws IOException {
    String name = null;
    boolean offSeen = false;
    List<String> off = null;
    List<JsonLocation> offAt = new ArrayList<>();
    JsonLocation offListAt = null;
    List<String> unknown = new ArrayList<>();
    List<JsonLocation> unknownAt = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonLocation fieldAt = parser.currentTokenLocation();
      parser.nextToken();
      if (field.equals("name") && name == null) {
        name = scalar(fieldAt, draft.year, "holiday #" + index + " name");
      } else if (field.equals("off") && !offSeen) {
        offSeen = true;
        offListAt = fieldAt;
        off = dateTexts(offAt);
      } else {
        unknown.add(field);
        unknownAt.add(fieldAt);
        parser.skipChildren();
      }
    }
    // The name labels every message about this entry, so problems are reported once the whole mapping is read.
    String label = name == null || name.isBlank() ? "holiday #" + index : "holiday " + name;
    for (int i = 0; i < unknown.size(); i++) {
      String key = unknown.get(i);
      problem(unknownAt.get(i), draft.year, label + ": unknown or repeated key '" + key + "' (expected: name, off)");
    }
    if (name == null || name.isBlank()) {
      problem(entryAt, draft.year, label + ": missing name");
    }
    if (!offSeen) {
      problem(entryAt, draft.year, label + ": missing off: [first, last]");
      return;
    }
    if (off == null || off.size() != 2) {
      problem(offListAt, draft.year, label + ": off must be a list of two dates [first, last]");
      return;
    }
    LocalDate first = date(off.get(0), offAt.get(0), draft.year, label);
    LocalDate last = date(off.get(1), offAt.get(1), draft.year, label);
    if (first == null || last == null || name == null || name.isBlank()) {
      return;
    }
    if (last.isBefore(first)) {
      problem(offListAt, draft.year, label + ": off range ends before it starts: [" + first + ", " + last + "]");
      return;
    }
    draft.holidays.add(new Holiday(name, first, last));
    draft.holidayAt.add(entryAt);
  }

  private void readMakeUpDays(YearDraft draft, JsonLocation fieldAt) throws IOException {
    List<JsonLocation> at = new ArrayList<>();
    List<String> texts = dateTexts(at);
    if (texts == null) {
      problem(fieldAt, draft.year, "makeup_workdays must be a list of dates");
      return;
    }
    for (int i = 0; i < texts.size(); i++) {
      LocalDate day = date(texts.get(i), at.get(i), draft.year, "make-up working day");
      if (day != null) {
        draft.makeUpDays.add(day);
        draft.makeUpAt.add(at.get(i));
      }
    }
  }

  /** The scalars of a list at the current token, with their locations; null (and skipped) if it is not a list. */
  private List<String> dateTexts(List<JsonLocation> locations) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      parser.skipChildren();
      return null;
    }
    List<String> texts = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      locations.add(parser.currentTokenLocation());
      // A nested list or mapping where a date belongs: its text is not a date, so date() reports it.
      texts.add(parser.currentToken().isScalarValue() ? parser.getText() : parser.currentToken().asString());
      parser.skipChildren();
    }
    return texts;
  }

  private String scalar(JsonLocation at, int year, String what) throws IOException {
    if (!parser.currentToken().isScalarValue()) {
      problem(at, year, what + " must be a single value");
      parser.skipChildren();
      return null;
    }
    return parser.getText();
  }

  private LocalDate date(String text, JsonLocation at, int year, String label) {
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(at, year, label + ": bad date '" + text + "' (expected yyyy-mm-dd)");
      return null;
    }
    if (date.getYear() != year) {
      problem(at, year, label + ": date " + date + " lies outside its year " + year);
      return null;
    }
    return date;
  }

  private void problem(JsonLocation at, int year, String message) {
    problems.add(where(at) + "year " + year + ", " + message);
  }

  private String where(JsonLocation at) {
    return at == null ? sourceName + ": " : sourceName + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": ";
  }

  /**
   * The parser's explanation without its echo of the file: SnakeYAML indents the quoted source lines, the caret and
   * the "in 'reader'" lines, and those repeat what the location already says.
   */
  private static String explanation(String message) {
    List<String> lines = new ArrayList<>();
    for (String line : message.split("\n")) {
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        lines.add(line.trim());
      }
    }
    return lines.isEmpty() ? message.trim() : String.join("; ", lines);
  }

  /** What one year has said so far; turned into a {@link HolidayYear} only if the year has no problem. */
  private final class YearDraft {
    final int year;
    final JsonLocation at;
    final int problemsBefore = problems.size();
    String source;
    boolean sourceSeen;
    boolean holidaysSeen;
    final List<Holiday> holidays = new ArrayList<>();
    final List<JsonLocation> holidayAt = new ArrayList<>();
    final List<LocalDate> makeUpDays = new ArrayList<>();
    final List<JsonLocation> makeUpAt = new ArrayList<>();

    YearDraft(int year, JsonLocation at) {
      this.year = year;
      this.at = at;
    }

    void finish() {
      if (!sourceSeen) {
        problem(at, year, "missing source (cite the notice the dates come from)");
      } else if (source != null && source.isBlank()) {
        problem(at, year, "blank source (cite the notice the dates come from)");
      }
      if (!holidaysSeen) {
        problem(at, year, "missing holidays");
      }
      checkHolidaysDoNotOverlap();
      checkMakeUpDays();
      if (problems.size() == problemsBefore) {
        years.put(
            year,
            new HolidayYear(
                year,
                source,
                ImmutableList.sortedCopyOf(Comparator.comparing(Holiday::first), holidays),
                ImmutableSortedSet.copyOf(makeUpDays)));
      }
    }

    private void checkHolidaysDoNotOverlap() {
      for (int i = 0; i < holidays.size(); i++) {
        for (int j = 0; j < i; j++) {
          Holiday a = holidays.get(j);
          Holiday b = holidays.get(i);
          if (!b.last().isBefore(a.first()) && !a.last().isBefore(b.first())) {
            problem(holidayAt.get(i), year, "holiday " + b.name() + ": overlaps holiday " + a);
          }
        }
      }
    }

    private void checkMakeUpDays() {
      Set<LocalDate> seen = new HashSet<>();
      for (int i = 0; i < makeUpDays.size(); i++) {
        LocalDate day = makeUpDays.get(i);
        String label = "make-up working day " + day;
        DayOfWeek dow = day.getDayOfWeek();
        if (!seen.add(day)) {
          problem(makeUpAt.get(i), year, label + ": listed twice");
        }
        if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
          problem(makeUpAt.get(i), year, label + ": is a " + Texts.dayOfWeek(day) + ", not a weekend day");
        }
        for (Holiday h : holidays) {
          if (h.contains(day)) {
            problem(makeUpAt.get(i), year, label + ": lies inside holiday " + h);
          }
        }
      }
    }
  }
}
