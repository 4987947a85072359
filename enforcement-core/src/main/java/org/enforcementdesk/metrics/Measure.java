package org.enforcementdesk.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of an indicator: the exact counts behind it and the value they give, or "not applicable" with the reason
 * (a zero denominator, a figure the host did not supply, nothing measured). Counts are exact; a rate is the exact
 * fraction {@code numerator / denominator}, rounded only when it is shown: {@link #value()} to six decimal places,
 * {@link #display()} to two decimals of a percent, both half up (166 of 394 shows as {@code 42.13%}).
 *
 * <p>Immutable.
 */
public final class Measure {

  /** The number of decimal places of a rate's or ratio's {@link #value()}. */
  public static final int VALUE_SCALE = 6;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Unit unit;
  private final long numerator;
  private final long denominator;
  private final long seconds;
  private final String notApplicable;

  private Measure(Unit unit, long numerator, long denominator, long seconds, String notApplicable) {
    this.unit = unit;
    this.numerator = numerator;
    this.denominator = denominator;
    this.seconds = seconds;
    this.notApplicable = notApplicable;
  }

  /**
   * A count.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static Measure count(long count) {
    checkArgument(count >= 0, "count cannot be negative: %s", count);
    return new Measure(Unit.COUNT, count, 0, 0, null);
  }

  /**
   * A rate: {@code numerator} of {@code denominator}; not applicable when the denominator is zero.
   *
   * @throws IllegalArgumentException if a count is negative or the numerator exceeds the denominator
   */
  public static Measure rate(long numerator, long denominator) {
    checkArgument(
        numerator >= 0 && denominator >= 0, "rate counts cannot be negative: %s of %s", numerator, denominator);
    checkArgument(numerator <= denominator, "a rate's numerator exceeds its denominator: %s of %s", numerator, denominator);
    return new Measure(Unit.RATE, numerator, denominator, 0, denominator == 0 ? "zero denominator" : null);
  }

  /**
   * A ratio of two counts that may exceed 1; not applicable when the denominator is zero.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static Measure ratio(long numerator, long denominator) {
    checkArgument(
        numerator >= 0 && denominator >= 0, "ratio counts cannot be negative: %s over %s", numerator, denominator);
    return new Measure(Unit.RATIO, numerator, denominator, 0, denominator == 0 ? "zero denominator" : null);
  }

  /**
   * A duration measured over {@code samples} things; not applicable when nothing was measured.
   *
   * @param samples how many durations the value summarises
   * @param seconds the value in whole seconds (ignored when {@code samples} is zero)
   * @throws IllegalArgumentException if a count is negative
   */
  public static Measure duration(long samples, long seconds) {
    checkArgument(samples >= 0 && seconds >= 0, "duration counts cannot be negative: %s samples, %s s", samples, seconds);
    return samples == 0
        ? new Measure(Unit.DURATION, 0, 0, 0, "nothing measured")
        : new Measure(Unit.DURATION, samples, 0, seconds, null);
  }

  /**
   * A value that cannot be given, and why.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Measure notApplicable(Unit unit, String reason) {
    return new Measure(requireNonNull(unit, "unit"), 0, 0, 0, requireNonNull(reason, "reason"));
  }

  /** The unit; not null. */
  public Unit unit() {
    return unit;
  }

  /** Whether there is a value: false for a zero denominator, a missing host figure or nothing measured. */
  public boolean isApplicable() {
    return notApplicable == null;
  }

  /** Why there is no value, e.g. {@code zero denominator}; empty when there is one. */
  public Optional<String> notApplicableReason() {
    return Optional.ofNullable(notApplicable);
  }

  /** The numerator of a rate or ratio, or the count; the number of samples of a duration. */
  public long numerator() {
    return numerator;
  }

  /** The denominator of a rate or ratio; 0 for counts and durations. */
  public long denominator() {
    return denominator;
  }

  /** How many durations a duration value summarises; 0 for other units. */
  public long samples() {
    return unit == Unit.DURATION ? numerator : 0;
  }

  /** The duration value, if this is an applicable duration. */
  public Optional<Duration> duration() {
    return unit == Unit.DURATION && isApplicable() ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
  }

  /**
   * The value: a rate or ratio to {@value #VALUE_SCALE} decimal places (half up), a count, or a duration in seconds;
   * empty when not applicable.
   */
  public Optional<BigDecimal> value() {
    if (!isApplicable()) {
      return Optional.empty();
    }
    switch (unit) {
      case RATE:
      case RATIO:
        return Optional.of(
            BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), VALUE_SCALE, RoundingMode.HALF_UP));
      case COUNT:
        return Optional.of(BigDecimal.valueOf(numerator));
      default:
        return Optional.of(BigDecimal.valueOf(seconds));
    }
  }

  /**
   * The value as a person reads it: {@code 42.13%} for rates and ratios (two decimals of a percent, half up, from the
   * exact fraction), {@code 12} for counts, {@code PT2H30M} for durations, {@code n/a} when not applicable.
   */
  public String display() {
    if (!isApplicable()) {
      return "n/a";
    }
    switch (unit) {
      case RATE:
      case RATIO:
        return percent(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator), false);
      case COUNT:
        return Long.toString(numerator);
      default:
        return Duration.ofSeconds(seconds).toString();
    }
  }

  /** The exact value's numerator for comparisons: the value is {@code exactNumerator() / exactDenominator()}. */
  BigInteger exactNumerator() {
    return BigInteger.valueOf(unit == Unit.DURATION ? seconds : numerator);
  }

  /** The exact value's denominator: the denominator of a rate or ratio, else 1. */
  BigInteger exactDenominator() {
    return unit == Unit.RATE || unit == Unit.RATIO ? BigInteger.valueOf(denominator) : BigInteger.ONE;
  }

  /** {@code p / q} as a percentage with two decimals, half up, with a sign when asked for. */
  static String percent(BigInteger p, BigInteger q, boolean signed) {
    BigDecimal percent = new BigDecimal(p).multiply(HUNDRED).divide(new BigDecimal(q), 2, RoundingMode.HALF_UP);
    return (signed && percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Measure that
        && unit == that.unit
        && numerator == that.numerator
        && denominator == that.denominator
        && seconds == that.seconds
        && Objects.equals(notApplicable, that.notApplicable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, numerator, denominator, seconds, notApplicable);
  }

  /** E.g. {@code 166/394 = 42.13%}, {@code 12}, {@code PT2H (5 samples)}, {@code n/a (zero denominator)}. */
  @Override
  public String toString() {
    if (!isApplicable()) {
      return "n/a (" + notApplicable + ")";
    }
    switch (unit) {
      case RATE:
      case RATIO:
        return numerator + "/" + denominator + " = " + display();
      case COUNT:
        return display();
      default:
        return display() + " (" + numerator + " samples)";
    }
  }
}
