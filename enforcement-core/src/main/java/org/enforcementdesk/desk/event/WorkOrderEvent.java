package org.enforcementdesk.desk.event;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.RiskFlag;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.sla.SlaTargets;

/**
 * Something that happened to a work order: the request it concerns, when, who did it, and the specifics of each
 * kind. Events are immutable facts; a work order's current state is their fold, and replaying a stored stream always
 * gives the same work order. Texts meant for people ({@code reason}, {@code note}) are stripped and never blank where
 * required.
 */
public sealed interface WorkOrderEvent {

  /** The request (and so the work order) the event concerns; not null. */
  RequestId requestId();

  /** When it happened; not null. */
  Instant at();

  /** Who did it; not null. */
  Actor actor();

  /** The event's kind as a stable name for logs and JSON, e.g. {@code Escalated}. */
  default String kind() {
    return getClass().getSimpleName();
  }

  /**
   * 收件: the request arrived through a channel, with what was known of its case at that moment.
   *
   * @param request the request as submitted; its id is the work order's id
   * @param history the case's history when it arrived
   */
  record Submitted(RequestId requestId, Instant at, Actor actor, Request request, CaseHistory history)
      implements WorkOrderEvent {
    /** Validates the event. */
    public Submitted {
      Checks.common(requestId, at, actor);
      requireNonNull(request, "request");
      requireNonNull(history, "history");
      checkArgument(request.id().equals(requestId), "submitted request %s under id %s", request.id(), requestId);
    }
  }

  /**
   * 受理: the request was accepted, with the decision that classified it and the deadlines computed from it.
   *
   * @param decision the rules' intake decision
   * @param responseDue when first contact is due
   * @param resolutionDue when resolution is due (the period's deadline, capped by any hard limit)
   */
  record Accepted(
      RequestId requestId,
      Instant at,
      Actor actor,
      IntakeDecision decision,
      OffsetDateTime responseDue,
      OffsetDateTime resolutionDue)
      implements WorkOrderEvent {
    /** Validates the event. */
    public Accepted {
      Checks.common(requestId, at, actor);
      requireNonNull(decision, "decision");
      requireNonNull(responseDue, "responseDue");
      requireNonNull(resolutionDue, "resolutionDue");
    }
  }

  /**
   * 不予受理: the request was rejected, with the reason the party is told.
   *
   * @param reasonToParty what the party is told
   */
  record Rejected(RequestId requestId, Instant at, Actor actor, String reasonToParty) implements WorkOrderEvent {
    /** Validates the event. */
    public Rejected {
      Checks.common(requestId, at, actor);
      reasonToParty = Checks.text("reasonToParty", reasonToParty);
    }
  }

  /**
   * 分派: the order was handed to a tier and, optionally, a named handler.
   *
   * @param tier the tier now handling it
   * @param handlerId the handler's id, or null when assigned to the tier as a whole
   */
  record Assigned(RequestId requestId, Instant at, Actor actor, Tier tier, String handlerId)
      implements WorkOrderEvent {
    /** Validates the event. */
    public Assigned {
      Checks.common(requestId, at, actor);
      requireNonNull(tier, "tier");
    }

    /** The named handler, if any. */
    public Optional<String> handler() {
      return Optional.ofNullable(handlerId);
    }
  }

  /**
   * 进展: the handler recorded progress; the first contact with the party stops the response clock.
   *
   * @param note what was done, as the party may be told
   * @param firstContact whether this was a contact with the party
   */
  record ProgressNoted(RequestId requestId, Instant at, Actor actor, String note, boolean firstContact)
      implements WorkOrderEvent {
    /** Validates the event. */
    public ProgressNoted {
      Checks.common(requestId, at, actor);
      note = Checks.text("note", note);
    }
  }

  /**
   * 暂停计时: the resolution clock was paused for a typed reason.
   *
   * @param reason why
   */
  record Paused(RequestId requestId, Instant at, Actor actor, PauseReason reason) implements WorkOrderEvent {
    /** Validates the event. */
    public Paused {
      Checks.common(requestId, at, actor);
      requireNonNull(reason, "reason");
    }
  }

  /** 恢复计时: the resolution clock runs again. */
  record Resumed(RequestId requestId, Instant at, Actor actor) implements WorkOrderEvent {
    /** Validates the event. */
    public Resumed {
      Checks.common(requestId, at, actor);
    }
  }

  /**
   * 催办: the party chased the request, or submitted a duplicate of it, which is kept whole here and counted as an
   * urge rather than opening a second order.
   *
   * @param text what the party said; may be empty
   * @param duplicateRequest the duplicate submission, or null for a plain urge
   */
  record Urged(RequestId requestId, Instant at, Actor actor, String text, Request duplicateRequest)
      implements WorkOrderEvent {
    /** Validates the event. */
    public Urged {
      Checks.common(requestId, at, actor);
      text = requireNonNull(text, "text").strip();
    }

    /** The duplicate submission this urge stands for, if any. */
    public Optional<Request> duplicate() {
      return Optional.ofNullable(duplicateRequest);
    }
  }

  /**
   * 提级: the order moved up from one tier to another.
   *
   * @param from the tier before
   * @param to the tier after, above {@code from}
   * @param reason why
   * @param provenance the rules that decided it, or a person
   */
  record Escalated(
      RequestId requestId, Instant at, Actor actor, Tier from, Tier to, String reason, Provenance provenance)
      implements WorkOrderEvent {
    /** Validates the event. */
    public Escalated {
      Checks.common(requestId, at, actor);
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      checkArgument(to.isAbove(from), "escalation must go up: %s -> %s", from, to);
      reason = Checks.text("reason", reason);
      requireNonNull(provenance, "provenance");
    }
  }

  /**
   * 等级调整: urgency changed, with the targets that go with it, counted from the original receipt.
   *
   * @param from the urgency before
   * @param to the urgency after
   * @param targets the new targets
   * @param resolutionDue the resolution deadline under the new targets
   * @param reason why
   * @param provenance the rules that decided it, or a person
   */
  record UrgencyChanged(
      RequestId requestId,
      Instant at,
      Actor actor,
      Urgency from,
      Urgency to,
      SlaTargets targets,
      OffsetDateTime resolutionDue,
      String reason,
      Provenance provenance)
      implements WorkOrderEvent {
    /** Validates the event. */
    public UrgencyChanged {
      Checks.common(requestId, at, actor);
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(targets, "targets");
      requireNonNull(resolutionDue, "resolutionDue");
      reason = Checks.text("reason", reason);
      requireNonNull(provenance, "provenance");
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
    /** Validates the event. */
    public RiskFlagged {
      Checks.common(requestId, at, actor);
      requireNonNull(flag, "flag");
      requireNonNull(provenance, "provenance");
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
      OffsetDateTime due,
      boolean pausesResolution)
      implements WorkOrderEvent {
    /** Validates the event. */
    public Delegated {
      Checks.common(requestId, at, actor);
      requireNonNull(target, "target");
      note = requireNonNull(note, "note").strip();
      requireNonNull(due, "due");
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
    /** Validates the event. */
    public DelegationOverdue {
      Checks.common(requestId, at, actor);
      requireNonNull(target, "target");
      requireNonNull(due, "due");
    }
  }

  /**
   * 退回: a delegation came back to the centre unresolved.
   *
   * @param reason why the resolver could not resolve it
   */
  record DelegationReturned(RequestId requestId, Instant at, Actor actor, String reason) implements WorkOrderEvent {
    /** Validates the event. */
    public DelegationReturned {
      Checks.common(requestId, at, actor);
      reason = Checks.text("reason", reason);
    }
  }

  /**
   * 办结: the request was resolved, with the result the party is told and how it was resolved.
   *
   * @param result what was done
   * @param how by the court's own handling, or (mostly by resolvers) by voluntary performance or settlement
   */
  record Resolved(RequestId requestId, Instant at, Actor actor, String result, ResolutionKind how)
      implements WorkOrderEvent {
    /** Validates the event. */
    public Resolved {
      Checks.common(requestId, at, actor);
      result = Checks.text("result", result);
      requireNonNull(how, "how");
    }

    /** A resolution by the court's own handling ({@link ResolutionKind#HANDLED}). */
    public Resolved(RequestId requestId, Instant at, Actor actor, String result) {
      this(requestId, at, actor, result, ResolutionKind.HANDLED);
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
    /** Validates the event. */
    public CallbackRecorded {
      Checks.common(requestId, at, actor);
      requireNonNull(outcome, "outcome");
      note = requireNonNull(note, "note").strip();
    }
  }

  /**
   * 评价: the party evaluated the handling (or declined to).
   *
   * @param evaluation the ratings and comment
   */
  record Evaluated(RequestId requestId, Instant at, Actor actor, Evaluation evaluation) implements WorkOrderEvent {
    /** Validates the event. */
    public Evaluated {
      Checks.common(requestId, at, actor);
      requireNonNull(evaluation, "evaluation");
    }
  }

  /**
   * 结单: the loop closed.
   *
   * @param reason a closing remark; may be empty
   */
  record Closed(RequestId requestId, Instant at, Actor actor, String reason) implements WorkOrderEvent {
    /** Validates the event. */
    public Closed {
      Checks.common(requestId, at, actor);
      reason = requireNonNull(reason, "reason").strip();
    }
  }

  /**
   * 撤回: the party withdrew the request.
   *
   * @param reason why, as the party said
   */
  record Withdrawn(RequestId requestId, Instant at, Actor actor, String reason) implements WorkOrderEvent {
    /** Validates the event. */
    public Withdrawn {
      Checks.common(requestId, at, actor);
      reason = requireNonNull(reason, "reason").strip();
    }
  }

  /**
   * 重新办理: a resolved order was reopened after a dissatisfied evaluation.
   *
   * @param reason why
   * @param provenance the rules that decided it, or a person
   */
  record Reopened(RequestId requestId, Instant at, Actor actor, String reason, Provenance provenance)
      implements WorkOrderEvent {
    /** Validates the event. */
    public Reopened {
      Checks.common(requestId, at, actor);
      reason = Checks.text("reason", reason);
      requireNonNull(provenance, "provenance");
    }
  }

  /**
   * 整改: a dissatisfied aspect of an evaluation opened a rectification item ("一项一策"), one per aspect.
   *
   * @param item the item's number within the order, from 1, never reused
   * @param aspect the aspect the party was dissatisfied with
   * @param ownerTier the tier that owns the item
   * @param ownerId the person who owns it, or null when the tier as a whole does
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
      String ownerId,
      OffsetDateTime due,
      Provenance provenance)
      implements WorkOrderEvent {
    /** Validates the event. */
    public RectificationOpened {
      Checks.common(requestId, at, actor);
      checkArgument(item >= 1, "rectification item number must be positive: %s", item);
      requireNonNull(aspect, "aspect");
      requireNonNull(ownerTier, "ownerTier");
      requireNonNull(due, "due");
      requireNonNull(provenance, "provenance");
    }
  }

  /**
   * 整改措施: the measure taken for a rectification item. A later measure adds to the record; the item keeps all.
   *
   * @param item the item's number
   * @param measure what was done
   */
  record RectificationMeasureRecorded(RequestId requestId, Instant at, Actor actor, int item, String measure)
      implements WorkOrderEvent {
    /** Validates the event. */
    public RectificationMeasureRecorded {
      Checks.common(requestId, at, actor);
      checkArgument(item >= 1, "rectification item number must be positive: %s", item);
      measure = Checks.text("measure", measure);
    }
  }

  /**
   * 整改验收: a rectification item was verified and closed; only an item with a recorded measure closes.
   *
   * @param item the item's number
   * @param verification how the measure was verified
   */
  record RectificationClosed(RequestId requestId, Instant at, Actor actor, int item, String verification)
      implements WorkOrderEvent {
    /** Validates the event. */
    public RectificationClosed {
      Checks.common(requestId, at, actor);
      checkArgument(item >= 1, "rectification item number must be positive: %s", item);
      verification = Checks.text("verification", verification);
    }
  }

  /**
   * 预警: a clock passed its at-risk share; the rules were consulted (and warned the handler if they said so).
   *
   * @param target which clock
   * @param due its deadline
   * @param provenance the rules that decided the warning
   */
  record SlaWarned(
      RequestId requestId, Instant at, Actor actor, SlaTarget target, OffsetDateTime due, Provenance provenance)
      implements WorkOrderEvent {
    /** Validates the event. */
    public SlaWarned {
      Checks.common(requestId, at, actor);
      requireNonNull(target, "target");
      requireNonNull(due, "due");
      requireNonNull(provenance, "provenance");
    }
  }

  /**
   * 超期: a clock passed its deadline unmet.
   *
   * @param target which clock
   * @param due its deadline
   * @param provenance the rules consulted on the breach
   */
  record SlaBreached(
      RequestId requestId, Instant at, Actor actor, SlaTarget target, OffsetDateTime due, Provenance provenance)
      implements WorkOrderEvent {
    /** Validates the event. */
    public SlaBreached {
      Checks.common(requestId, at, actor);
      requireNonNull(target, "target");
      requireNonNull(due, "due");
      requireNonNull(provenance, "provenance");
    }
  }
}
