package org.enforcementdesk.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.policy.DelegationKind;

/**
 * Whom a work order was delegated to: a kind of resolver and the account that acts for it (the pre-enforcement team,
 * a department's liaison, a special mediator, a village mediation director).
 *
 * @param kind the kind of resolver; not null
 * @param resolverId the resolver account's id, as actors carry it; 1-64 letters, digits and {@code . _ : -}
 * @param name a display name, e.g. {@code 后沁村调解主任}; not blank, at most 60 characters
 */
public record DelegationTarget(DelegationKind kind, String resolverId, String name) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  /**
   * Checks the account id and strips the display name.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is malformed or the name blank or too long
   */
  public DelegationTarget {
    requireNonNull(kind, "kind");
    requireNonNull(resolverId, "resolverId");
    checkArgument(ID.matcher(resolverId).matches(), "resolver id is malformed: \"%s\"", resolverId);
    name = requireNonNull(name, "name").strip();
    checkArgument(!name.isEmpty() && name.length() <= 60, "resolver name must be 1-60 characters: \"%s\"", name);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
