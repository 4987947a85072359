package org.enforcementdesk.examples.simulate;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A choice among values with relative weights, drawn with a seeded random: the mix of channels, request types and
 * causes of action. Immutable; the order the values were given in is the order they are searched, so a draw depends
 * only on the random number.
 *
 * @param <T> the kind of value
 */
final class Weighted<T> {

  private final List<T> values;
  private final double[] cumulative;

  private Weighted(List<T> values, double[] cumulative) {
    this.values = values;
    this.cumulative = cumulative;
  }

  /** Starts a table; add each value with its weight. */
  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Draws one value. */
  T draw(SplittableRandom random) {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] > x) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return values.get(low);
  }

  /** Collects weighted values. */
  static final class Builder<T> {
    private final List<T> values = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    /**
     * Adds a value.
     *
     * @throws IllegalArgumentException if the weight is not positive
     */
    Builder<T> add(T value, double weight) {
      checkArgument(weight > 0, "weight must be positive: %s", weight);
      values.add(value);
      weights.add(weight);
      return this;
    }

    Weighted<T> build() {
      checkArgument(!values.isEmpty(), "a weighted choice needs at least one value");
      double[] cumulative = new double[weights.size()];
      double sum = 0;
      for (int i = 0; i < cumulative.length; i++) {
        sum += weights.get(i);
        cumulative[i] = sum;
      }
      return new Weighted<>(List.copyOf(values), cumulative);
    }
  }
}
