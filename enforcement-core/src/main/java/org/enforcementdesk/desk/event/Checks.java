package org.enforcementdesk.desk.event;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.regex.Pattern;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.RequestId;

/** The checks every event shares. */
final class Checks {

  /** Texts written by people into the record are bounded, so that one paste cannot bloat a stream. */
  static final int MAX_TEXT = 2000;

  /** A petition's reference as hosts write them: letters, digits, CJK characters and a little punctuation. */
  private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:/()（）-]{0,63}");

  private Checks() {}

  static void common(RequestId requestId, Instant at, Actor actor) {
    requireNonNull(requestId, "requestId");
    requireNonNull(at, "at");
    requireNonNull(actor, "actor");
  }

  static String text(String what, String text) {
    requireNonNull(text, what);
    String stripped = text.strip();
    checkArgument(!stripped.isEmpty(), "%s must not be blank", what);
    checkArgument(stripped.length() <= MAX_TEXT, "%s must be at most %s characters, has %s", what, MAX_TEXT, stripped.length());
    return stripped;
  }

  static String reference(String reference) {
    requireNonNull(reference, "reference");
    String stripped = reference.strip();
    checkArgument(
        REFERENCE.matcher(stripped).matches(),
        "petition reference must be 1-64 letters, digits or . _ : / ( ) -: \"%s\"",
        stripped);
    return stripped;
  }
}
