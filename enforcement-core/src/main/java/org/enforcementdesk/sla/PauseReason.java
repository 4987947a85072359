package org.enforcementdesk.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.enforcementdesk.model.FreeText;

/**
 * Why a clock was paused: a typed kind and, for {@link PauseKind#OTHER} necessarily, a note in words.
 *
 * @param kind the kind of reason; not null
 * @param note what the handler wrote; empty only if the kind is not {@code OTHER}; at most {@value FreeText#MAX_LENGTH} characters
 */
public record PauseReason(PauseKind kind, String note) {

  /**
   * Checks the reason and strips the note.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the kind is {@code OTHER} and the note is blank, or the note is too long
   */
  public PauseReason {
    requireNonNull(kind, "pause kind");
    note = FreeText.optional("pause note", note);
    checkArgument(kind != PauseKind.OTHER || !note.isEmpty(), "a pause for another reason must say what it is");
  }

  /**
   * A reason of a typed kind without a note.
   *
   * @throws IllegalArgumentException if {@code kind} is {@code OTHER}, which needs a note
   */
  public static PauseReason of(PauseKind kind) {
    return new PauseReason(kind, "");
  }

  /**
   * A reason of any other kind, written out.
   *
   * @throws IllegalArgumentException if {@code note} is blank or longer than {@value FreeText#MAX_LENGTH} characters
   */
  public static PauseReason other(String note) {
    return new PauseReason(PauseKind.OTHER, note);
  }
}
