package org.enforcementdesk.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.enforcementdesk.calendar.CountedDeadline;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.RiskFlag;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaDue;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.sla.SlaTargets;

/**
 * Something that happened to a work order: the request it concerns, when, who did it, and the specifics of each
 * kind. Events are immutable facts; a work order's current state is their fold, and replaying a stored stream always
 * gives the same work order. Every deadline an event causes was counted when its command ran and is recorded in it,
 * with the calendar's version, so the fold never counts time. Texts people write are held to {@link FreeText}.
 *
 * <p>Whoever interprets events does it through a {@link Visitor}, which has one method per kind and no defaults: a
 * new kind of event does not compile until every interpretation (the fold, notifications, the case side, the
 * indicators) handles it.
 */
public sealed interface WorkOrderEvent {

  /** The request (and so the work order) the event concerns; not null. */
  RequestId requestId();

  /** When it happened; not null. */
  Instant at();

  /** Who did it; not null. */
  Actor actor();

  /**
   * The event's kind as a stable name, written out in each event rather than taken from its Java class, so that it
   * survives a rename: e.g. {@code Escalated}.
   */
  String kind();

  /**
   * Calls the visitor's method for this kind of event.
   *
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of event, and no default: every interpretation of a work order's events handles all of them.
   *
   * @param <R> what each method returns
   */
  interface Visitor<R> {
    /** @return the visitor's answer for a submission */
    R submitted(Submitted event);

    /** @return the visitor's answer for an acceptance */
    R accepted(Accepted event);

    /** @return the visitor's answer for a rejection */
    R rejected(Rejected event);

    /** @return the visitor's answer for an assignment */
    R assigned(Assigned event);

    /** @return the visitor's answer for a progress note */
    R progressNoted(ProgressNoted event);

    /** @return the visitor's answer for a pause */
    R paused(Paused event);

    /** @return the visitor's answer for a resume */
    R resumed(Resumed event);

    /** @return the visitor's answer for an urge */
    R urged(Urged event);

    /** @return the visitor's answer for an escalation */
    R escalated(Escalated event);

    /** @return the visitor's answer for a change of urgency */
    R urgencyChanged(UrgencyChanged event);

    /** @return the visitor's answer for a risk flag */
    R riskFlagged(RiskFlagged event);

    /** @return the visitor's answer for a delegation */
    R delegated(Delegated event);

    /** @return the visitor's answer for an overdue delegation */
    R delegationOverdue(DelegationOverdue event);

    /** @return the visitor's answer for a returned delegation */
    R delegationReturned(DelegationReturned event);

    /** @return the visitor's answer for a resolution */
    R resolved(Resolved event);

    /** @return the visitor's answer for a callback the rules asked for */
    R callbackRequested(CallbackRequested event);

    /** @return the visitor's answer for a callback made */
    R callbackRecorded(CallbackRecorded event);

    /** @return the visitor's answer for an evaluation */
    R evaluated(Evaluated event);

    /** @return the visitor's answer for a closing */
    R closed(Closed event);

    /** @return the visitor's answer for a withdrawal */
    R withdrawn(Withdrawn event);

    /** @return the visitor's answer for a reopening */
    R reopened(Reopened event);

    /** @return the visitor's answer for a rectification item opened */
    R rectificationOpened(RectificationOpened event);

    /** @return the visitor's answer for a rectification measure */
    R rectificationMeasureRecorded(RectificationMeasureRecorded event);

    /** @return the visitor's answer for a rectification item closed */
    R rectificationClosed(RectificationClosed event);

    /** @return the visitor's answer for an at-risk warning */
    R slaWarned(SlaWarned event);

    /** @return the visitor's answer for a breach */
    R slaBreached(SlaBreached event);
  }

  /**
   * 收件: the request arrived through a channel, with what was known of its case at that moment.
   *
   * @param request the request as submitted; its id is the work order's id
   * @param history the case's history when it arrived
   */
  record Submitted(RequestId requestId, Instant at, Actor actor, Request request, CaseHistory history)
      implements WorkOrderEvent {
    /**
     * Checks the event.
     *
     * @throws IllegalArgumentException if the request has another id
     */
    public Submitted {
      Checks.common(requestId, at, actor);
      requireNonNull(request, "request");
      requireNonNull(history, "history");
      checkArgument(request.id().equals(requestId), "submitted request %s under id %s", request.id(), requestId);
    }

    @Override
    public String kind() {
      return "Submitted";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.submitted(this);
    }
  }

  /**
   * 受理: the request was accepted, with the decision that classified it and the deadlines counted from it.
   *
   * @param decision the rules' intake decision
   * @param response when first contact is due, counted from receipt
   * @param resolution when resolution is due, counted from receipt and capped by any hard limit
   */
  record Accepted(RequestId requestId, Instant at, Actor actor, IntakeDecision decision, SlaDue response, SlaDue resolution)
      implements WorkOrderEvent {
    /** Checks that nothing is missing. */
    public Accepted {
      Checks.common(requestId, at, actor);
      requireNonNull(decision, "decision");
      requireNonNull(response, "response");
      requireNonNull(resolution, "resolution");
    }

    @Override
    public String kind() {
      return "Accepted";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.accepted(this);
    }
  }

  /**
   * 不予受理: the request was rejected, with the reason the party is told.
   *
   * @param reasonToParty what the party is told; not blank
   */
  record Rejected(RequestId requestId, Instant at, Actor actor, String reasonToParty) implements WorkOrderEvent {
    /**
     * Checks the event and strips the reason.
     *
     * @throws IllegalArgumentException if the reason is blank or too long
     */
    public Rejected {
      Checks.common(requestId, at, actor);
      reasonToParty = FreeText.required("reasonToParty", reasonToParty);
    }

    @Override
    public String kind() {
      return "Rejected";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.rejected(this);
    }
  }

  /**
   * 分派: the order was handed to a tier and, optionally, a named handler.
   *
   * @param tier the tier now handling it
   * @param handlerId the handler's id; empty when assigned to the tier as a whole
   */
  record Assigned(RequestId requestId, Instant at, Actor actor, Tier tier, Optional<String> handlerId)
      implements WorkOrderEvent {
    /** Checks that nothing is missing. */
    public Assigned {
      Checks.common(requestId, at, actor);
      requireNonNull(tier, "tier");
      requireNonNull(handlerId, "handlerId");
    }

    @Override
    public String kind() {
      return "Assigned";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.assigned(this);
    }
  }

  /**
   * 进展: the handler recorded progress; the first contact with the party stops the response clock.
   *
   * @param note what was done; not blank
   * @param firstContact whether this was a contact with the party
   */
  record ProgressNoted(RequestId requestId, Instant at, Actor actor, String note, boolean firstContact)
      implements WorkOrderEvent {
    /**
     * Checks the event and strips the note.
     *
     * @throws IllegalArgumentException if the note is blank or too long
     */
    public ProgressNoted {
      Checks.common(requestId, at, actor);
      note = FreeText.required("note", note);
    }

    @Override
    public String kind() {
      return "ProgressNoted";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.progressNoted(this);
    }
  }

  /**
   * 暂停计时: the resolution clock was paused for a typed reason.
   *
   * @param reason why
   */
  record Paused(RequestId requestId, Instant at, Actor actor, PauseReason reason) implements WorkOrderEvent {
    /** Checks that nothing is missing. */
    public Paused {
      Checks.common(requestId, at, actor);
      requireNonNull(reason, "reason");
    }

    @Override
    public String kind() {
      return "Paused";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.paused(this);
    }
  }

  /**
   * 恢复计时: the resolution clock runs again, its deadline moved by the pause.
   *
   * @param resolution the resolution clock's deadlines with the pause credited
   */
  record Resumed(RequestId requestId, Instant at, Actor actor, SlaDue resolution) implements WorkOrderEvent {
    /** Checks that nothing is missing. */
    public Resumed {
      Checks.common(requestId, at, actor);
      requireNonNull(resolution, "resolution");
    }

    @Override
    public String kind() {
      return "Resumed";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.resumed(this);
    }
  }

  /**
   * 催办: the party chased the request, or submitted a duplicate of it, which is kept whole here and counted as an
   * urge rather than opening a second order.
   *
   * @param text what the party said; may be empty
   * @param duplicate the duplicate submission; empty for a plain urge
   */
  record Urged(RequestId requestId, Instant at, Actor actor, String text, Optional<Request> duplicate)
      implements WorkOrderEvent {
    /**
     * Checks the event and strips the text.
     *
     * @throws IllegalArgumentException if the text is too long
     */
    public Urged {
      Checks.common(requestId, at, actor);
      text = FreeText.optional("text", text);
      requireNonNull(duplicate, "duplicate");
    }

    @Override
    public String kind() {
      return "Urged";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.urged(this);
    }
  }

  /**
   * 提级: the order moved up from one tier to another.
   *
   * @param from the tier before
   * @param to the tier after, above {@code from}
   * @param reason why; not blank
   * @param provenance the rules that decided it, or a person
   */
  record Escalated(
      RequestId requestId, Instant at, Actor actor, Tier from, Tier to, String reason, Provenance provenance)
      implements WorkOrderEvent {
    /**
     * Checks the event and strips the reason.
     *
     * @throws IllegalArgumentException if {@code to} is not above {@code from}, or the reason is blank or too long
     */
    public Escalated {
      Checks.common(requestId, at, actor);
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      checkArgument(to.isAbove(from), "escalation must go up: %s -> %s", from, to);
      reason = FreeText.required("reason", reason);
      requireNonNull(provenance, "provenance");
    }

    @Override
    public String kind() {
      return "Escalated";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.escalated(this);
    }
  }

  /**
   * 等级调整: urgency changed, with the targets that go with it, counted from the original receipt with every pause
   * credited.
   *
   * @param from the urgency before
   * @param to the urgency after
   * @param targets the new targets
   * @param response the response clock's deadlines under the new targets; present while that clock runs
   * @param resolution the resolution clock's deadlines under the new targets; present while that clock runs unpaused
   *     (a paused clock gets its deadlines when it resumes)
   * @param reason why; not blank
   * @param provenance the rules that decided it, or a person
   */
  record UrgencyChanged(
      RequestId requestId,
      Instant at,
      Actor actor,
      Urgency from,
      Urgency to,
      SlaTargets targets,
      Optional<SlaDue> response,
      Optional<SlaDue> resolution,
      String reason,
      Provenance provenance)
      implements WorkOrderEvent {
    /**
     * Checks the event and strips the reason.
     *
     * @throws IllegalArgumentException if the reason is blank or too long
     */
    public UrgencyChanged {
      Checks.common(requestId, at, actor);
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(targets, "targets");
      requireNonNull(response, "response");
      requireNonNull(resolution, "resolution");
      reason = FreeText.required("reason", reason);
      requireNonNull(provenance, "provenance");
    }

    @Override
    public String kind() {
      return "UrgencyChanged";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.urgencyChanged(this);
    }
  }

  /**
   * 风险预警: a risk trigger fired on this order.
   *
   * @param flag the trigger and its reason
   * @param provenance the rules that decided it, or a person (an officer marking a threat)
   */
  record RiskFlagged(RequestId requestId, Instant at, Actor actor, RiskFlag flag, Provenance provenance)
      implements WorkOrderEvent {
    /** Checks that nothing is missing. */
    public RiskFlagged {
      Checks.common(requestId, at, actor);
      requireNonNull(flag, "flag");
      requireNonNull(provenance, "provenance");
    }

    @Override
    public String kind() {
      return "RiskFlagged";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.riskFlagged(this);
    }
  }

  /**
   * 委派化解: the order was delegated to a resolver outside the centre, with the delegation's own deadline.
   *
   * @param target whom, as the court's resolver directory lists them
   * @param note instructions for the resolver; may be empty
   * @param due when the resolver must have resolved or returned it
   * @param pausesResolution whether the order's resolution clock stands still while it is delegated (the rules'
   *     choice at the time of delegation); it resumes when the delegation is returned
   */
  record Delegated(
      RequestId requestId,
      Instant at,
      Actor actor,
      DelegationTarget target,
      String note,
      CountedDeadline due,
      boolean pausesResolution)
      implements WorkOrderEvent {
    /**
     * Checks the event and strips the note.
     *
     * @throws IllegalArgumentException if the note is too long
     */
    public Delegated {
      Checks.common(requestId, at, actor);
      requireNonNull(target, "target");
      note = FreeText.optional("note", note);
      requireNonNull(due, "due");
    }

    @Override
    public String kind() {
      return "Delegated";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.delegated(this);
    }
  }

  /**
   * 委派超期: a delegation passed its own deadline while still with the resolver; the centre and the resolver are
   * told. Changes no state.
   *
   * @param target the resolver who holds it
   * @param due the delegation's deadline
   */
  record DelegationOverdue(RequestId requestId, Instant at, Actor actor, DelegationTarget target, OffsetDateTime due)
      implements WorkOrderEvent {
    /** Checks that nothing is missing. */
    public DelegationOverdue {
      Checks.common(requestId, at, actor);
      requireNonNull(target, "target");
      requireNonNull(due, "due");
    }

    @Override
    public String kind() {
      return "DelegationOverdue";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.delegationOverdue(this);
    }
  }

  /**
   * 退回: a delegation came back to the centre unresolved.
   *
   * @param reason why the resolver could not resolve it; not blank
   * @param resolution the resolution clock's deadlines once the delegation's pause is credited; present exactly when
   *     the delegation had paused the clock
   */
  record DelegationReturned(RequestId requestId, Instant at, Actor actor, String reason, Optional<SlaDue> resolution)
      implements WorkOrderEvent {
    /**
     * Checks the event and strips the reason.
     *
     * @throws IllegalArgumentException if the reason is blank or too long
     */
    public DelegationReturned {
      Checks.common(requestId, at, actor);
      reason = FreeText.required("reason", reason);
      requireNonNull(resolution, "resolution");
    }

    @Override
    public String kind() {
      return "DelegationReturned";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.delegationReturned(this);
    }
  }

  /**
   * 办结: the request was resolved, with the result the party is told and how it was resolved.
   *
   * @param result what was done; not blank
   * @param how by the court's own handling, or (mostly by resolvers) by voluntary performance or settlement
   * @param resolution the resolution deadline in force at the resolution, every pause up to it credited: what the
   *     on-time rates judge against
   * @param callback when the satisfaction callback is due, counted from the resolution
   */
  record Resolved(
      RequestId requestId, Instant at, Actor actor, String result, ResolutionKind how, SlaDue resolution, SlaDue callback)
      implements WorkOrderEvent {
    /**
     * Checks the event and strips the result.
     *
     * @throws IllegalArgumentException if the result is blank or too long
     */
    public Resolved {
      Checks.common(requestId, at, actor);
      result = FreeText.required("result", result);
      requireNonNull(how, "how");
      requireNonNull(resolution, "resolution");
      requireNonNull(callback, "callback");
    }

    @Override
    public String kind() {
      return "Resolved";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.resolved(this);
    }
  }

  /**
   * 回访要求: the rules asked a tier to call the party back within a period (e.g. the centre director after a bad
   * review). Changes no state; the tier is told.
   *
   * @param by the tier that calls
   * @param due by when
   * @param reason why, as the rules say; not blank
   * @param provenance the rules that asked
   */
  record CallbackRequested(
      RequestId requestId, Instant at, Actor actor, Tier by, CountedDeadline due, String reason, Provenance provenance)
      implements WorkOrderEvent {
    /**
     * Checks the event and strips the reason.
     *
     * @throws IllegalArgumentException if the reason is blank or too long
     */
    public CallbackRequested {
      Checks.common(requestId, at, actor);
      requireNonNull(by, "by");
      requireNonNull(due, "due");
      reason = FreeText.required("reason", reason);
      requireNonNull(provenance, "provenance");
    }

    @Override
    public String kind() {
      return "CallbackRequested";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.callbackRequested(this);
    }
  }

  /**
   * 回访: the satisfaction callback was made.
   *
   * @param outcome how it went
   * @param note what was said; may be empty
   */
  record CallbackRecorded(RequestId requestId, Instant at, Actor actor, CallbackOutcome outcome, String note)
      implements WorkOrderEvent {
    /**
     * Checks the event and strips the note.
     *
     * @throws IllegalArgumentException if the note is too long
     */
    public CallbackRecorded {
      Checks.common(requestId, at, actor);
      requireNonNull(outcome, "outcome");
      note = FreeText.optional("note", note);
    }

    @Override
    public String kind() {
      return "CallbackRecorded";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.callbackRecorded(this);
    }
  }

  /**
   * 评价: the party evaluated the handling (or declined to).
   *
   * @param evaluation the ratings and comment
   */
  record Evaluated(RequestId requestId, Instant at, Actor actor, Evaluation evaluation) implements WorkOrderEvent {
    /** Checks that nothing is missing. */
    public Evaluated {
      Checks.common(requestId, at, actor);
      requireNonNull(evaluation, "evaluation");
    }

    @Override
    public String kind() {
      return "Evaluated";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.evaluated(this);
    }
  }

  /**
   * 结单: the loop closed.
   *
   * @param reason a closing remark; may be empty
   */
  record Closed(RequestId requestId, Instant at, Actor actor, String reason) implements WorkOrderEvent {
    /**
     * Checks the event and strips the remark.
     *
     * @throws IllegalArgumentException if the remark is too long
     */
    public Closed {
      Checks.common(requestId, at, actor);
      reason = FreeText.optional("reason", reason);
    }

    @Override
    public String kind() {
      return "Closed";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.closed(this);
    }
  }

  /**
   * 撤回: the party withdrew the request.
   *
   * @param reason why, as the party said; may be empty
   * @param resolution the resolution deadline in force at the withdrawal, every pause credited; present once the
   *     request was accepted
   */
  record Withdrawn(RequestId requestId, Instant at, Actor actor, String reason, Optional<SlaDue> resolution)
      implements WorkOrderEvent {
    /**
     * Checks the event and strips the reason.
     *
     * @throws IllegalArgumentException if the reason is too long
     */
    public Withdrawn {
      Checks.common(requestId, at, actor);
      reason = FreeText.optional("reason", reason);
      requireNonNull(resolution, "resolution");
    }

    @Override
    public String kind() {
      return "Withdrawn";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.withdrawn(this);
    }
  }

  /**
   * 重新办理: a resolved order was reopened after a dissatisfied evaluation: a new round, counted from the reopening
   * with the period in force. The hard limit stays.
   *
   * @param reason why; not blank
   * @param provenance the rules that decided it, or a person
   * @param resolution the new round's deadlines
   */
  record Reopened(RequestId requestId, Instant at, Actor actor, String reason, Provenance provenance, SlaDue resolution)
      implements WorkOrderEvent {
    /**
     * Checks the event and strips the reason.
     *
     * @throws IllegalArgumentException if the reason is blank or too long
     */
    public Reopened {
      Checks.common(requestId, at, actor);
      reason = FreeText.required("reason", reason);
      requireNonNull(provenance, "provenance");
      requireNonNull(resolution, "resolution");
    }

    @Override
    public String kind() {
      return "Reopened";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.reopened(this);
    }
  }

  /**
   * 整改: a dissatisfied aspect of an evaluation opened a rectification item ("一项一策"), one per aspect.
   *
   * @param item the item's number within the order, from 1, never reused
   * @param aspect the aspect the party was dissatisfied with
   * @param ownerTier the tier that owns the item
   * @param ownerId the person who owns it; empty when the tier as a whole does
   * @param due when the measure must be taken
   * @param provenance the rules that set owner and deadline, or the desk's default
   */
  record RectificationOpened(
      RequestId requestId,
      Instant at,
      Actor actor,
      int item,
      EvaluationAspect aspect,
      Tier ownerTier,
      Optional<String> ownerId,
      CountedDeadline due,
      Provenance provenance)
      implements WorkOrderEvent {
    /**
     * Checks the event.
     *
     * @throws IllegalArgumentException if the item number is not positive
     */
    public RectificationOpened {
      Checks.common(requestId, at, actor);
      Checks.itemNumber(item);
      requireNonNull(aspect, "aspect");
      requireNonNull(ownerTier, "ownerTier");
      requireNonNull(ownerId, "ownerId");
      requireNonNull(due, "due");
      requireNonNull(provenance, "provenance");
    }

    @Override
    public String kind() {
      return "RectificationOpened";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.rectificationOpened(this);
    }
  }

  /**
   * 整改措施: the measure taken for a rectification item. A later measure adds to the record; the item keeps all.
   *
   * @param item the item's number
   * @param measure what was done; not blank
   */
  record RectificationMeasureRecorded(RequestId requestId, Instant at, Actor actor, int item, String measure)
      implements WorkOrderEvent {
    /**
     * Checks the event and strips the measure.
     *
     * @throws IllegalArgumentException if the item number is not positive, or the measure is blank or too long
     */
    public RectificationMeasureRecorded {
      Checks.common(requestId, at, actor);
      Checks.itemNumber(item);
      measure = FreeText.required("measure", measure);
    }

    @Override
    public String kind() {
      return "RectificationMeasureRecorded";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.rectificationMeasureRecorded(this);
    }
  }

  /**
   * 整改验收: a rectification item was verified and closed; only an item with a recorded measure closes.
   *
   * @param item the item's number
   * @param verification how the measure was verified; not blank
   */
  record RectificationClosed(RequestId requestId, Instant at, Actor actor, int item, String verification)
      implements WorkOrderEvent {
    /**
     * Checks the event and strips the verification.
     *
     * @throws IllegalArgumentException if the item number is not positive, or the verification is blank or too long
     */
    public RectificationClosed {
      Checks.common(requestId, at, actor);
      Checks.itemNumber(item);
      verification = FreeText.required("verification", verification);
    }

    @Override
    public String kind() {
      return "RectificationClosed";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.rectificationClosed(this);
    }
  }

  /**
   * 预警: a clock passed its at-risk share; the rules were consulted, and the handler warned if they (or, for the
   * response clock, the desk) said so.
   *
   * @param target which clock
   * @param due its deadline
   * @param handlerWarned whether the handler was told
   * @param provenance the rules that decided the warning, or the desk
   */
  record SlaWarned(
      RequestId requestId,
      Instant at,
      Actor actor,
      SlaTarget target,
      OffsetDateTime due,
      boolean handlerWarned,
      Provenance provenance)
      implements WorkOrderEvent {
    /** Checks that nothing is missing. */
    public SlaWarned {
      Checks.common(requestId, at, actor);
      requireNonNull(target, "target");
      requireNonNull(due, "due");
      requireNonNull(provenance, "provenance");
    }

    @Override
    public String kind() {
      return "SlaWarned";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.slaWarned(this);
    }
  }

  /**
   * 超期: a clock passed its deadline unmet.
   *
   * @param target which clock
   * @param due its deadline
   * @param provenance the rules consulted on the breach, or the desk
   */
  record SlaBreached(
      RequestId requestId, Instant at, Actor actor, SlaTarget target, OffsetDateTime due, Provenance provenance)
      implements WorkOrderEvent {
    /** Checks that nothing is missing. */
    public SlaBreached {
      Checks.common(requestId, at, actor);
      requireNonNull(target, "target");
      requireNonNull(due, "due");
      requireNonNull(provenance, "provenance");
    }

    @Override
    public String kind() {
      return "SlaBreached";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.slaBreached(this);
    }
  }
}
