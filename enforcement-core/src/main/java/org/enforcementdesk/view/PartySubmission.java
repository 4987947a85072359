package org.enforcementdesk.view;

import static java.util.Objects.requireNonNull;

/**
 * What became of a request a party submitted, as they see it: a new request, or their open one on the same case and
 * type, to which the new one was linked as an urge (they are told so).
 *
 * @param request the request it is handled in; not null
 * @param linkedToOpenOrder whether it was linked to the party's open request rather than opened anew
 */
public record PartySubmission(PartyView request, boolean linkedToOpenOrder) {

  /**
   * Checks that the view is given.
   *
   * @throws NullPointerException if it is null
   */
  public PartySubmission {
    requireNonNull(request, "request");
  }
}
