package org.enforcementdesk.sla;

import static java.util.Objects.requireNonNull;

import org.enforcementdesk.calendar.Period;

/**
 * The periods a work order is held to, as the decision policy sets them at intake: first contact, resolution and the
 * satisfaction callback after resolution.
 *
 * @param response the period for first contact, from receipt; not null
 * @param resolution the period for resolution, from receipt; not null
 * @param callback the period for the satisfaction callback, from resolution; not null
 */
public record SlaTargets(Period response, Period resolution, Period callback) {

  /**
   * Checks that all three periods are given.
   *
   * @throws NullPointerException if any period is null
   */
  public SlaTargets {
    requireNonNull(response, "response");
    requireNonNull(resolution, "resolution");
    requireNonNull(callback, "callback");
  }

  /** The period for one target; not null. */
  public Period period(SlaTarget target) {
    return switch (requireNonNull(target, "target")) {
      case RESPONSE -> response;
      case RESOLUTION -> resolution;
      case CALLBACK -> callback;
    };
  }
}
