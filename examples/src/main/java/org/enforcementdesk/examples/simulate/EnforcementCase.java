package org.enforcementdesk.examples.simulate;

import java.math.BigDecimal;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Party;

/**
 * One enforcement case of the simulated court, as the host's case system knows it: what the requests about it say.
 *
 * @param number the case number, e.g. （2025）闽0322执1234号
 * @param cause the cause of action (案由)
 * @param amount the amount at stake in yuan
 * @param village the party's village, or null when the party lives in none the court lists
 * @param applicant the applicant (申请执行人)
 * @param respondent the respondent (被执行人)
 * @param activity how often the case comes back, relative to a case seen once
 */
record EnforcementCase(
    CaseNumber number,
    String cause,
    BigDecimal amount,
    String village,
    Party applicant,
    Party respondent,
    int activity) {}
