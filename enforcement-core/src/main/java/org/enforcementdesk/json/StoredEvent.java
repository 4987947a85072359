package org.enforcementdesk.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * An event as a ledger stores it: the kind's stable name (never a Java class name), the schema version of its JSON,
 * and the JSON. {@link EventJson} writes and reads it.
 *
 * @param type the event's kind, e.g. {@code Accepted}; not blank
 * @param schemaVersion the version of that kind's stored form; positive
 * @param payload the event's JSON object; not blank
 */
public record StoredEvent(String type, int schemaVersion, String payload) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the type or payload is blank, or the version is not positive
   */
  public StoredEvent {
    requireNonNull(type, "type");
    requireNonNull(payload, "payload");
    checkArgument(!type.isBlank(), "event type must not be blank");
    checkArgument(schemaVersion > 0, "schema version must be positive: %s", schemaVersion);
    checkArgument(!payload.isBlank(), "payload of %s must not be blank", type);
  }
}
