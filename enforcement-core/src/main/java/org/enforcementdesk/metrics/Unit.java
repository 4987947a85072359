package org.enforcementdesk.metrics;

/** What an indicator's value is, and so how it is written and compared. */
public enum Unit {
  /** A share of a whole: numerator over denominator, always in [0, 1]; shown as a percentage. */
  RATE("rate"),
  /** A ratio of two counts that may exceed 1 (案访比); shown as a percentage. */
  RATIO("ratio"),
  /** A count of things in the period. */
  COUNT("count"),
  /** A duration, in whole seconds: a quantile of the durations measured in the period. */
  DURATION("seconds");

  private final String jsonName;

  Unit(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name written in JSON, e.g. {@code rate}; not null. */
  public String jsonName() {
    return jsonName;
  }
}
