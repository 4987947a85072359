package org.enforcementdesk.rules;

import java.util.ArrayList;
import java.util.List;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.policy.ReviewAction;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.RiskFlag;
import org.enforcementdesk.sla.SlaTarget;

/**
 * Where review rules put the actions they want taken (the global {@code review} in the rule files), in the order the
 * rules produced them. Two escalations in one review keep only the higher tier; a risk kind is flagged once; an
 * aspect gets one rectification item. Lives only inside one decision.
 */
public final class ReviewResult {

  private final List<ReviewAction> actions = new ArrayList<>();

  private final ReviewOrder order;

  ReviewResult(ReviewOrder order) {
    this.order = order;
  }

  /**
   * The order under review: what a rule's action reads when it names the order's own data (its next tier, the share
   * of its deadline used), so that rules in business language need not bind the fact. Null only in unit tests of
   * the result itself.
   */
  public ReviewOrder order() {
    return order;
  }

  /** Warns the handler that the resolution deadline is at risk or was missed. */
  public void warnResolution(String reason) {
    actions.add(new ReviewAction.WarnHandler(SlaTarget.RESOLUTION, reason));
  }

  /** Hands the order to a higher tier (提级办理); of two escalations the higher tier stands. */
  public void escalate(Tier to, String reason) {
    for (int i = 0; i < actions.size(); i++) {
      if (actions.get(i) instanceof ReviewAction.Escalate earlier) {
        if (to.isAbove(earlier.to())) {
          actions.set(i, new ReviewAction.Escalate(to, reason));
        }
        return;
      }
    }
    actions.add(new ReviewAction.Escalate(to, reason));
  }

  /** Flags a risk on the order and its case; a kind already flagged in this review is ignored. */
  public void flag(RiskKind kind, String reason) {
    boolean already =
        actions.stream().anyMatch(a -> a instanceof ReviewAction.FlagRisk f && f.flag().kind() == kind);
    if (!already) {
      actions.add(new ReviewAction.FlagRisk(new RiskFlag(kind, reason)));
    }
  }

  /**
   * Asks a tier to call the party back within a period.
   *
   * @param period period text, e.g. {@code "1 working day"}
   * @throws IllegalArgumentException if the period text does not parse
   */
  public void callback(Tier by, String period, String reason) {
    actions.add(new ReviewAction.RequestCallback(by, PeriodTexts.parse(period), reason));
  }

  /**
   * Opens a rectification item (整改, "一项一策") for an aspect the party was dissatisfied with. One item per
   * aspect: a second one for an aspect that already has its item in this review is ignored.
   *
   * @param aspect the dissatisfied aspect
   * @param owner the tier that owns the item and must record a measure
   * @param period period text, e.g. {@code "5 working days"}; checked when the rule book is built
   * @param reason why, in words staff read
   * @throws IllegalArgumentException if the period text does not parse
   */
  public void rectify(EvaluationAspect aspect, Tier owner, String period, String reason) {
    rectify(aspect, owner, PeriodTexts.parse(period), reason);
  }

  /**
   * Opens a rectification item with a period already read, such as {@code settings.rectificationPeriod}; otherwise
   * as {@link #rectify(EvaluationAspect, Tier, String, String)}.
   */
  public void rectify(EvaluationAspect aspect, Tier owner, Period within, String reason) {
    boolean already =
        actions.stream()
            .anyMatch(a -> a instanceof ReviewAction.OpenRectification r && r.aspect() == aspect);
    if (!already) {
      actions.add(new ReviewAction.OpenRectification(aspect, owner, within, reason));
    }
  }

  ReviewDecision toDecision(List<String> firedRules, String version) {
    return ReviewDecision.of(actions, firedRules, version);
  }
}
