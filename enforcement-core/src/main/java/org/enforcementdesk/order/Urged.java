package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;

/**
 * 催办: the party chased the request, or submitted a duplicate of it, which is kept whole here and counted as an
 * urge rather than opening a second order.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param text what the party said; may be empty
 * @param duplicate the duplicate submission; empty for a plain urge
 */
public record Urged(RequestId requestId, Instant at, Actor actor, String text, Optional<Request> duplicate)
    implements WorkOrderEvent {
  /**
   * Checks the event and strips the text.
   *
   * @throws IllegalArgumentException if the text is too long
   */
  public Urged {
    Checks.common(requestId, at, actor);
    text = FreeText.optional("text", text);
    requireNonNull(duplicate, "duplicate");
  }

  @Override
  public String kind() {
    return "Urged";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.urged(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
