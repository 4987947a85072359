package org.enforcementdesk.rules;

import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;

/**
 * One layer of intake settings that rules fill in: urgency, the three targets as period text ("4 working hours"),
 * and the starting tier. A layer leaves unset what it does not decide, so a layer above inherits it from the one
 * below (see {@link IntakeResult}). Mutable, but lives only inside one decision.
 */
public final class Baseline {

  private Urgency urgency;
  private String response;
  private String resolution;
  private String callback;
  private Tier startTier;

  Baseline() {}

  /** Sets the urgency. */
  public void urgency(Urgency value) {
    this.urgency = value;
  }

  /** Sets the first-contact target, as period text, e.g. {@code "4 working hours"}. */
  public void responsePeriod(String period) {
    this.response = period;
  }

  /** Sets the resolution target, as period text, e.g. {@code "3 working days"}. */
  public void resolutionPeriod(String period) {
    this.resolution = period;
  }

  /** Sets the satisfaction-callback target, as period text, e.g. {@code "2 working days"}. */
  public void callbackPeriod(String period) {
    this.callback = period;
  }

  /** Sets the tier that handles the request first. */
  public void startTier(Tier tier) {
    this.startTier = tier;
  }

  Urgency urgency() {
    return urgency;
  }

  String response() {
    return response;
  }

  String resolution() {
    return resolution;
  }

  String callback() {
    return callback;
  }

  Tier tier() {
    return startTier;
  }
}
