package org.enforcementdesk.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;


/**
 * An event as stored: its place in its work order's stream (1 for the first) and the event itself.
 *
 * @param version the event's position in its stream, from 1
 * @param event the event; not null
 */
public record RecordedEvent(long version, WorkOrderEvent event) {

  /**
   * Checks that the version is a position in a stream, from 1.
   *
   * @throws NullPointerException if {@code event} is null
   * @throws IllegalArgumentException if {@code version} is not positive
   */
  public RecordedEvent {
    checkArgument(version > 0, "event version must be positive: %s", version);
    requireNonNull(event, "event");
  }
}
