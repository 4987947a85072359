package org.enforcementdesk.metrics;

/** The durations a tally keeps whole, because quantiles do not add up: each duration indicator reads one of them. */
enum SampleSet {
  FIRST_CONTACT_WORKING,
  FIRST_CONTACT_NATURAL,
  RESOLUTION_WORKING,
  RESOLUTION_NATURAL;

  /** The sample set a duration indicator reads. */
  static SampleSet of(IndicatorId id) {
    switch (id) {
      case FIRST_CONTACT_MEDIAN_WORKING:
      case FIRST_CONTACT_P90_WORKING:
        return FIRST_CONTACT_WORKING;
      case FIRST_CONTACT_MEDIAN_NATURAL:
      case FIRST_CONTACT_P90_NATURAL:
        return FIRST_CONTACT_NATURAL;
      case RESOLUTION_MEDIAN_WORKING:
      case RESOLUTION_P90_WORKING:
        return RESOLUTION_WORKING;
      case RESOLUTION_MEDIAN_NATURAL:
      case RESOLUTION_P90_NATURAL:
        return RESOLUTION_NATURAL;
      default:
        throw new IllegalArgumentException(id.id() + " is not a duration indicator");
    }
  }

  /** Whether a duration indicator is a median (else a 90th percentile). */
  static boolean isMedian(IndicatorId id) {
    return id.id().contains("_median_");
  }
}
