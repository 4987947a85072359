package org.enforcementdesk.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A legal or service period (期间) of one of the four {@link PeriodKind kinds}: "2 natural hours", "4 working hours",
 * "3 working days", "7 natural days". Hour kinds carry a positive duration in whole minutes (the rule book uses "30
 * natural minutes"); day kinds carry a positive number of days. When it is due from a given start is the business of
 * {@link WorkingCalendar#due}.
 *
 * <p>Immutable value: two periods are equal when kind and length are equal. The text form is what rule files and the
 * command line use; {@code Period.parse(p.toString()).equals(p)} for every period {@code p}.
 *
 * <pre>{@code
 * Period response = Period.workingHours(4);            // "4 working hours"
 * Period urgent = Period.parse("30 natural minutes");
 * Period resolution = Period.workingDays(3).plus(Period.workingDays(2));   // "5 working days"
 * }</pre>
 */
public final class Period {

  private static final Pattern TEXT =
      Pattern.compile(
          "\\s*(\\d+)\\s+(natural|working)\\s+(minute|hour|day)(s?)\\s*", Pattern.CASE_INSENSITIVE);

  private static final String ACCEPTED_FORMS =
      "'<n> natural minutes', '<n> natural hours', '<n> working minutes', '<n> working hours', '<n> working days' or"
          + " '<n> natural days', n a positive whole number, singular unit for 1 (e.g. '1 working day')";

  private final PeriodKind kind;
  // Minutes for hour kinds, days for day kinds: one field keeps equals, plus and the text form uniform.
  private final long amount;

  private Period(PeriodKind kind, long amount) {
    this.kind = kind;
    this.amount = amount;
  }

  /**
   * A period of clock hours from the exact moment of receipt.
   *
   * @param hours the number of hours, positive
   * @return "{@code hours} natural hours"
   * @throws IllegalArgumentException if {@code hours} is not positive or too large to count in minutes
   */
  public static Period naturalHours(long hours) {
    return ofHours(PeriodKind.NATURAL_HOURS, hours);
  }

  /**
   * A period of clock minutes from the exact moment of receipt.
   *
   * @param minutes the number of minutes, positive
   * @return "{@code minutes} natural minutes"
   * @throws IllegalArgumentException if {@code minutes} is not positive or too large for a {@link Duration}
   */
  public static Period naturalMinutes(long minutes) {
    return ofMinutes(PeriodKind.NATURAL_HOURS, minutes);
  }

  /**
   * A period of office hours.
   *
   * @param hours the number of hours, positive
   * @return "{@code hours} working hours"
   * @throws IllegalArgumentException if {@code hours} is not positive or too large to count in minutes
   */
  public static Period workingHours(long hours) {
    return ofHours(PeriodKind.WORKING_HOURS, hours);
  }

  /**
   * A period of office minutes.
   *
   * @param minutes the number of minutes, positive
   * @return "{@code minutes} working minutes"
   * @throws IllegalArgumentException if {@code minutes} is not positive or too large for a {@link Duration}
   */
  public static Period workingMinutes(long minutes) {
    return ofMinutes(PeriodKind.WORKING_HOURS, minutes);
  }

  /**
   * A period of working days after the day of receipt.
   *
   * @param days the number of days, positive
   * @return "{@code days} working days"
   * @throws IllegalArgumentException if {@code days} is not positive
   */
  public static Period workingDays(int days) {
    return of(PeriodKind.WORKING_DAYS, days);
  }

  /**
   * A period of calendar days after the day of receipt.
   *
   * @param days the number of days, positive
   * @return "{@code days} natural days"
   * @throws IllegalArgumentException if {@code days} is not positive
   */
  public static Period naturalDays(int days) {
    return of(PeriodKind.NATURAL_DAYS, days);
  }

  /**
   * A period of an hour kind with the given length.
   *
   * @param kind {@link PeriodKind#NATURAL_HOURS} or {@link PeriodKind#WORKING_HOURS}, not null
   * @param duration positive and in whole minutes, not null
   * @return the period
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code kind} counts days, or {@code duration} is not positive or not whole
   *     minutes
   */
  public static Period of(PeriodKind kind, Duration duration) {
    checkNotNull(kind, "kind");
    checkNotNull(duration, "duration");
    checkArgument(!kind.countsDays(), "%s periods count days, not a duration: %s", kind, duration);
    checkArgument(
        !duration.isNegative() && !duration.isZero(), "%s duration must be positive: %s", kind, duration);
    checkArgument(
        duration.toSecondsPart() == 0 && duration.toNanosPart() == 0,
        "%s periods must be whole minutes: %s",
        kind,
        duration);
    return ofMinutes(kind, duration.toMinutes());
  }

  /**
   * A period of a day kind with the given number of days.
   *
   * @param kind {@link PeriodKind#WORKING_DAYS} or {@link PeriodKind#NATURAL_DAYS}, not null
   * @param days the number of days, positive
   * @return the period
   * @throws NullPointerException if {@code kind} is null
   * @throws IllegalArgumentException if {@code kind} is an hour kind or {@code days} is not positive
   */
  public static Period of(PeriodKind kind, int days) {
    checkNotNull(kind, "kind");
    checkArgument(kind.countsDays(), "%s periods are a duration, not days: %s", kind, days);
    checkArgument(days > 0, "%s days must be positive: %s", kind.adjective(), days);
    return new Period(kind, days);
  }

  /**
   * Reads the text form: {@code "3 working days"}, {@code "1 working day"}, {@code "30 natural minutes"}, {@code "2
   * natural hours"}, {@code "4 working hours"}, {@code "7 natural days"}. Words are matched ignoring case; blanks
   * around and between them are allowed; the unit is singular exactly when the number is 1.
   *
   * @param text the text, not null
   * @return the period
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not one of the accepted forms (the message quotes it and lists
   *     them) or the number is not positive or too large
   */
  public static Period parse(CharSequence text) {
    checkNotNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("unrecognised period: \"" + text + "\"; expected " + ACCEPTED_FORMS);
    }
    long n;
    try {
      n = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("period is too long: \"" + text + "\"", e);
    }
    boolean plural = !m.group(4).isEmpty();
    if (plural == (n == 1)) {
      throw new IllegalArgumentException(
          "unit does not agree with the number in period: \"" + text + "\"; expected " + ACCEPTED_FORMS);
    }
    boolean working = m.group(2).equalsIgnoreCase("working");
    String unit = m.group(3).toLowerCase(Locale.ROOT);
    switch (unit) {
      case "minute":
        return working ? workingMinutes(n) : naturalMinutes(n);
      case "hour":
        return working ? workingHours(n) : naturalHours(n);
      default:
        checkArgument(n <= Integer.MAX_VALUE, "period is too long: \"%s\"", text);
        return working ? workingDays((int) n) : naturalDays((int) n);
    }
  }

  /**
   * The kind of this period.
   *
   * @return the kind, not null
   */
  public PeriodKind kind() {
    return kind;
  }

  /**
   * The length of an hour-kind period.
   *
   * @return a positive duration in whole minutes, not null
   * @throws IllegalStateException if this period counts days
   */
  public Duration duration() {
    if (kind.countsDays()) {
      throw new IllegalStateException("a day period has no duration: " + this);
    }
    return Duration.ofMinutes(amount);
  }

  /**
   * The length of a day-kind period.
   *
   * @return the positive number of days
   * @throws IllegalStateException if this period is an hour kind
   */
  public int days() {
    if (!kind.countsDays()) {
      throw new IllegalStateException("an hour period has no number of days: " + this);
    }
    return (int) amount;
  }

  /**
   * The period as long as this one and {@code other} together. Associative and commutative; for working hours and
   * working days, {@code due(due(s, a), b)} equals {@code due(s, a.plus(b))} (see {@link WorkingCalendar#due}).
   *
   * @param other a period of the same kind, not null
   * @return the sum
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the kinds differ
   * @throws ArithmeticException if the sum overflows
   */
  public Period plus(Period other) {
    checkNotNull(other, "other");
    checkArgument(kind == other.kind, "cannot add %s to %s: the kinds differ", other, this);
    long sum = Math.addExact(amount, other.amount);
    return kind.countsDays() ? of(kind, Math.toIntExact(sum)) : ofMinutes(kind, sum);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Period && ((Period) o).kind == kind && ((Period) o).amount == amount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, amount);
  }

  /**
   * The text form that {@link #parse} reads: whole hours print as hours, other durations as minutes.
   *
   * @return e.g. {@code "3 working days"}, {@code "1 natural hour"}, {@code "90 working minutes"}
   */
  @Override
  public String toString() {
    long n = amount;
    String unit;
    if (kind.countsDays()) {
      unit = "day";
    } else if (amount % 60 == 0) {
      n = amount / 60;
      unit = "hour";
    } else {
      unit = "minute";
    }
    return n + " " + kind.adjective() + " " + unit + (n == 1 ? "" : "s");
  }

  private static Period ofHours(PeriodKind kind, long hours) {
    checkArgument(hours > 0, "%s hours must be positive: %s", kind.adjective(), hours);
    checkArgument(hours <= Long.MAX_VALUE / 3600, "%s hours too long: %s", kind.adjective(), hours);
    return new Period(kind, hours * 60);
  }

  private static Period ofMinutes(PeriodKind kind, long minutes) {
    checkArgument(minutes > 0, "%s minutes must be positive: %s", kind.adjective(), minutes);
    // Duration keeps seconds in a long: the length must stay representable as a Duration.
    checkArgument(minutes <= Long.MAX_VALUE / 60, "%s minutes too long: %s", kind.adjective(), minutes);
    return new Period(kind, minutes);
  }
}
