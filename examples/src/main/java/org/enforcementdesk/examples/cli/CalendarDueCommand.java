package org.enforcementdesk.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.enforcementdesk.calendar.Deadline;
import org.enforcementdesk.calendar.HolidayRegulation;
import org.enforcementdesk.calendar.HolidayTable;
import org.enforcementdesk.calendar.MissingYearException;
import org.enforcementdesk.calendar.MissingYearPolicy;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.calendar.WorkingCalendarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code enforcement calendar due --from START --working-days N}: when a period started at a given moment is due, by
 * the library's default calendar (Asia/Shanghai, Fujian office hours, the shipped China 2024-2026 holidays, later
 * years provisional) or with a court's holiday file added. The first line of output is the due instant and nothing else, so scripts can read it;
 * {@code --explain} adds the derivation a clerk can check day by day.
 */
@Command(
    name = "due",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Print when a period started at a given moment is due.",
    synopsisHeading = "%n",
    // Spelled out because picocli's own synopsis sorts the options and hides that exactly one period is required.
    customSynopsis = {
      "Usage: enforcement calendar due --from=DATE-TIME",
      "         (--working-days=N | --natural-days=N | --working-hours=H |",
      "          --natural-hours=H | --period=TEXT)",
      "         [--calendar=FILE] [--when-year-missing=POLICY] [--explain] [-hV]"
    },
    description = {
      "",
      "The first line is the due instant (ISO-8601, +08:00). A provisional deadline (one that reaches a year whose"
          + " State Council notice is not loaded) adds a line saying so; --explain adds the derivation. Give --from and"
          + " exactly one period option.",
      "",
      "The calendar: zone Asia/Shanghai; Fujian office hours",
      "  1 Jun-30 Sep  08:00-12:00 and 15:00-18:00",
      "  otherwise     08:00-12:00 and 14:30-17:30",
      "official holidays and make-up working days (调休) of 2024-2026, and of --calendar FILE;",
      "a later year is provisional: its holidays are derived from 全国年节及纪念日放假办法.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  ./enforcement calendar due --from 2026-02-13T16:00+08:00 --working-days 3",
      "",
      "Exit codes: 0 ok; 2 bad usage or input, including (with --when-year-missing fail) a date in a year without"
          + " holiday data."
    })
final class CalendarDueCommand implements Callable<Integer> {

  private static final String EXAMPLE_START = "2026-02-13T16:00+08:00";
  private static final String PERIOD_OPTIONS =
      "--working-days N, --natural-days N, --working-hours H, --natural-hours H or --period TEXT";

  @Spec private CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DATE-TIME",
      converter = Start.class,
      description = {
        "when the period starts (the request was received), ISO-8601 with an offset:",
        "  " + EXAMPLE_START + " or 2026-02-13T08:00Z"
      })
  private OffsetDateTime from;

  @Mixin private PeriodOptions periods;

  @Option(
      names = "--calendar",
      paramLabel = "FILE",
      description = "a holiday file (YAML in the format of the shipped holidays-cn.yaml), e.g. next year's notice: its"
          + " years are added to the shipped data, a year in both taken from the file")
  private Path calendarFile;

  @Option(
      names = "--when-year-missing",
      paramLabel = "POLICY",
      converter = Policy.class,
      description = {
        "a year without holiday data is counted: provisional (the default) from the national regulation,",
        "  and said so; fail: refused; weekends-only: plain weekends, with a warning"
      })
  private MissingYearPolicy whenYearMissing = MissingYearPolicy.PROVISIONAL;

  @Option(
      names = "--explain",
      description = "after the due instant, print the derivation: each day counted or skipped and why")
  private boolean explain;

  @Override
  public Integer call() {
    Period p = period();
    WorkingCalendar calendar = calendar();
    List<String> lines;
    try {
      Deadline deadline = calendar.due(from, p);
      // Everything is worked out before the first line is printed: a failure leaves standard output empty.
      lines = new ArrayList<>(List.of(deadline.dueAt().toString()));
      if (deadline.isProvisional()) {
        lines.add(provisional(deadline, calendar));
      }
      if (explain) {
        lines.add(deadline.explain());
      }
    } catch (MissingYearException e) {
      // The library's message speaks to programmers (builder calls); this one names the options that fix it.
      throw new IllegalArgumentException(
          "no holiday data for "
              + e.year()
              + " in "
              + calendar.holidays()
              + ": give a holiday file that has "
              + e.year()
              + " (the State Council notice's holidays and make-up working days) with --calendar FILE,"
              + " or count it provisionally with --when-year-missing provisional",
          e);
    } catch (DateTimeException | ArithmeticException e) {
      throw new IllegalArgumentException(p + " from " + from + " ends beyond the dates that can be counted", e);
    }
    PrintWriter out = spec.commandLine().getOut();
    // Line by line rather than the text as is: explain() separates with \n, println with the platform's separator.
    lines.stream().flatMap(String::lines).forEach(out::println);
    return EnforcementCli.OK;
  }

  /** The one period given; a usage error (exit 2, "see --help") if there is none or more than one. */
  private Period period() {
    Map<String, Period> given = periods.given();
    if (given.size() != 1) {
      throw new ParameterException(
          spec.commandLine(),
          given.isEmpty()
              ? "missing the period: give one of " + PERIOD_OPTIONS
              : "give only one period, not " + String.join(" and ", given.keySet()));
    }
    return given.values().iterator().next();
  }

  /** The line that says a deadline is provisional, naming each year and the rule its holidays come from. */
  private static String provisional(Deadline deadline, WorkingCalendar calendar) {
    String years = deadline.provisionalYears().stream().map(String::valueOf).collect(Collectors.joining(", "));
    String rules = deadline.provisionalYears().stream()
        .map(year -> HolidayRegulation.inForce(year).citation())
        .distinct()
        .collect(Collectors.joining("; "));
    return "provisional: no State Council notice for " + years + " in " + calendar.holidays()
        + "; counted with the holidays of " + rules + "; the date may move when the notice is published";
  }

  private WorkingCalendar calendar() {
    WorkingCalendarBuilder builder = WorkingCalendar.builder().whenYearMissing(whenYearMissing);
    if (calendarFile != null) {
      builder.holidays(HolidayTable.china().extendedWith(holidays(calendarFile)));
    }
    return builder.build();
  }

  /** {@code --when-year-missing}: provisional, fail or weekends-only. */
  static final class Policy implements ITypeConverter<MissingYearPolicy> {
    @Override
    public MissingYearPolicy convert(String value) {
      for (MissingYearPolicy policy : MissingYearPolicy.values()) {
        if (policy.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(value)) {
          return policy;
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not a policy for a missing year: give provisional, fail or weekends-only");
    }
  }

  private static HolidayTable holidays(Path file) {
    // Checked here because the library reports a missing file or a directory without saying which it is.
    if (!Files.exists(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException("a directory, not a holiday file: " + file);
    }
    try {
      return HolidayTable.fromFile(file);
    } catch (UncheckedIOException e) {
      String why = e.getCause() instanceof AccessDeniedException ? "permission denied" : e.getCause().getMessage();
      throw new UncheckedIOException("cannot read holiday file " + file + ": " + why, e.getCause());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(oneLine(e.getMessage()), e);
    }
  }

  /**
   * A multi-line problem list on one line: "holiday file F has 2 problems, nothing was loaded: F:3:1: ...; F:5:7:
   * ...". The root would join the lines too, but keep their indentation.
   */
  private static String oneLine(String message) {
    List<String> lines = message.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    return lines.isEmpty()
        ? message
        : lines.get(0) + (lines.size() == 1 ? "" : " " + String.join("; ", lines.subList(1, lines.size())));
  }

  /** {@code --from}: an offset is required, because a bare local time would silently take the machine's zone. */
  static final class Start implements ITypeConverter<OffsetDateTime> {
    @Override
    public OffsetDateTime convert(String value) {
      try {
        return OffsetDateTime.parse(value);
      } catch (DateTimeParseException e) {
        if (parses(value, true)) {
          throw new TypeConversionException(
              "'" + value + "' has no offset; an offset is required, e.g. " + EXAMPLE_START);
        }
        if (parses(value, false)) {
          throw new TypeConversionException(
              "'" + value + "' has no time and no offset; both are required, e.g. " + EXAMPLE_START);
        }
        throw new TypeConversionException(
            "expected an ISO-8601 date-time with an offset such as " + EXAMPLE_START + ", got '" + value + "'");
      }
    }

    private static boolean parses(String value, boolean withTime) {
      try {
        if (withTime) {
          LocalDateTime.parse(value);
        } else {
          LocalDate.parse(value);
        }
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }
  }
}
