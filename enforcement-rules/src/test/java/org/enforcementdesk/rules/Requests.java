package org.enforcementdesk.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.IntakeFacts;

/** Small builders of requests and intake facts for the rule tests (core's test helpers are not on this classpath). */
final class Requests {

  /** A Monday morning in Xianyou: 2026-03-02 09:15 +08:00. */
  static final OffsetDateTime MONDAY_MORNING = OffsetDateTime.parse("2026-03-02T09:15+08:00");

  private Requests() {}

  static Request request(String typeCode, String text, UnaryOperator<RequestFacts.Builder> facts) {
    return request(typeCode, MONDAY_MORNING, text, facts.apply(RequestFacts.builder()).build());
  }

  static Request request(String typeCode, OffsetDateTime receivedAt, String text, RequestFacts facts) {
    Request.Builder request =
        Request.builder()
            .id(RequestId.of("R-2026-000001"))
            .channel(Channel.HOTLINE)
            .type(TaxonomyFile.defaults().type(typeCode))
            .receivedAt(receivedAt)
            .requester(Party.of("P-1", PartyRole.APPLICANT, "张三"))
            .text(text)
            .facts(facts);
    if (!facts.isCaseNotYetFiled()) {
      request.caseNumber(CaseNumber.parse("（2025）闽0322执1234号"));
    }
    return request.build();
  }

  static IntakeFacts intake(String typeCode) {
    return new IntakeFacts(request(typeCode, "", f -> f), CaseHistory.NONE);
  }

  static IntakeFacts intake(String typeCode, UnaryOperator<RequestFacts.Builder> facts) {
    return new IntakeFacts(request(typeCode, "", facts), CaseHistory.NONE);
  }

  static IntakeFacts seizureRenewalExpiring(LocalDate expiry) {
    return intake("SEIZURE_RENEWAL", f -> f.seizureExpiresOn(expiry));
  }

  static BigDecimal yuan(String amount) {
    return new BigDecimal(amount);
  }
}
