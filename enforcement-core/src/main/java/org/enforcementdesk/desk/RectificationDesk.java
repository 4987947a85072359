package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.Guards;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.order.Labels;
import org.enforcementdesk.order.RectificationClosed;
import org.enforcementdesk.order.RectificationItem;
import org.enforcementdesk.order.RectificationMeasureRecorded;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.store.ConcurrencyConflictException;
import org.enforcementdesk.store.LedgerUnavailableException;

/**
 * 整改 ({@code desk.rectification()}): the items every dissatisfied aspect of an evaluation opens ("一项一策"), their
 * measures and their verification, and the register of all items. Items are worked on whatever their work order
 * does next; court staff only. Thread-safe; whatever a command throws, it recorded nothing.
 */
public final class RectificationDesk {

  private final CommandRunner runner;
  private final WorkOrders orders;

  RectificationDesk(CommandRunner runner, WorkOrders orders) {
    this.runner = runner;
    this.orders = orders;
  }

  /**
   * 整改措施: records the measure taken for a rectification item (more than one may be recorded).
   *
   * @throws PermissionDeniedException if the actor is not court staff
   * @throws IllegalCommandException if the order has no such item or it is closed
   * @throws InvalidInputException if the measure is blank or too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder recordMeasure(RequestId id, int item, Actor actor, String measure) {
    CommandKind command = CommandKind.RECORD_RECTIFICATION_MEASURE;
    return runner.runOne(id, actor, command, (order, now) -> {
      Guards.openItem(order, item, command, actor);
      return new RectificationMeasureRecorded(id, now, actor, item, measure);
    });
  }

  /**
   * 整改验收: verifies and closes a rectification item; only an item with a recorded measure closes.
   *
   * @throws PermissionDeniedException if the actor is not a centre director or bureau leader
   * @throws IllegalCommandException if the order has no such item, it is closed, or it has no measure yet
   * @throws InvalidInputException if the verification is blank or too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder close(RequestId id, int item, Actor actor, String verification) {
    CommandKind command = CommandKind.CLOSE_RECTIFICATION;
    return runner.runOne(id, actor, command, (order, now) -> {
      Guards.closableItem(order, item, command, actor);
      return new RectificationClosed(id, now, actor, item, verification);
    });
  }

  /**
   * The rectification items matching a query, by work order then item number, read from the ledger's index.
   *
   * @throws PermissionDeniedException if the viewer is not court staff
   * @throws LedgerUnavailableException if the ledger failed
   */
  public List<RectificationItem> items(RectificationQuery query, Actor viewer) {
    requireNonNull(query, "query");
    Permissions.checkCaseRead(requireNonNull(viewer, "viewer"), "the rectification items");
    runner.court().check(viewer, "the rectification items");
    return orders.labelled(Labels.RECTIFICATION).stream()
        .flatMap(order -> order.rectificationItems().stream())
        .filter(query::matches)
        .toList();
  }
}
