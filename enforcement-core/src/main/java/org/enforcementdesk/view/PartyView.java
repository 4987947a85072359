package org.enforcementdesk.view;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RequestType;

/**
 * A request as the party who made it sees it (their own page, the text of an app's screen): what they asked, where it
 * stands, the deadlines the court promised them, and the public timeline. It holds nothing internal: no risk flags
 * or assessments, no delegation or its notes, no internal progress notes, no rectification, no officers' names. Phone
 * and identity numbers in every text are masked, their own included, as a bank's app shows an account.
 *
 * @param id the request's id; not null
 * @param caseNumber the case it is on; empty before the case is filed
 * @param type what was asked for; not null
 * @param channel how it came in; not null
 * @param receivedAt when the court received it; not null
 * @param requesterName the party's name, masked ({@code 张*}); not null
 * @param requesterPhone the phone the court will call, masked ({@code 138****0000}); empty if none was given
 * @param text what the party said, numbers masked; may be empty, not null
 * @param status where it stands; not null
 * @param responseDue when the court must first contact the party; empty before acceptance
 * @param resolutionDue when it must be resolved by; empty before acceptance or once it ended
 * @param provisional whether a deadline shown was counted on a holiday year not yet announced, so may move
 * @param result the result the party was told; empty until resolved
 * @param evaluation the party's evaluation; empty until evaluated
 * @param urges how many times the party chased it
 * @param timeline what happened, oldest first; not null
 */
public record PartyView(
    RequestId id,
    Optional<CaseNumber> caseNumber,
    RequestType type,
    Channel channel,
    OffsetDateTime receivedAt,
    String requesterName,
    Optional<String> requesterPhone,
    String text,
    PartyStatus status,
    Optional<OffsetDateTime> responseDue,
    Optional<OffsetDateTime> resolutionDue,
    boolean provisional,
    Optional<String> result,
    Optional<Evaluation> evaluation,
    int urges,
    List<PartyEntry> timeline) {

  /**
   * Checks that nothing is missing and copies the timeline.
   *
   * @throws NullPointerException if a component is null
   */
  public PartyView {
    requireNonNull(id, "id");
    requireNonNull(caseNumber, "caseNumber");
    requireNonNull(type, "type");
    requireNonNull(channel, "channel");
    requireNonNull(receivedAt, "receivedAt");
    requireNonNull(requesterName, "requesterName");
    requireNonNull(requesterPhone, "requesterPhone");
    requireNonNull(text, "text");
    requireNonNull(status, "status");
    requireNonNull(responseDue, "responseDue");
    requireNonNull(resolutionDue, "resolutionDue");
    requireNonNull(result, "result");
    requireNonNull(evaluation, "evaluation");
    timeline = ImmutableList.copyOf(requireNonNull(timeline, "timeline"));
  }

  /** A description safe for logs: texts by their length. */
  @Override
  public String toString() {
    return LogSafe.describe(this);
  }
}
