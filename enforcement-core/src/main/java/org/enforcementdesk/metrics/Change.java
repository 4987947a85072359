package org.enforcementdesk.metrics;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How an indicator moved against an earlier period: the difference of the values and the relative change {@code
 * (current - earlier) / earlier}, both from the exact fractions and rounded only at the end. A case-visit ratio of
 * 0.9413 against 1.0000 a year earlier is a relative change of {@code -5.87%}. Not applicable when either value is,
 * and the relative change also when the earlier value is zero.
 *
 * <p>Immutable.
 */
public final class Change {

  private final BigInteger numerator;
  private final BigInteger denominator;
  private final BigInteger earlierNumerator;
  private final int scale;
  private final String notApplicable;

  private Change(
      BigInteger numerator, BigInteger denominator, BigInteger earlierNumerator, int scale, String notApplicable) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.earlierNumerator = earlierNumerator;
    this.scale = scale;
    this.notApplicable = notApplicable;
  }

  /**
   * The change from {@code earlier} to {@code current}.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the units differ
   */
  public static Change between(Measure current, Measure earlier) {
    requireNonNull(current, "current");
    requireNonNull(earlier, "earlier");
    if (current.unit() != earlier.unit()) {
      throw new IllegalArgumentException("cannot compare " + current.unit() + " with " + earlier.unit());
    }
    if (!earlier.isApplicable()) {
      return new Change(null, null, null, 0, "earlier value not applicable");
    }
    if (!current.isApplicable()) {
      return new Change(null, null, null, 0, "current value not applicable");
    }
    // a/b - c/d = (ad - cb) / bd; kept as a fraction over bd so that both results round once.
    BigInteger a = current.exactNumerator();
    BigInteger b = current.exactDenominator();
    BigInteger c = earlier.exactNumerator();
    BigInteger d = earlier.exactDenominator();
    int scale = current.unit() == Unit.RATE || current.unit() == Unit.RATIO ? Measure.VALUE_SCALE : 0;
    return new Change(a.multiply(d).subtract(c.multiply(b)), b.multiply(d), c.multiply(b), scale, null);
  }

  /** Whether both values exist, so that the difference does. */
  public boolean isApplicable() {
    return notApplicable == null;
  }

  /** Why there is no change, e.g. {@code earlier value not applicable}; empty when there is one. */
  public Optional<String> notApplicableReason() {
    return Optional.ofNullable(notApplicable);
  }

  /**
   * {@code current - earlier}, in the indicator's unit: rates and ratios to six decimal places (half up), counts and
   * seconds exactly; empty when not applicable.
   */
  public Optional<BigDecimal> difference() {
    if (!isApplicable()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP));
  }

  /**
   * {@code (current - earlier) / earlier} to six decimal places (half up); empty when not applicable or when the
   * earlier value is zero.
   */
  public Optional<BigDecimal> relative() {
    if (!isApplicable() || earlierNumerator.signum() == 0) {
      return Optional.empty();
    }
    // (ad - cb) / bd divided by c/d is (ad - cb) / cb.
    return Optional.of(
        new BigDecimal(numerator)
            .divide(new BigDecimal(earlierNumerator), Measure.VALUE_SCALE, RoundingMode.HALF_UP));
  }

  /** The relative change as a signed percentage with two decimals, e.g. {@code -5.87%}, or {@code n/a}. */
  public String display() {
    if (!isApplicable() || earlierNumerator.signum() == 0) {
      return "n/a";
    }
    return Measure.percent(numerator, earlierNumerator, true);
  }

  /** Why the relative change cannot be given, or empty when it can. */
  public Optional<String> relativeNotApplicableReason() {
    if (!isApplicable()) {
      return notApplicableReason();
    }
    return earlierNumerator.signum() == 0 ? Optional.of("earlier value is zero") : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Change that
        && Objects.equals(difference(), that.difference())
        && Objects.equals(relative(), that.relative())
        && Objects.equals(notApplicable, that.notApplicable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(difference(), relative(), notApplicable);
  }

  /** The display, with the reason when not applicable. */
  @Override
  public String toString() {
    return relativeNotApplicableReason().map(reason -> "n/a (" + reason + ")").orElseGet(this::display);
  }
}
