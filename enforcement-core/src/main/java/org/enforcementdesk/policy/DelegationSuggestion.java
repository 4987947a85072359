package org.enforcementdesk.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.enforcementdesk.model.LogSafe;

/**
 * The rules' suggestion to hand a request to someone outside the centre: whom (a kind, and for a village mediator
 * the village) and why. Staff decide whether to delegate; the suggestion is advice.
 *
 * @param kind whom to delegate to; not null
 * @param villageName the party's village, present exactly for {@link DelegationKind#VILLAGE_MEDIATOR}
 * @param reason why, in words a clerk reads; not blank
 */
public record DelegationSuggestion(DelegationKind kind, Optional<String> villageName, String reason) {

  /**
   * Checks the suggestion and strips its texts.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the reason is blank, or the village is blank, missing for a village mediator
   *     or given for anyone else
   */
  public DelegationSuggestion {
    requireNonNull(kind, "kind");
    requireNonNull(villageName, "villageName");
    checkArgument(
        villageName.isPresent() == (kind == DelegationKind.VILLAGE_MEDIATOR),
        "a village is named for a village mediator and for no one else: %s, village %s",
        kind,
        villageName.orElse("none"));
    villageName = villageName.map(village -> Texts.nonBlank("village", village));
    reason = Texts.nonBlank("delegation reason", reason);
  }

  /** A suggestion to delegate to a resolver of {@code kind}, any but a village mediator. */
  public static DelegationSuggestion to(DelegationKind kind, String reason) {
    return new DelegationSuggestion(kind, Optional.empty(), reason);
  }

  /** A suggestion to delegate to the mediation director of the party's village. */
  public static DelegationSuggestion toVillageMediator(String village, String reason) {
    return new DelegationSuggestion(DelegationKind.VILLAGE_MEDIATOR, Optional.of(requireNonNull(village, "village")), reason);
  }

  /** A description safe for logs: free text by its length, ids masked where they look like personal data. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
