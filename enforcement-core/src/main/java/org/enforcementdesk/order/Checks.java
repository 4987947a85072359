package org.enforcementdesk.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.regex.Pattern;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.RequestId;

/** The checks events share beyond {@link org.enforcementdesk.model.FreeText}. */
final class Checks {

  /** A petition's reference as hosts write them: letters, digits, CJK characters and a little punctuation. */
  private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:/()（）-]{0,63}");

  private Checks() {}

  static void common(RequestId requestId, Instant at, Actor actor) {
    requireNonNull(requestId, "requestId");
    requireNonNull(at, "at");
    requireNonNull(actor, "actor");
  }

  static void itemNumber(int item) {
    checkArgument(item >= 1, "rectification item number must be positive: %s", item);
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
