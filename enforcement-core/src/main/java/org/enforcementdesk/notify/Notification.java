package org.enforcementdesk.notify;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.util.Map;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.PersonalDataErasure;

/**
 * One message to deliver: its kind, the request it names, its recipient, when it arose, and the values its template
 * fills in (case number, type name, deadline, reason, ...). Values are already safe to show: personal data in them is
 * masked by whoever creates the notification.
 *
 * <p>The idempotency key is derived from the event that caused the notification, so replaying or retrying never
 * makes a second one: a sink that sees a key twice must deliver once.
 *
 * @param idempotencyKey unique per notification, stable across retries; not blank, at most 200 characters
 * @param kind what kind of message; not null
 * @param requestId the request it names; not null
 * @param recipient who it is for; not null
 * @param at when it arose; not null
 * @param values the template's values by name; not null
 */
public record Notification(
    String idempotencyKey,
    NotificationKind kind,
    RequestId requestId,
    Recipient recipient,
    Instant at,
    ImmutableSortedMap<String, String> values) {

  /**
   * Checks the key, which the sink deduplicates by, and that nothing is missing.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the key is blank or too long
   */
  public Notification {
    requireNonNull(idempotencyKey, "idempotencyKey");
    checkArgument(
        !idempotencyKey.isBlank() && idempotencyKey.length() <= 200,
        "idempotency key must be 1-200 characters: \"%s\"",
        idempotencyKey);
    requireNonNull(kind, "kind");
    requireNonNull(requestId, "requestId");
    requireNonNull(recipient, "recipient");
    requireNonNull(at, "at");
    values = ImmutableSortedMap.copyOf(requireNonNull(values, "values"));
  }

  /**
   * A notification with these template values.
   *
   * @throws NullPointerException if an argument or a value is null
   */
  public static Notification of(
      String idempotencyKey,
      NotificationKind kind,
      RequestId requestId,
      Recipient recipient,
      Instant at,
      Map<String, String> values) {
    return new Notification(idempotencyKey, kind, requestId, recipient, at, ImmutableSortedMap.copyOf(values));
  }

  /**
   * This notification with every template value replaced by {@link PersonalDataErasure#ERASED}: what is kept of a
   * notification to a party whose personal data was erased (a progress note to the party is among its values).
   */
  public Notification erased() {
    ImmutableSortedMap.Builder<String, String> erased = ImmutableSortedMap.naturalOrder();
    values.keySet().forEach(name -> erased.put(name, PersonalDataErasure.ERASED));
    return new Notification(idempotencyKey, kind, requestId, recipient, at, erased.build());
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
