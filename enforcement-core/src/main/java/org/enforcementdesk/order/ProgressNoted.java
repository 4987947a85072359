package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;

/**
 * 进展: the handler recorded progress; the first contact with the party stops the response clock.
 *
 * @param requestId the work order the event concerns
 * @param at when it happened
 * @param actor who did it
 * @param note what was done; not blank
 * @param firstContact whether this was a contact with the party
 * @param audience who the note is for: the party is told only of a note meant for them; not null
 */
public record ProgressNoted(
    RequestId requestId, Instant at, Actor actor, String note, boolean firstContact, NoteAudience audience)
    implements WorkOrderEvent {
  /**
   * Checks the event and strips the note.
   *
   * @throws NullPointerException if the audience is null
   * @throws IllegalArgumentException if the note is blank or too long
   */
  public ProgressNoted {
    Checks.common(requestId, at, actor);
    note = FreeText.required("note", note);
    requireNonNull(audience, "audience");
  }

  @Override
  public String kind() {
    return "ProgressNoted";
  }

  @Override
  public <R> R accept(WorkOrderEvent.Visitor<R> visitor) {
    return visitor.progressNoted(this);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
