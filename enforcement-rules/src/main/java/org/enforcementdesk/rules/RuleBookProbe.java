package org.enforcementdesk.rules;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RequestType;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.IntakeFacts;

/**
 * Decides one plain request of every type of the default taxonomy with a freshly compiled rule book, before anyone
 * relies on it. A book can compile and still fail every decision (no row for any type leaves the urgency unset; a
 * rule's action throws); this finds out at load time, so a reload refuses such a book instead of serving it.
 */
final class RuleBookProbe {

  private static final OffsetDateTime MONDAY_MORNING = OffsetDateTime.parse("2026-03-02T09:15+08:00");

  private RuleBookProbe() {}

  /** The problems deciding the probes, as {@code (rule book):1:1: message} lines; empty if every probe decided. */
  static List<String> problems(RuleBook book) {
    List<String> problems = new ArrayList<>();
    for (RequestType type : TaxonomyFile.defaults().types()) {
      try {
        book.intake(new IntakeFacts(request(type), CaseHistory.NONE));
      } catch (RuntimeException e) {
        problems.add("(rule book):1:1: deciding a plain " + type.code() + " request fails: " + e.getMessage());
      }
    }
    return problems;
  }

  private static Request request(RequestType type) {
    return Request.builder()
        .id(RequestId.of("PROBE-1"))
        .caseNumber(CaseNumber.parse("（2025）闽0322执1号"))
        .channel(Channel.WINDOW)
        .type(type)
        .receivedAt(MONDAY_MORNING)
        .requester(Party.of("P-1", PartyRole.APPLICANT, "probe"))
        .build();
  }
}
