package org.enforcementdesk.policy;

import static java.util.Objects.requireNonNull;

import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.sla.SlaTargets;

/** One thing the rules want done about an open work order; the desk turns each into events and notifications. */
public sealed interface ReviewAction {

  /** Why, in words the handler and the court read; not blank. */
  String reason();

  /**
   * Calls the visitor's method for this kind of action.
   *
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of action, and no default: whoever carries out the rules' decisions handles every kind.
   *
   * @param <R> what each method returns
   */
  interface Visitor<R> {
    /** @return the visitor's answer for a warning */
    R warnHandler(WarnHandler action);

    /** @return the visitor's answer for an escalation */
    R escalate(Escalate action);

    /** @return the visitor's answer for raised urgency */
    R raiseUrgency(RaiseUrgency action);

    /** @return the visitor's answer for a risk flag */
    R flagRisk(FlagRisk action);

    /** @return the visitor's answer for a callback */
    R requestCallback(RequestCallback action);

    /** @return the visitor's answer for a reopening */
    R reopen(Reopen action);

    /** @return the visitor's answer for a rectification item */
    R openRectification(OpenRectification action);
  }

  /**
   * Warn the handler that a deadline is at risk.
   *
   * @param target which clock; not null
   * @param reason why; not blank
   */
  record WarnHandler(SlaTarget target, String reason) implements ReviewAction {
    /** Checks the action and strips its reason. */
    public WarnHandler {
      requireNonNull(target, "target");
      reason = Texts.nonBlank("reason", reason);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.warnHandler(this);
    }
  }

  /**
   * Hand the order to a higher tier (提级办理).
   *
   * @param to the tier to hand it to; not null
   * @param reason why; not blank
   */
  record Escalate(Tier to, String reason) implements ReviewAction {
    /** Checks the action and strips its reason. */
    public Escalate {
      requireNonNull(to, "to");
      reason = Texts.nonBlank("reason", reason);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.escalate(this);
    }
  }

  /**
   * Raise the order's urgency, with the targets that go with it (counted from the original receipt).
   *
   * @param to the new urgency; not null
   * @param targets the new targets; not null
   * @param reason why; not blank
   */
  record RaiseUrgency(Urgency to, SlaTargets targets, String reason) implements ReviewAction {
    /** Checks the action and strips its reason. */
    public RaiseUrgency {
      requireNonNull(to, "to");
      requireNonNull(targets, "targets");
      reason = Texts.nonBlank("reason", reason);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.raiseUrgency(this);
    }
  }

  /**
   * Flag a risk on the order and its case.
   *
   * @param flag the trigger and its reason; not null
   */
  record FlagRisk(RiskFlag flag) implements ReviewAction {
    /** Checks that the flag is given. */
    public FlagRisk {
      requireNonNull(flag, "flag");
    }

    @Override
    public String reason() {
      return flag.reason();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.flagRisk(this);
    }
  }

  /**
   * Ask a tier to call the party back within a period (e.g. the centre director after a bad review).
   *
   * @param by the tier that calls; not null
   * @param within the period to call within; not null
   * @param reason why; not blank
   */
  record RequestCallback(Tier by, Period within, String reason) implements ReviewAction {
    /** Checks the action and strips its reason. */
    public RequestCallback {
      requireNonNull(by, "by");
      requireNonNull(within, "within");
      reason = Texts.nonBlank("reason", reason);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.requestCallback(this);
    }
  }

  /**
   * Reopen a resolved order (after a dissatisfied evaluation).
   *
   * @param reason why; not blank
   */
  record Reopen(String reason) implements ReviewAction {
    /** Checks the action and strips its reason. */
    public Reopen {
      reason = Texts.nonBlank("reason", reason);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.reopen(this);
    }
  }

  /**
   * Open a rectification item (整改, "一项一策") for an aspect the party was dissatisfied with.
   *
   * @param aspect the dissatisfied aspect; not null
   * @param owner the tier that owns the item; not null
   * @param within how long the owner has to take a measure; not null
   */
  record OpenRectification(EvaluationAspect aspect, Tier owner, Period within, String reason) implements ReviewAction {
    /** Checks the action and strips its reason. */
    public OpenRectification {
      requireNonNull(aspect, "aspect");
      requireNonNull(owner, "owner");
      requireNonNull(within, "within");
      reason = Texts.nonBlank("reason", reason);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.openRectification(this);
    }
  }
}
