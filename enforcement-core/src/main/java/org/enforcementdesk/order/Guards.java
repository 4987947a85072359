package org.enforcementdesk.order;

import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Tier;

/**
 * The checks a command on a work order must pass besides the actor's permission: the state machine, and what the
 * order's own record must hold (a rectification item that is open, a dissatisfied evaluation to reopen on, a tier to
 * escalate to). Each refusal is an {@link IllegalCommandException} naming the state, the command and the actor.
 */
public final class Guards {

  private Guards() {}

  /**
   * Checks that the state machine allows {@code command} in the order's state; commands outside it always pass.
   *
   * @throws IllegalCommandException if it does not
   */
  public static void allowed(WorkOrder order, CommandKind command, Actor actor) {
    if (command.isInStateMachine() && !Transitions.allows(order.state(), command)) {
      throw new IllegalCommandException(order.id(), order.state(), command, actor, "");
    }
  }

  /**
   * The rectification item {@code item}, which must exist and be open.
   *
   * @throws IllegalCommandException if the order has no such item or it is closed
   */
  public static RectificationItem openItem(WorkOrder order, int item, CommandKind command, Actor actor) {
    RectificationItem found =
        order.rectificationItem(item)
            .orElseThrow(() -> refused(order, command, actor, "the order has no rectification item " + item));
    if (found.isClosed()) {
      throw refused(order, command, actor, "item " + item + " is closed");
    }
    return found;
  }

  /**
   * The open rectification item {@code item}, which must have a measure recorded before it closes.
   *
   * @throws IllegalCommandException if the order has no such item, it is closed, or it has no measure yet
   */
  public static RectificationItem closableItem(WorkOrder order, int item, CommandKind command, Actor actor) {
    RectificationItem open = openItem(order, item, command, actor);
    if (open.measures().isEmpty()) {
      throw refused(order, command, actor, "item " + item + " has no measure recorded yet");
    }
    return open;
  }

  /**
   * Checks that the current round's evaluation has a dissatisfied aspect, without which an order is not reopened.
   *
   * @throws IllegalCommandException if it has none
   */
  public static void dissatisfied(WorkOrder order, CommandKind command, Actor actor) {
    if (order.evaluation().map(e -> e.dissatisfiedAspects().isEmpty()).orElse(true)) {
      throw refused(order, command, actor, "reopening needs a dissatisfied evaluation");
    }
  }

  /**
   * The tier above the one holding the order.
   *
   * @throws IllegalCommandException if the bureau leader holds it already
   */
  public static Tier nextTier(WorkOrder order, CommandKind command, Actor actor) {
    return order.tier().next().orElseThrow(() -> refused(order, command, actor, "already with the bureau leader"));
  }

  private static IllegalCommandException refused(WorkOrder order, CommandKind command, Actor actor, String why) {
    return new IllegalCommandException(order.id(), order.state(), command, actor, why);
  }
}
