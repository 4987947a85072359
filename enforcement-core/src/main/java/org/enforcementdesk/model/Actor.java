package org.enforcementdesk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * Who did something: a role and the host's identifier of the person or account (for a party, the party id). Every
 * event records its actor, so the court can prove afterwards who did what.
 *
 * @param role the role acted in; not null
 * @param id the host's identifier; 1-64 letters, digits and {@code . _ : -}
 */
public record Actor(ActorRole role, String id) {

  // Declared before SYSTEM: static fields initialise in order, and SYSTEM's constructor already needs the pattern.
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  /** The library itself, acting on a clock tick. */
  public static final Actor SYSTEM = new Actor(ActorRole.SYSTEM, "enforcement-desk");

  /**
   * Checks the id, which hosts take from their own accounts.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is malformed
   */
  public Actor {
    requireNonNull(role, "actor role");
    requireNonNull(id, "actor id");
    checkArgument(
        ID.matcher(id).matches(),
        "actor id must be 1-64 letters, digits and . _ : - starting with a letter or digit: %s",
        LogSafe.text(id));
  }

  /** A party acting on their own requests. */
  public static Actor party(String partyId) {
    return new Actor(ActorRole.PARTY, partyId);
  }

  /** An officer of the service centre. */
  public static Actor officer(String id) {
    return new Actor(ActorRole.OFFICER, id);
  }

  /** The centre's director. */
  public static Actor director(String id) {
    return new Actor(ActorRole.CENTER_DIRECTOR, id);
  }

  /** A bureau leader. */
  public static Actor bureauLeader(String id) {
    return new Actor(ActorRole.BUREAU_LEADER, id);
  }

  /** A resolver account (pre-enforcement team or external). */
  public static Actor resolver(ActorRole role, String id) {
    checkArgument(role.isResolver(), "not a resolver role: %s", role);
    return new Actor(role, id);
  }

  /**
   * {@code ROLE:id}, e.g. {@code OFFICER:o-17}; an id that looks like a phone or identity number (hosts often use
   * one for a party) is masked, since this is what messages and logs quote.
   */
  @Override
  public String toString() {
    return role + ":" + PersonalData.maskText(id);
  }
}
