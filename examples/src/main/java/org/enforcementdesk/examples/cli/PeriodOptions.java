package org.enforcementdesk.examples.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.enforcementdesk.calendar.Period;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The period options of {@code calendar due}, a mixin of which exactly one must be given. Each option's converter
 * builds the {@link Period} itself, so a bad value is reported as a usage error naming its option, before anything is
 * counted.
 */
final class PeriodOptions {

  private static final Pattern WHOLE = Pattern.compile("\\d+");
  // Digits with an optional fraction, nothing else: BigDecimal alone would also take "1e3", "+2" and "-0.5".
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

  @Option(
      names = "--working-days",
      paramLabel = "N",
      converter = WorkingDays.class,
      description = "N working days: the day of receipt does not count; due at close of office hours of the N-th")
  private Period workingDays;

  @Option(
      names = "--natural-days",
      paramLabel = "N",
      converter = NaturalDays.class,
      description = "N calendar days after the day of receipt, moved to the next working day if the last is not one")
  private Period naturalDays;

  @Option(
      names = "--working-hours",
      paramLabel = "H",
      converter = WorkingHours.class,
      description = "H hours of office time (lunch breaks, nights and rest days skipped); H may be a decimal that"
          + " is a whole number of minutes, e.g. 0.5 or 1.25")
  private Period workingHours;

  @Option(
      names = "--natural-hours",
      paramLabel = "H",
      converter = NaturalHours.class,
      description = "H clock hours from the exact moment of receipt; H as for --working-hours")
  private Period naturalHours;

  @Option(
      names = "--period",
      paramLabel = "TEXT",
      converter = PeriodText.class,
      description = "the period in words, as the library's Period.parse reads it: '3 working days', '1 natural day',"
          + " '30 working minutes', '24 natural hours'")
  private Period text;

  /**
   * The periods given, by option name, in the order the options are declared: exactly one entry is a valid command
   * line. Checked by the command rather than by a picocli exclusive group, whose message for a repeated option
   * ("expected only one match but got ...") would leave a user guessing.
   */
  Map<String, Period> given() {
    Map<String, Period> given = new LinkedHashMap<>();
    put(given, "--working-days", workingDays);
    put(given, "--natural-days", naturalDays);
    put(given, "--working-hours", workingHours);
    put(given, "--natural-hours", naturalHours);
    put(given, "--period", text);
    return given;
  }

  private static void put(Map<String, Period> given, String option, Period period) {
    if (period != null) {
      given.put(option, period);
    }
  }

  private static int days(String value) {
    if (!WHOLE.matcher(value).matches()) {
      throw new TypeConversionException("expected a positive whole number of days such as 3, got '" + value + "'");
    }
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("too many days: '" + value + "'");
    }
    if (n == 0) {
      throw new TypeConversionException("expected a positive whole number of days such as 3, got '" + value + "'");
    }
    return n;
  }

  /** Hours as minutes: the library counts hour periods in whole minutes, so 0.5 is fine and 0.01 is refused. */
  private static long minutes(String value, String adjective) {
    if (!DECIMAL.matcher(value).matches()) {
      throw new TypeConversionException("expected a positive number of hours such as 4 or 0.5, got '" + value + "'");
    }
    BigDecimal minutes = new BigDecimal(value).multiply(BigDecimal.valueOf(60));
    if (minutes.signum() == 0) {
      throw new TypeConversionException("expected a positive number of hours such as 4 or 0.5, got '" + value + "'");
    }
    try {
      return minutes.longValueExact();
    } catch (ArithmeticException e) {
      boolean fraction = minutes.stripTrailingZeros().scale() > 0;
      throw new TypeConversionException(
          fraction
              ? "'" + value + "' hours is not a whole number of minutes; give minutes with --period, e.g. --period"
                  + " '20 " + adjective + " minutes'"
              : "too many hours: '" + value + "'");
    }
  }

  /** Runs a {@link Period} factory, reporting its refusal (a length too large to count) as a conversion error. */
  private static Period checked(Supplier<Period> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** {@code --working-days N}. */
  static final class WorkingDays implements ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      int n = days(value);
      return checked(() -> Period.workingDays(n));
    }
  }

  /** {@code --natural-days N}. */
  static final class NaturalDays implements ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      int n = days(value);
      return checked(() -> Period.naturalDays(n));
    }
  }

  /** {@code --working-hours H}. */
  static final class WorkingHours implements ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      long n = minutes(value, "working");
      return checked(() -> Period.workingMinutes(n));
    }
  }

  /** {@code --natural-hours H}. */
  static final class NaturalHours implements ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      long n = minutes(value, "natural");
      return checked(() -> Period.naturalMinutes(n));
    }
  }

  /** {@code --period TEXT}, read by {@link Period#parse}, whose message already lists the accepted forms. */
  static final class PeriodText implements ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      return checked(() -> Period.parse(value));
    }
  }
}
