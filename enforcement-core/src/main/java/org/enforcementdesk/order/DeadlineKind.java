package org.enforcementdesk.order;

import java.util.Optional;
import org.enforcementdesk.sla.SlaTarget;

/** Which of a work order's deadlines: one of its three SLA clocks', the pending delegation's, or a rectification item's. */
public enum DeadlineKind {
  /** The response clock's (响应). */
  RESPONSE,
  /** The resolution clock's (办结), the one the party is told. */
  RESOLUTION,
  /** The callback clock's (回访). */
  CALLBACK,
  /** The pending delegation's own deadline. */
  DELEGATION,
  /** An open rectification item's. */
  RECTIFICATION;

  /** The SLA clock this deadline is, if it is one. */
  public Optional<SlaTarget> clock() {
    return switch (this) {
      case RESPONSE -> Optional.of(SlaTarget.RESPONSE);
      case RESOLUTION -> Optional.of(SlaTarget.RESOLUTION);
      case CALLBACK -> Optional.of(SlaTarget.CALLBACK);
      case DELEGATION, RECTIFICATION -> Optional.empty();
    };
  }

  /** The kind of an SLA clock's deadline. */
  public static DeadlineKind of(SlaTarget target) {
    return switch (target) {
      case RESPONSE -> RESPONSE;
      case RESOLUTION -> RESOLUTION;
      case CALLBACK -> CALLBACK;
    };
  }
}
