package org.enforcementdesk.policy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The rules' suggestion to hand a request to someone outside the centre: whom (a kind, and for a village mediator
 * the village) and why. Staff decide whether to delegate; the suggestion is advice.
 *
 * @param kind whom to delegate to; not null
 * @param village the party's village, for {@link DelegationKind#VILLAGE_MEDIATOR}; null otherwise
 * @param reason why, in words a clerk reads; not blank
 */
public record DelegationSuggestion(DelegationKind kind, String village, String reason) {

  /**
   * Validates the suggestion.
   *
   * @throws NullPointerException if {@code kind} or {@code reason} is null, or the village is missing for a village
   *     mediator
   * @throws IllegalArgumentException if the reason is blank
   */
  public DelegationSuggestion {
    requireNonNull(kind, "kind");
    if (kind == DelegationKind.VILLAGE_MEDIATOR) {
      village = Texts.nonBlank("village", village);
    }
    reason = Texts.nonBlank("delegation reason", reason);
  }

  /** The village, for a village mediator. */
  public Optional<String> villageName() {
    return Optional.ofNullable(village);
  }
}
