package org.enforcementdesk.policy;

import static java.util.Objects.requireNonNull;

import org.enforcementdesk.model.Request;

/**
 * The facts the rules read when a request arrives: the request itself (its type, text and typed facts, and the
 * instant of receipt, which is "now" for intake) and the history of its case.
 *
 * @param request the new request; not null
 * @param history what the desk knows about the case; not null
 */
public record IntakeFacts(Request request, CaseHistory history) {

  /**
   * Checks that the request and its case history are given.
   *
   * @throws NullPointerException if an argument is null
   */
  public IntakeFacts {
    requireNonNull(request, "request");
    requireNonNull(history, "history");
  }
}
