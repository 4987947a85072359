package org.enforcementdesk.notify;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * Who a notification is for, by the host's identifiers: the host maps a party id to a phone or app account, a
 * handler id to its user, a tier to the people on duty. No personal data travels in a recipient.
 *
 * @param kind the kind of recipient; not null
 * @param id the party id, handler id, tier name or resolver id; 1-64 letters, digits and {@code . _ : -}
 */
public record Recipient(Kind kind, String id) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  /** The kinds of recipient. */
  public enum Kind {
    /** A party, by party id. */
    PARTY,
    /** A named handler, by the host's user id. */
    HANDLER,
    /** Whoever is on duty at a tier, by the tier's name (e.g. {@code CENTER_DIRECTOR}). */
    TIER,
    /** A resolver account outside the centre, by its id. */
    RESOLVER
  }

  /**
   * Checks the id, which the host resolves to a person or a queue.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is malformed
   */
  public Recipient {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    checkArgument(ID.matcher(id).matches(), "recipient id is malformed: \"%s\"", id);
  }

  /** {@code KIND:id}. */
  @Override
  public String toString() {
    return kind + ":" + id;
  }
}
